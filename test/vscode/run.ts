// `npm run test:vscode` (web) and `npm run test:vscode:node` (node): the extension inside real VS Code, offline.
import { spawnSync } from 'node:child_process';
import { ensureCodeServer, packageVsix } from '../../scripts/harness/codeServer';
import { REPO_ROOT } from '../../scripts/harness/paths';
import { targetName } from './e2e/targets';
import { runInHostSuite } from './runInHost';
import { runFlows } from './runFlows';

function buildExtension(): void {
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('The extension build (scripts/build.mjs) failed');
}

async function main(): Promise<number> {
  const target = targetName(process.argv[2]);
  const started = Date.now();
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  if (target === 'web') {
    buildExtension();
    console.log('\n== In-host suite: VS Code for the Web, web worker extension host ==');
    const inHost = await runInHostSuite();
    console.log(`in-host: ${inHost.passed} passed, ${inHost.failed} failed`);
    passed += inHost.passed;
    failed += inHost.failed;
  } else {
    const install = ensureCodeServer();
    process.env['E2E_CODE_SERVER_NODE'] = install.node;
    process.env['E2E_CODE_SERVER_ENTRY'] = install.entry;
    process.env['E2E_VSIX'] = packageVsix();
  }
  console.log(`\n== End-to-end flows in Chromium: ${target === 'web' ? 'VS Code for the Web' : 'code-server (Node extension host)'} ==`);
  const flows = await runFlows(target);
  passed += flows.passed;
  failed += flows.failed;
  skipped += flows.skipped;
  console.log(`Screenshots: test-results/${target}/screenshots/ (${Math.round((Date.now() - started) / 1000)} s in all)`);
  console.log(`\nvscode: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  return failed > 0 || passed === 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    console.log('\nvscode: 0 passed, 1 failed');
    process.exit(1);
  },
);
