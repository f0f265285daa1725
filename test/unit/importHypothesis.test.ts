import { strict as assert } from 'node:assert';
import { importNotes } from '../../src/core/import/place';
import { parseImport } from '../../src/core/import/parse';
import { NoteStore } from '../../src/core/store/noteStore';
import { resolveNotes } from '../../src/core/store/notes';
import { MemoryFs } from '../support/memoryFs';
import { SAMPLE_TEXT } from '../support/sample';

const PAGE = 'https://news.example/2024/07/china-kazakhstan-op-ed';
const QUOTE = 'a record of 6,195 China-Europe freight trains';

/** Shaped like rows of Hypothesis's JSON export: positions count the web page's text, not our file's. */
function row(id: string, extra: Record<string, unknown>): Record<string, unknown> {
  return {
    id, created: '2024-07-05T09:12:44.123456+00:00', updated: '2024-07-05T10:00:01.000000+00:00',
    user: 'acct:alice@hypothes.is', uri: PAGE, text: '', tags: [], group: '__world__',
    permissions: { read: ['group:__world__'] }, document: { title: ['Op-ed'] }, links: { html: `https://hypothes.is/a/${id}` },
    user_info: { display_name: null }, flagged: false, hidden: false,
    ...extra,
  };
}

const ANNOTATED = row('AbC123_-x', {
  text: 'Check against **railway** figures <script>alert(1)</script>',
  tags: ['rail', 'trade'],
  user_info: { display_name: 'Alice Analyst' },
  target: [{
    source: PAGE,
    selector: [
      { type: 'RangeSelector', startContainer: '/div[1]/p[5]', startOffset: 10, endContainer: '/div[1]/p[5]', endOffset: 55 },
      { type: 'TextPositionSelector', start: 4021, end: 4066 },
      { type: 'TextQuoteSelector', exact: QUOTE, prefix: 'completed ', suffix: ', up ' },
    ],
  }],
});
const REPLY = row('reply1', { text: 'Agreed', references: ['AbC123_-x'], target: [{ source: PAGE }] });
const PAGE_NOTE = row('pagenote', { text: 'About the whole page', target: [{ source: PAGE }] });
const MISSING_QUOTE = row('gone1', { target: [{ source: PAGE, selector: [{ type: 'TextQuoteSelector', exact: 'not in this version of the article' }] }] });

const CLIENT_EXPORT = { export_date: '2024-07-06T00:00:00Z', export_userid: 'acct:alice@hypothes.is', client_version: '1.0', annotations: [ANNOTATED, REPLY, PAGE_NOTE, MISSING_QUOTE] };

describe('import of Hypothesis JSON', () => {
  it('recognises the client export, API search results and a bare array of rows', () => {
    for (const document of [CLIENT_EXPORT, { total: 4, rows: CLIENT_EXPORT.annotations }, CLIENT_EXPORT.annotations]) {
      const parsed = parseImport(JSON.stringify(document));
      assert.equal(parsed.format, 'hypothesis');
      assert.deepEqual(parsed.notes.map((n) => n.id), ['https://hypothes.is/a/AbC123_-x', 'https://hypothes.is/a/gone1']);
      assert.deepEqual(parsed.skipped.map((s) => s.reason), ['a reply to another annotation', 'a page note (no quote selector)']);
    }
  });

  it('puts rows on the chosen article: text, tags, author and dates kept, re-anchored by quote', async () => {
    const store = new NoteStore(new MemoryFs());
    const article = 'samples/op-ed.txt';
    const summary = await importNotes(parseImport(JSON.stringify(CLIENT_EXPORT)), {
      findArticle: async () => ({ article, text: SAMPLE_TEXT, store }),
      now: '2026-11-28T12:00:00.000Z',
      newId: () => 'urn:uuid:unused',
    });
    assert.deepEqual(summary.imported.map((n) => [n.id, n.status]), [['https://hypothes.is/a/AbC123_-x', 'anchored'], ['https://hypothes.is/a/gone1', 'orphaned']]);
    assert.equal(summary.skipped.length, 2);
    const [note] = resolveNotes((await store.load(article)).annotations, SAMPLE_TEXT);
    assert.equal(SAMPLE_TEXT.slice(note?.start ?? 0, note?.end ?? 0), QUOTE);
    assert.equal(note?.body, 'Check against **railway** figures <script>alert(1)</script>');
    assert.deepEqual(note?.tags, ['rail', 'trade']);
    assert.equal(note?.creator, 'Alice Analyst');
    assert.equal(note?.created, '2024-07-05T09:12:44.123456+00:00');
    assert.equal(note?.modified, '2024-07-05T10:00:01.000000+00:00');
    const again = await importNotes(parseImport(JSON.stringify(CLIENT_EXPORT)), {
      findArticle: async () => ({ article, text: SAMPLE_TEXT, store }), now: 'now', newId: () => 'urn:uuid:unused',
    });
    assert.deepEqual(again.imported, []);
    assert.equal(again.skipped.filter((s) => s.reason === 'already present').length, 2);
  });

  it('names the author by account when there is no display name', () => {
    const parsed = parseImport(JSON.stringify([MISSING_QUOTE]));
    assert.equal(parsed.notes[0]?.creator, 'alice');
  });
});
