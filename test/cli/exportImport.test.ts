import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { cli, CLI, sampleWorkspace } from '../support/cli';
import { failedAssertions, loadMustAssertions } from '../unit/exportW3cValidator';

const HOSTILE_BODY = '=HYPERLINK("https://evil.example/","x") <script>alert(1)</script> [x](javascript:alert(1)), "quoted", a\nnew line 😀';

interface NotesJson { article: string; notes: Array<Record<string, unknown>> }
interface ImportJson { format: string; imported: Array<{ id: string; article: string; status: string; quote: string }>; skipped: Array<{ id: string | null; article: string | null; reason: string }> }

function ok(result: ReturnType<typeof cli>): string {
  assert.equal(result.code, 0, result.stderr);
  return result.stdout;
}

function annotatedWorkspace(): { root: string; article: string; ids: string[] } {
  const { root, article } = sampleWorkspace();
  const ids = [
    ok(cli(['note', 'add', article, '--quote', 'a record of 6,195 China-Europe freight trains', '--body', HOSTILE_BODY, '--tag', '+tag', '--tag', 'rail', '--verdict', 'verified', '--evidence', 'https://example.org/rail?a=1&b=2', '--evidence', 'javascript:alert(1)'], root)),
    ok(cli(['note', 'add', article, '--quote', 'Kazakhstan', '--occurrence', '3', '--body', '@mention -minus +plus', '--verdict', 'needs source'], root)),
    ok(cli(['note', 'add', article, '--quote', 'surged 18.9 percent year on year', '--body', 'Customs data agree.', '--evidence', 'customs report, p. 4'], root)),
  ].map((id) => id.trim());
  return { root, article, ids };
}

