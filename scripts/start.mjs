// `npm start`: opens the sample article in the annotator. With a `code` on PATH, desktop VS Code runs the
// extension from this folder; without one, the offline VS Code for the Web harness serves it (test harness).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const sample = path.join(root, 'samples', 'china-kazakhstan-op-ed.txt');
const hasCode = spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;

if (hasCode) {
  const result = spawnSync('code', ['--extensionDevelopmentPath', root, path.join(root, 'samples'), sample], { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
const web = path.join(root, 'scripts', 'harness', 'serve-web.mjs');
if (existsSync(web)) {
  const result = spawnSync(process.execPath, [web, path.join(root, 'samples')], { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
console.error('No `code` command found. Install VS Code and run `npm start` again.');
process.exit(1);
