import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { CLI, cli, sampleWorkspace, type CliResult } from '../support/cli';
import { SAMPLE_TEXT } from '../support/sample';

interface NoteJson { status: string; start: number | null; end: number | null; quote: string }
interface ClaimJson { start: number; end: number; text: string }

/** One clear line on stderr, exit 1, no stack trace. */
function oneLineError(result: CliResult, pattern: RegExp): void {
  assert.equal(result.code, 1, result.stderr);
  assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
  assert.match(result.stderr, pattern);
  assert.ok(!result.stderr.includes('    at '), result.stderr);
}

function ok(result: CliResult): string {
  assert.equal(result.code, 0, result.stderr);
  return result.stdout;
}

/** Adds a note on `quote` and checks that notes --json gives it back anchored on exactly that text. */
function roundTrip(root: string, file: string, text: string, quote: string): NoteJson {
  ok(cli(['note', 'add', file, '--quote', quote, '--body', 'checked'], root));
  const notes = (JSON.parse(ok(cli(['notes', file, '--json'], root))) as { notes: NoteJson[] }).notes;
  const note = notes.find((n) => n.quote === quote);
  assert.ok(note, `note on ${quote}`);
  assert.equal(note.status, 'anchored');
  assert.equal(text.slice(note.start ?? -1, note.end ?? -1), quote);
  return note;
}

function storedPosition(root: string, file: string): { start: number; end: number } {
  const folder = path.join(root, '.annotations', file);
  const [name] = readdirSync(folder).filter((f) => f.endsWith('.json'));
  const stored = JSON.parse(readFileSync(path.join(folder, name as string), 'utf8')) as { target: { selector: Array<{ type: string; start: number; end: number }> } };
  const position = stored.target.selector.find((s) => s.type === 'TextPositionSelector');
  assert.ok(position);
  return position;
}

