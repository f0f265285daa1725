import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { cli, CLI, sampleWorkspace } from '../support/cli';

interface NoteJson { id: string; status: string; currentText: string | null }
interface NotesJson { notes: NoteJson[]; problems: { path: string; problem: string }[] }

const QUOTE = 'a record of 6,195 China-Europe freight trains';

interface Finished { readonly stdout: string; readonly code: number | null; readonly signal: NodeJS.Signals | null }

interface Writer { readonly pid: number | undefined; readonly kill: () => void; readonly done: Promise<Finished> }

function noteAdd(root: string, article: string, body: string): Writer {
  const child = spawn(process.execPath, [CLI, 'note', 'add', article, '--quote', QUOTE, '--body', body], {
    cwd: root,
    env: { ...process.env, ARTICLE_ANNOTATOR_AUTHOR: 'Writer' },
  });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const done = new Promise<Finished>((resolve) => child.on('close', (code, signal) => resolve({ stdout, code, signal })));
  return { pid: child.pid, kill: () => void child.kill('SIGKILL'), done };
}

function storeFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

describe('store safety, with the real CLI', () => {
  before(() => assert.ok(existsSync(CLI), 'run npm run build first'));

  it('loses no note reported written when 20 writers run at once and some are killed with SIGKILL', async function () {
    // Twenty Node processes on a small, busy CI machine can take a while to start.
    this.timeout(90_000);
    const { root, article } = sampleWorkspace();
    const folder = path.join(root, '.annotations', article);
    mkdirSync(folder, { recursive: true });
    const writers = Array.from({ length: 20 }, (_, i) => noteAdd(root, article, `writer ${i}`));
    // Some writers die at a set moment (starting up, reading the article); others the moment their
    // temporary file appears, that is between writing the note and renaming it into place.
    writers.forEach((w, i) => i % 6 === 0 && setTimeout(w.kill, 30 + i * 20));
    const midWrite = new Set(writers.filter((_, i) => i % 6 === 3).map((w) => w.pid));
    const watcher = watch(folder, (_event, name) => {
      const pid = Number(/\.(\d+)\.[0-9a-f-]+\.tmp$/.exec(String(name))?.[1]);
      if (midWrite.has(pid)) writers.find((w) => w.pid === pid)?.kill();
    });
    const runs = await Promise.all(writers.map((w) => w.done));
    watcher.close();
    const reported = runs.filter((r) => r.code === 0).map((r) => r.stdout.trim());
    assert.ok(runs.some((r) => r.signal === 'SIGKILL'), 'some writers were killed');
    runs.forEach((r, i) => i % 3 !== 0 && assert.equal(r.code, 0, `writer ${i} was not killed and must succeed`));

    const listed = cli(['notes', article, '--json'], root);
    assert.equal(listed.code, 0, listed.stderr);
    const parsed = JSON.parse(listed.stdout) as NotesJson;
    const ids = new Set(parsed.notes.map((n) => n.id));
    for (const id of reported) assert.ok(ids.has(id), `note ${id} was reported written but is missing`);
    assert.deepEqual(parsed.problems, []);
    for (const file of storeFiles(path.join(root, '.annotations'))) {
      const name = path.basename(file);
      if (name.endsWith('.json')) assert.doesNotThrow(() => JSON.parse(readFileSync(file, 'utf8')), file);
      else assert.ok(name === '.gitignore' || /^\..*\.tmp$/.test(name), `unexpected file ${name}`);
    }
  });

  it('leaves a corrupt note file byte for byte untouched, says which file and why, and keeps the other notes', () => {
    const { root, article } = sampleWorkspace();
    assert.equal(cli(['note', 'add', article, '--quote', QUOTE, '--body', 'good'], root).code, 0);
    const folder = path.join(root, '.annotations', article);
    const corrupt = Buffer.from('{"id": "urn:uuid:half-written", "type": "Annot', 'utf8');
    const future = Buffer.from(JSON.stringify({ id: 'urn:uuid:f', type: 'Annotation', articleAnnotator: { formatVersion: 99 } }));
    writeFileSync(path.join(folder, 'corrupt.json'), corrupt);
    writeFileSync(path.join(folder, 'future.json'), future);

    assert.equal(cli(['note', 'add', article, '--quote', 'President Tokayev', '--body', 'still works'], root).code, 0);
    const listed = cli(['notes', article, '--json'], root);
    assert.equal(listed.code, 1);
    assert.equal(listed.stderr.trim().split('\n').length, 1);
    assert.match(listed.stderr, /\.annotations\/samples\/china-kazakhstan-op-ed\.txt\/(corrupt|future)\.json: .*(not valid JSON|newer version).*\(and 1 more\); left untouched/);
    const parsed = JSON.parse(listed.stdout) as NotesJson;
    assert.equal(parsed.notes.length, 2);
    assert.deepEqual(parsed.problems.map((p) => path.basename(p.path)).sort(), ['corrupt.json', 'future.json']);
    assert.match(parsed.problems.find((p) => p.path.endsWith('future.json'))?.problem ?? '', /newer version \(format 99/);
    assert.ok(readFileSync(path.join(folder, 'corrupt.json')).equals(corrupt));
    assert.ok(readFileSync(path.join(folder, 'future.json')).equals(future));
  });

  it('shows drifted notes with the new text, and keeps a deleted article\'s notes as orphaned', () => {
    const { root, article } = sampleWorkspace();
    const id = cli(['note', 'add', article, '--quote', QUOTE, '--body', 'x'], root).stdout.trim();
    const file = path.join(root, article);
    writeFileSync(file, readFileSync(file, 'utf8').replace('6,195', '6,913'));
    const drifted = (JSON.parse(cli(['notes', article, '--json'], root).stdout) as NotesJson).notes[0];
    assert.deepEqual([drifted?.id, drifted?.status], [id, 'drifted']);
    assert.match(drifted?.currentText ?? '', /6,913 China-Europe/);

    rmSync(file);
    const listed = cli(['notes', article, '--json'], root);
    assert.equal(listed.code, 0, listed.stderr);
    assert.match(listed.stderr, /article not found.*orphaned/);
    assert.deepEqual((JSON.parse(listed.stdout) as NotesJson).notes.map((n) => [n.id, n.status]), [[id, 'orphaned']]);
  });

  it('merges two branches\' notes on the same article with git, without a conflict', () => {
    const { root, article } = sampleWorkspace();
    const git = (...args: string[]): string => {
      const result = spawnSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.org', '-c', 'init.defaultBranch=main', ...args], { cwd: root, encoding: 'utf8' });
      assert.equal(result.status, 0, `git ${args.join(' ')}: ${result.stderr}${result.stdout}`);
      return result.stdout;
    };
    git('init', '-q');
    const base = cli(['note', 'add', article, '--quote', QUOTE, '--body', 'base note'], root).stdout.trim();
    git('add', '-A');
    git('commit', '-qm', 'article and a note');
    git('checkout', '-qb', 'colleague');
    const theirs = cli(['note', 'add', article, '--quote', 'President Tokayev', '--body', 'theirs'], root).stdout.trim();
    git('add', '-A');
    git('commit', '-qm', 'colleague note');
    git('checkout', '-q', 'main');
    const ours = cli(['note', 'add', article, '--quote', '52 projects', '--body', 'ours'], root).stdout.trim();
    git('add', '-A');
    git('commit', '-qm', 'my note');
    git('merge', '-q', '--no-edit', 'colleague');
    assert.equal(git('status', '--porcelain'), '');
    const listed = cli(['notes', article, '--json'], root);
    assert.equal(listed.code, 0, listed.stderr);
    const ids = (JSON.parse(listed.stdout) as NotesJson).notes.map((n) => n.id).sort();
    assert.deepEqual(ids, [base, theirs, ours].sort());
  });
});
