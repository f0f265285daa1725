import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT, SAMPLE_PATH } from './sample';

export const CLI = path.join(REPO_ROOT, 'dist', 'cli', 'article-annotator.js');

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built CLI as a real process, the way scripts and CI pipelines do. */
export function cli(args: readonly string[], cwd: string): CliResult {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ARTICLE_ANNOTATOR_AUTHOR: 'Test Analyst' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh workspace folder holding a copy of the sample at samples/. */
export function sampleWorkspace(): { root: string; article: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'aa-cli-'));
  mkdirSync(path.join(root, 'samples'));
  const article = path.join('samples', 'china-kazakhstan-op-ed.txt');
  copyFileSync(SAMPLE_PATH, path.join(root, article));
  return { root, article };
}