describe('CLI export and import', function () {
  // Each case runs the CLI as a real process a dozen times or more.
  this.timeout(90000);
  before(() => assert.ok(existsSync(CLI), 'run npm run build first'));

  it('export jsonld, then import into a fresh workspace, gives the same notes, anchored', () => {
    const source = annotatedWorkspace();
    const file = path.join(source.root, 'notes.jsonld');
    ok(cli(['export', '--all', '--format', 'jsonld', '--out', file], source.root));
    const collection = JSON.parse(readFileSync(file, 'utf8')) as { first: { items: Array<{ id: string; target: { source: string } }> } };
    const assertions = loadMustAssertions();
    assert.equal(collection.first.items.length, 3);
    for (const item of collection.first.items) {
      assert.deepEqual(failedAssertions(assertions, item), [], item.id);
      assert.ok(item.target.source.startsWith('file:///'), item.target.source);
    }

    const fresh = sampleWorkspace();
    const imported = JSON.parse(ok(cli(['import', file, '--json'], fresh.root))) as ImportJson;
    assert.deepEqual(imported.imported.map((n) => [n.status, n.article]), [0, 1, 2].map(() => ['anchored', 'samples/china-kazakhstan-op-ed.txt']));
    assert.deepEqual(imported.skipped, []);
    const before = JSON.parse(ok(cli(['notes', source.article, '--json'], source.root))) as NotesJson;
    const after = JSON.parse(ok(cli(['notes', fresh.article, '--json'], fresh.root))) as NotesJson;
    assert.deepEqual(after.notes, before.notes);
    assert.deepEqual(after.notes.map((n) => n['status']), ['anchored', 'anchored', 'anchored']);
    assert.deepEqual(new Set(after.notes.map((n) => n['id'])), new Set(source.ids));

    const again = cli(['import', file], fresh.root);
    assert.match(ok(again), /Imported 0 notes.*skipped 3/);
    assert.match(again.stdout, /already present/);
  });

  it('names articles under --base-uri, and an import finds them by the path the IRI ends with', () => {
    const source = annotatedWorkspace();
    const exported = JSON.parse(ok(cli(['export', '--all', '--format', 'jsonld', '--base-uri', 'https://git.example/org/repo/blob/main'], source.root))) as { first: { items: Array<{ target: { source: string } }> } };
    assert.deepEqual(new Set(exported.first.items.map((i) => i.target.source)), new Set(['https://git.example/org/repo/blob/main/samples/china-kazakhstan-op-ed.txt']));
    const fresh = sampleWorkspace();
    const file = path.join(fresh.root, 'in.jsonld');
    writeFileSync(file, JSON.stringify(exported));
    const imported = JSON.parse(ok(cli(['import', file, '--json'], fresh.root))) as ImportJson;
    assert.equal(imported.imported.length, 3);
    assert.equal(cli(['export', '--all', '--format', 'jsonld', '--base-uri', 'not an iri'], source.root).code, 2);
  });

  it('writes every format with hostile note text made safe, and never overwrites without --force', () => {
    const { root } = annotatedWorkspace();
    const outputs: Record<string, string> = {};
    for (const format of ['markdown', 'csv', 'jsonld', 'html']) {
      const file = path.join(root, `report.${format}`);
      ok(cli(['export', '--all', '--format', format, '--out', file], root));
      outputs[format] = readFileSync(file, 'utf8');
      writeFileSync(file, 'precious');
      const refused = cli(['export', '--all', '--format', format, '--out', file], root);
      assert.equal(refused.code, 1);
      assert.match(refused.stderr, /exists: pass --force/);
      assert.equal(readFileSync(file, 'utf8'), 'precious');
      ok(cli(['export', '--all', '--format', format, '--out', file, '--force'], root));
      assert.equal(readFileSync(file, 'utf8').length, outputs[format]?.length);
    }
    const csv = outputs['csv'] as string;
    assert.ok(csv.startsWith('\uFEFFarticle,id,quote,start,end,status,verdict,tags,body,evidence,author,created,modified\r\n'));
    assert.ok(csv.includes(`"'=HYPERLINK(""https://evil.example/"",""x"")`), 'formula neutralised, quotes doubled');
    assert.ok(csv.includes('"\'@mention -minus +plus"'));
    assert.ok(csv.includes('"\'+tag; rail"'));
    const html = outputs['html'] as string;
    assert.ok(!/<script/i.test(html) && html.includes('&#60;script&#62;alert(1)&#60;/script&#62;'));
    assert.ok(!html.includes('href="javascript:'));
    assert.ok(html.includes('<a href="https://example.org/rail?a=1&#38;b=2"'));
    const markdown = outputs['markdown'] as string;
    assert.ok(!markdown.includes('<script>') && !markdown.includes('](javascript:'));
    assert.ok(markdown.includes('😀'));
  });

  it('reports, with --all, the notes of an article whose file is gone as orphaned', () => {
    const { root, article } = annotatedWorkspace();
    rmSync(path.join(root, article));
    const report = ok(cli(['export', '--all', '--format', 'markdown'], root));
    assert.match(report, /The article file is missing/);
    assert.equal((report.match(/\(orphaned\)/g) ?? []).length, 3);
  });

  it('refuses to write a report into the notes folder or over an article', () => {
    const { root, article } = annotatedWorkspace();
    const intoStore = cli(['export', '--all', '--format', 'jsonld', '--out', path.join(root, '.annotations', 'x.json')], root);
    assert.equal(intoStore.code, 1);
    const overArticle = cli(['export', article, '--format', 'markdown', '--out', article, '--force'], root);
    assert.equal(overArticle.code, 1);
    assert.ok(readFileSync(path.join(root, article), 'utf8').includes('Kazakhstan'));
  });

  it('imports a Hypothesis export onto --article, and says what it cannot place without it', () => {
    const { root, article } = sampleWorkspace();
    const rows = [
      { id: 'hyp1', uri: 'https://news.example/op-ed', created: '2024-07-05T09:12:44.123456+00:00', updated: '2024-07-05T09:12:44.123456+00:00', user: 'acct:alice@hypothes.is', text: 'Where is this from?', tags: ['rail'], target: [{ source: 'https://news.example/op-ed', selector: [{ type: 'TextQuoteSelector', exact: 'a record of 6,195 China-Europe freight trains' }] }] },
      { id: 'hyp2', uri: 'https://news.example/op-ed', user: 'acct:bob@hypothes.is', text: 'Reply', references: ['hyp1'], target: [{ source: 'https://news.example/op-ed' }] },
    ];
    const file = path.join(root, 'hypothesis.json');
    writeFileSync(file, JSON.stringify({ export_date: '2024-07-06T00:00:00Z', annotations: rows }));
    const unplaced = ok(cli(['import', file], root));
    assert.match(unplaced, /Imported 0 notes/);
    assert.match(unplaced, /no workspace file for https:\/\/news\.example\/op-ed/);
    assert.match(unplaced, /--article/);
    const placed = JSON.parse(ok(cli(['import', file, '--article', article, '--json'], root))) as ImportJson;
    assert.equal(placed.format, 'hypothesis');
    assert.deepEqual(placed.imported.map((n) => [n.id, n.status]), [['https://hypothes.is/a/hyp1', 'anchored']]);
    assert.deepEqual(placed.skipped.map((s) => s.reason), ['a reply to another annotation']);
    const notes = JSON.parse(ok(cli(['notes', article, '--json'], root))) as NotesJson;
    assert.equal(notes.notes[0]?.['creator'], 'alice');
  });

  it('fails with one line for a missing or unreadable import file, and has --help', () => {
    const { root } = sampleWorkspace();
    const missing = cli(['import', 'nope.json'], root);
    assert.equal(missing.code, 1);
    assert.equal(missing.stderr.trim().split('\n').length, 1);
    writeFileSync(path.join(root, 'bad.json'), '{"type": "Person"}');
    const bad = cli(['import', 'bad.json'], root);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /cannot import bad\.json/);
    assert.equal(cli(['import'], root).code, 2);
    assert.match(ok(cli(['import', '--help'], root)), /Usage: article-annotator import/);
    assert.equal(cli(['export', '--all', '--format', 'pdf'], root).code, 2);
  });
});
