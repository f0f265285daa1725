import { readFileSync } from 'node:fs';
import * as path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const SAMPLE_PATH = path.join(REPO_ROOT, 'samples', 'china-kazakhstan-op-ed.txt');
export const SAMPLE_TEXT = readFileSync(SAMPLE_PATH, 'utf8');
/** The sample's paragraphs, blank lines dropped. */
export const SAMPLE_PARAGRAPHS = SAMPLE_TEXT.split(/\n\s*\n/).filter((p) => p.trim().length > 0);
