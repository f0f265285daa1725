import { createHash } from 'node:crypto';
import { homedir } from 'node:os';
import * as path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const SAMPLE_NAME = 'china-kazakhstan-op-ed.txt';
export const SAMPLES_DIR = path.join(REPO_ROOT, 'samples');
/** Screenshots and logs of the last run: ignored by git. */
export const RESULTS_DIR = path.join(REPO_ROOT, 'test-results');
/** Per-machine installs that are too big or too slow for node_modules (code-server). */
export const CACHE_DIR =
  process.env['ARTICLE_ANNOTATOR_CACHE'] ?? path.join(process.env['XDG_CACHE_HOME'] ?? path.join(homedir(), '.cache'), 'article-annotator');

/** A stable stand-in for a VS Code commit: test-web only needs a 40-hex folder name for its build cache. */
export function fakeCommit(label: string): string {
  return createHash('sha1').update(label).digest('hex');
}
