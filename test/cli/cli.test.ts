import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { cli, CLI, sampleWorkspace } from '../support/cli';
import { SAMPLE_TEXT } from '../support/sample';

interface ClaimJson { id: string; start: number; end: number; text: string; kind: string; score: number; source: { start: number; end: number; text: string } | null; cues: string[] }
interface NoteJson { id: string; status: string; start: number | null; end: number | null; quote: string; body: string; tags: string[]; verdict: string | null; evidence: string[]; creator: string; created: string; modified: string }

describe('CLI', () => {
  before(() => assert.ok(existsSync(CLI), 'run npm run build first'));

  it('claims --json lists claims whose offsets slice the file exactly', () => {
    const { root, article } = sampleWorkspace();
    const result = cli(['claims', article, '--json'], root);
    assert.equal(result.code, 0, result.stderr);
    const out = JSON.parse(result.stdout) as { article: string; claims: ClaimJson[] };
    assert.equal(out.article, article);
    assert.ok(out.claims.length >= 10);
    for (const claim of out.claims) {
      assert.deepEqual(Object.keys(claim).sort(), ['cues', 'end', 'id', 'kind', 'score', 'source', 'start', 'text']);
      assert.equal(SAMPLE_TEXT.slice(claim.start, claim.end), claim.text);
      if (claim.source) assert.equal(SAMPLE_TEXT.slice(claim.source.start, claim.source.end), claim.source.text);
    }
    const covered = (needle: string): ClaimJson | undefined => {
      const at = SAMPLE_TEXT.indexOf(needle);
      return out.claims.find((c) => c.start <= at && c.end >= at + needle.length);
    };
    for (const figure of ['18.9 percent', '$17.67 billion', '6,195']) assert.ok(covered(figure), `no claim covers ${figure}`);
  });

  it('note add, notes --json and export round-trip a note with its quote', () => {
    const { root, article } = sampleWorkspace();
    const quote = 'a record of 6,195 China-Europe freight trains';
    const add = cli(['note', 'add', article, '--quote', quote, '--body', 'Matches **railway** data.', '--tag', 'rail', '--tag', 'trade', '--verdict', 'verified', '--evidence', 'https://example.org/rail'], root);
    assert.equal(add.code, 0, add.stderr);
    const id = add.stdout.trim();
    assert.match(id, /^urn:uuid:[0-9a-f-]{36}$/);

    const notes = cli(['notes', article, '--json'], root);
    assert.equal(notes.code, 0, notes.stderr);
    const parsed = JSON.parse(notes.stdout) as { article: string; notes: NoteJson[] };
    const note = parsed.notes[0];
    assert.equal(note?.id, id);
    assert.equal(note?.status, 'anchored');
    assert.equal(note?.quote, quote);
    assert.equal(SAMPLE_TEXT.slice(note?.start ?? 0, note?.end ?? 0), quote);
    assert.deepEqual(note?.tags, ['rail', 'trade']);
    assert.equal(note?.creator, 'Test Analyst');

    const out = path.join(root, 'report.md');
    const exported = cli(['export', article, '--format', 'markdown', '--out', out], root);
    assert.equal(exported.code, 0, exported.stderr);
    const report = readFileSync(out, 'utf8');
    assert.ok(report.includes(quote) && report.includes('Matches **railway** data.'));
    assert.equal(cli(['export', '--all', '--format', 'markdown', '--out', out], root).code, 1, 'no overwrite without --force');
    assert.equal(cli(['export', '--all', '--format', 'markdown', '--out', out, '--force'], root).code, 0);
  });

  it('marks a note drifted or orphaned when the article changes, never dropping it', () => {
    const { root, article } = sampleWorkspace();
    const quote = 'China-Kazakhstan friendship has taken deep roots between the two peoples.';
    assert.equal(cli(['note', 'add', article, '--quote', quote, '--body', 'x'], root).code, 0);
    writeFileSync(path.join(root, article), SAMPLE_TEXT.replace(quote, 'Something else entirely'));
    const parsed = JSON.parse(cli(['notes', article, '--json'], root).stdout) as { notes: NoteJson[] };
    assert.equal(parsed.notes.length, 1);
    assert.notEqual(parsed.notes[0]?.status, 'anchored');
  });

  it('refuses a quote that is missing or ambiguous, with a one-line message', () => {
    const { root, article } = sampleWorkspace();
    const missing = cli(['note', 'add', article, '--quote', 'not in the article', '--body', 'x'], root);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /not in/);
    assert.equal(missing.stderr.trim().split('\n').length, 1);
    const ambiguous = cli(['note', 'add', article, '--quote', 'Kazakhstan', '--body', 'x'], root);
    assert.equal(ambiguous.code, 1);
    assert.match(ambiguous.stderr, /appears \d+ times.*--occurrence/);
    assert.equal(cli(['note', 'add', article, '--quote', 'Kazakhstan', '--occurrence', '3', '--body', 'x'], root).code, 0);
  });

  it('exits 2 on usage errors and 1 on a missing workspace, and has --help everywhere', () => {
    const { root, article } = sampleWorkspace();
    assert.equal(cli(['frobnicate'], root).code, 2);
    assert.equal(cli(['note', 'add', article, '--body', 'x'], root).code, 2);
    assert.equal(cli(['notes', article, '--workspace', path.join(root, 'nope')], root).code, 1);
    for (const command of [['claims'], ['notes'], ['note', 'add'], ['export']]) {
      const help = cli([...command, '--help'], root);
      assert.equal(help.code, 0);
      assert.match(help.stdout, /Usage: article-annotator/);
    }
  });

  it('gives an empty list for an empty article and a clear error for a binary file', () => {
    const { root } = sampleWorkspace();
    writeFileSync(path.join(root, 'empty.txt'), '');
    writeFileSync(path.join(root, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
    assert.deepEqual(JSON.parse(cli(['claims', 'empty.txt', '--json'], root).stdout).claims, []);
    const binary = cli(['claims', 'binary.txt'], root);
    assert.equal(binary.code, 1);
    assert.match(binary.stderr, /not a text file/);
    assert.ok(!binary.stderr.includes('    at '));
  });

  it('ends quietly when its reader closes the pipe early, as `claims big.md --json | head` does', async () => {
    const { root, article } = sampleWorkspace();
    // Far more JSON than a pipe buffers, so that the CLI is still writing when the reader goes away.
    writeFileSync(path.join(root, 'big.txt'), readFileSync(path.join(root, article), 'utf8').repeat(200));
    const child = spawn(process.execPath, [CLI, 'claims', 'big.txt', '--json'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(stderr, '');
    assert.equal(code, 0);
  });

  it('says in one line, exit 1, when it cannot write its output (a full disk)', () => {
    const { root, article } = sampleWorkspace();
    const full = openSync('/dev/full', 'w');
    const result = spawnSync(process.execPath, [CLI, 'claims', article, '--json'], { cwd: root, stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
    closeSync(full);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /^article-annotator: cannot write the output: ENOSPC[^\n]*\n$/);
  });

  it('prints compact JSON into a pipe and indented JSON at a terminal', () => {
    const { root, article } = sampleWorkspace();
    const piped = cli(['claims', article, '--json'], root).stdout;
    assert.equal(piped, `${JSON.stringify(JSON.parse(piped))}\n`);
    // util-linux's script gives the CLI a pseudo-terminal for stdout, as an analyst's shell does.
    const command = [process.execPath, CLI, 'claims', article, '--json'].map((part) => `'${part}'`).join(' ');
    const atTerminal = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: root, encoding: 'utf8' }).stdout.replace(/\r\n/g, '\n');
    assert.equal(atTerminal, `${JSON.stringify(JSON.parse(piped), null, 2)}\n`);
  });
});
