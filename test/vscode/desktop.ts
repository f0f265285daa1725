// `npm run test:desktop`, for machines with internet: the in-host suite in desktop VS Code, which
// @vscode/test-electron downloads (it cannot here: no route to the VS Code CDN).
import { runTests } from '@vscode/test-electron';
import { spawnSync } from 'node:child_process';
import { REPO_ROOT } from '../../scripts/harness/paths';
import { freshWorkspace } from '../../scripts/harness/workspace';
import { buildDesktopSuite } from './buildSuite';

async function main(): Promise<number> {
  const built = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (built.status !== 0) return 1;
  const extensionTestsPath = await buildDesktopSuite();
  return runTests({
    version: process.env['VSCODE_VERSION'] ?? 'stable',
    extensionDevelopmentPath: REPO_ROOT,
    extensionTestsPath,
    launchArgs: [freshWorkspace('desktop'), '--disable-extensions', '--disable-workspace-trust', '--skip-welcome'],
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`test:desktop: ${error instanceof Error ? error.message : String(error)}`);
    console.error('It needs to download desktop VS Code; on an offline machine use `npm run test:vscode` instead.');
    process.exit(1);
  },
);
