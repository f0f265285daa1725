// Entry for `npm start` (scripts/start.mjs) when there is no `code`: runs serve.ts through tsx.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const serve = fileURLToPath(new URL('./serve.ts', import.meta.url));
const result = spawnSync(process.execPath, ['--import', 'tsx', serve, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
