import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { RESULTS_DIR, SAMPLE_NAME, SAMPLES_DIR } from './paths';

/**
 * A fresh workspace holding only the sample article: no editor association, no notes from earlier runs,
 * and nothing the tests write ever lands in samples/. Kept under test-results/ for a look after a failure.
 */
export function freshWorkspace(name: string): string {
  const folder = path.join(RESULTS_DIR, name, 'workspace');
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  copyFileSync(path.join(SAMPLES_DIR, SAMPLE_NAME), path.join(folder, SAMPLE_NAME));
  return folder;
}