describe('CLI on awkward files (real processes)', function () {
  this.timeout(60_000);

  it('keeps offsets exact in a CRLF file with a BOM: claims and notes slice the text as read', () => {
    const { root } = sampleWorkspace();
    const text = `\uFEFF${SAMPLE_TEXT.replace(/\r?\n/g, '\r\n')}`;
    writeFileSync(path.join(root, 'crlf.txt'), text);
    const claims = (JSON.parse(ok(cli(['claims', 'crlf.txt', '--json'], root))) as { claims: ClaimJson[] }).claims;
    assert.ok(claims.length > 5);
    for (const claim of claims) assert.equal(text.slice(claim.start, claim.end), claim.text);
    roundTrip(root, 'crlf.txt', text, 'a record of 6,195 China-Europe freight trains');
  });

  it('stores code points and answers in UTF-16 units for text after emoji and mathematical letters', () => {
    const { root } = sampleWorkspace();
    const text = `😀👩‍👩‍👧 𝐓𝐡𝐞 𝐫𝐞𝐩𝐨𝐫𝐭 says exports grew 12 percent in 2023. 𝟏𝟐 more 🚂 trains ran.\n`;
    writeFileSync(path.join(root, 'astral.txt'), text);
    const quote = 'exports grew 12 percent in 2023';
    const note = roundTrip(root, 'astral.txt', text, quote);
    const points = [...text.slice(0, note.start ?? 0)].length;
    const stored = storedPosition(root, 'astral.txt');
    assert.deepEqual([stored.start, stored.end], [points, points + [...quote].length]);
    assert.ok(points < (note.start ?? 0), 'the astral characters before the quote count once each in the file');
  });

  it('reads invalid UTF-8 as VS Code does (replacement characters) and keeps offsets on that text', () => {
    const { root } = sampleWorkspace();
    const bytes = Buffer.concat([Buffer.from('Caf\xe9 bytes '), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(' then exports grew 12 percent in 2023.\n')]);
    writeFileSync(path.join(root, 'latin1.txt'), bytes);
    const text = new TextDecoder('utf-8').decode(bytes);
    assert.ok(text.includes('\uFFFD'));
    ok(cli(['claims', 'latin1.txt', '--json'], root));
    roundTrip(root, 'latin1.txt', text, 'exports grew 12 percent in 2023');
  });

  it('gives one clear line for a binary file, a folder, a dangling symlink and an article outside the workspace', () => {
    const { root } = sampleWorkspace();
    writeFileSync(path.join(root, 'image.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    oneLineError(cli(['claims', 'image.md'], root), /not a text file/);
    oneLineError(cli(['note', 'add', 'image.md', '--quote', 'PNG', '--body', 'x'], root), /not a text file/);
    mkdirSync(path.join(root, 'folder.txt'));
    oneLineError(cli(['claims', 'folder.txt'], root), /not a file/);
    symlinkSync(path.join(root, 'gone.txt'), path.join(root, 'dangling.txt'));
    oneLineError(cli(['claims', 'dangling.txt'], root), /article not found/);
    const outside = mkdtempSync(path.join(tmpdir(), 'aa-outside-'));
    writeFileSync(path.join(outside, 'other.txt'), SAMPLE_TEXT);
    oneLineError(cli(['note', 'add', path.join(outside, 'other.txt'), '--quote', 'Kazakhstan', '--occurrence', '1', '--body', 'x'], root), /must be inside the workspace folder/);
    oneLineError(cli(['notes', 'samples/china-kazakhstan-op-ed.txt', '--workspace', path.join(root, 'missing')], root), /workspace folder not found/);
    assert.ok(ok(cli(['claims', path.join(outside, 'other.txt')], root)).includes('claims in'), 'claims needs no workspace');
  });

  it('annotates a read-only article without touching it, and a symlinked one under the name the user gave', () => {
    const { root, article } = sampleWorkspace();
    chmodSync(path.join(root, article), 0o444);
    roundTrip(root, article, SAMPLE_TEXT, 'a record of 6,195 China-Europe freight trains');
    assert.equal(readFileSync(path.join(root, article), 'utf8'), SAMPLE_TEXT);
    symlinkSync(path.join(root, article), path.join(root, 'linked.txt'));
    roundTrip(root, 'linked.txt', SAMPLE_TEXT, 'President Tokayev actively supports');
    assert.ok(readdirSync(path.join(root, '.annotations', 'linked.txt')).some((f) => f.endsWith('.json')));
  });

  it('writes an export only where asked: never through a symlink onto the article, never into a missing folder', () => {
    const { root, article } = sampleWorkspace();
    ok(cli(['note', 'add', article, '--quote', 'President Tokayev actively supports', '--body', 'x'], root));
    symlinkSync(path.join(root, article), path.join(root, 'report.md'));
    oneLineError(cli(['export', article, '--format', 'markdown', '--out', 'report.md'], root), /exists: pass --force/);
    ok(cli(['export', article, '--format', 'markdown', '--out', 'report.md', '--force'], root));
    assert.equal(readFileSync(path.join(root, article), 'utf8'), SAMPLE_TEXT, 'the article behind the link is untouched');
    oneLineError(cli(['export', article, '--format', 'csv', '--out', path.join('no', 'such', 'folder', 'r.csv')], root), /folder does not exist/);
    assert.deepEqual(readdirSync(root).sort(), ['.annotations', 'report.md', 'samples']);
  });

  it('handles a 50 MB article: claims either lists claims or says in one line why not', function () {
    this.timeout(300_000);
    const root = mkdtempSync(path.join(tmpdir(), 'aa-big-'));
    const copies = Math.ceil((50 * 1024 * 1024) / Buffer.byteLength(SAMPLE_TEXT));
    writeFileSync(path.join(root, 'big.txt'), SAMPLE_TEXT.repeat(copies));
    // The listing of a 50 MB article runs to tens of megabytes: straight to a file, as a pipeline would.
    const listing = path.join(root, 'claims.out');
    const fd = openSync(listing, 'w');
    const run = spawnSync(process.execPath, [CLI, 'claims', 'big.txt'], { cwd: root, stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
    closeSync(fd);
    const output = readFileSync(listing, 'utf8').slice(0, 200);
    rmSync(root, { recursive: true, force: true });
    const result: CliResult = { code: run.status, stdout: output, stderr: run.stderr };
    if (result.code === 0) assert.match(result.stdout, /^\d+ claims in big\.txt\n/);
    else oneLineError(result, /big\.txt/);
  });
});
