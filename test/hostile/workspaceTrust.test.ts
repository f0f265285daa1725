import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../support/sample';

interface Manifest {
  capabilities: { untrustedWorkspaces: { supported: boolean | string }; virtualWorkspaces: boolean };
  contributes: { configuration: { properties: Record<string, { type: string; enum?: string[]; items?: { type: string } }> } };
}

const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as Manifest;

function sources(folder: string): Array<{ file: string; text: string }> {
  return readdirSync(path.join(REPO_ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => ({ file: `${folder}/${f}`, text: readFileSync(path.join(REPO_ROOT, folder, f), 'utf8') }));
}

describe('Workspace trust: an untrusted workspace can be read and annotated, and runs nothing', () => {
  it('declares full support for untrusted and virtual workspaces in the manifest', () => {
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
    assert.equal(manifest.capabilities.virtualWorkspaces, true);
  });

  it('reads only its own declared settings, none of which names a program, a command or a path', () => {
    const declared = manifest.contributes.configuration.properties;
    const read = new Set<string>();
    for (const { file, text } of sources('src/extension')) {
      for (const call of text.matchAll(/getConfiguration\(([^)]*)\)((?:\.get<[^>]*>)?\.get(?:<[^>]*>)?\('([^']+)')?/g)) {
        assert.ok(['SECTION', "'articleAnnotator'"].includes(call[1] ?? ''), `${file} reads another section: ${call[0]}`);
        assert.ok(call[3], `${file} reads a setting by a computed name: ${call[0]}`);
        read.add(`articleAnnotator.${call[3]}`);
      }
    }
    assert.ok(read.size >= 5, `settings read: ${[...read].join(', ')}`);
    for (const key of read) {
      const property = declared[key];
      assert.ok(property, `${key} is read but not declared`);
      assert.doesNotMatch(key, /command|path|program|executable|shell|script|args/i);
      assert.ok(property.type !== 'string' || property.enum || key === 'articleAnnotator.author', `${key}: free text other than the author name`);
    }
  });

  it('has no code path that starts a process, evaluates code or runs a task or terminal', () => {
    const forbidden = /child_process|\beval\(|new Function\(|createTerminal|executeTask|ShellExecution|ProcessExecution|\bexecFile\b|\bspawn\(/;
    for (const { file, text } of [...sources('src/extension'), ...sources('src/core'), ...sources('src/webview'), ...sources('src/protocol')]) {
      assert.doesNotMatch(text, forbidden, file);
    }
  });
});
