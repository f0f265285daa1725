import { strict as assert } from 'node:assert';
import { describeRange } from '../../src/core/anchoring/selectors';
import { buildReport, renderExport } from '../../src/core/export/report';
import { importNotes, type ImportArticle, type ImportEnvironment } from '../../src/core/import/place';
import { parseImport } from '../../src/core/import/parse';
import { sourceCandidates } from '../../src/core/import/sources';
import { ImportError } from '../../src/core/import/types';
import { createAnnotation, type Annotation } from '../../src/core/store/annotation';
import { NoteStore } from '../../src/core/store/noteStore';
import { resolveNotes } from '../../src/core/store/notes';
import { MemoryFs } from '../support/memoryFs';
import { SAMPLE_TEXT } from '../support/sample';

const ARTICLE = 'samples/op-ed.txt';
const QUOTE = 'a record of 6,195 China-Europe freight trains';

function stored(id: string, quote: string, body: string, extra: Partial<Annotation> = {}): Annotation {
  const start = SAMPLE_TEXT.indexOf(quote);
  return {
    ...createAnnotation({
      id, now: '2026-11-28T10:00:00.000Z', creator: 'Ana', source: ARTICLE, selector: describeRange(SAMPLE_TEXT, start, start + quote.length),
      content: { body, tags: ['rail', '=tag'], verdict: 'verified', evidence: ['https://example.org/a', 'report p. 4'] },
    }),
    ...extra,
  };
}

function environment(store: NoteStore, articles: Record<string, string> = { [ARTICLE]: SAMPLE_TEXT }): ImportEnvironment {
  let next = 0;
  return {
    findArticle: async (sources) => {
      for (const source of sources) {
        for (const key of sourceCandidates(source, 'file:///home/other/ws/')) {
          const text = articles[key];
          if (text !== undefined) return { article: key, text, store } satisfies ImportArticle;
        }
      }
      return undefined;
    },
    now: '2026-11-28T12:00:00.000Z',
    newId: () => `urn:uuid:00000000-0000-4000-8000-${String(++next).padStart(12, '0')}`,
  };
}

const OPTIONS = { generated: 'now', articleIri: (p: string): string => `file:///somewhere/else/${p}`, collectionId: 'urn:uuid:c' };

describe('import of W3C Web Annotations', () => {
  it('imports our own export into a fresh store: the same notes, anchored', async () => {
    const notes = [
      stored('urn:uuid:11111111-1111-4111-8111-111111111111', QUOTE, '<script>alert(1)</script>, "quoted"\nnew line 😀'),
      stored('urn:uuid:22222222-2222-4222-8222-222222222222', 'Kazakhstan', '=1+1', { target: { source: ARTICLE, selector: describeRange(SAMPLE_TEXT, SAMPLE_TEXT.indexOf('Kazakhstan', 500), SAMPLE_TEXT.indexOf('Kazakhstan', 500) + 10) } }),
    ];
    const jsonld = renderExport('jsonld', [buildReport(ARTICLE, SAMPLE_TEXT, notes)], OPTIONS);
    const store = new NoteStore(new MemoryFs());
    const summary = await importNotes(parseImport(jsonld), environment(store));
    assert.deepEqual(summary.skipped, []);
    assert.deepEqual(summary.imported.map((n) => n.status), ['anchored', 'anchored']);
    const loaded = await store.load(ARTICLE);
    const strip = (n: ReturnType<typeof resolveNotes>[number]): unknown => ({ ...n });
    assert.deepEqual(resolveNotes(loaded.annotations, SAMPLE_TEXT).map(strip), resolveNotes(notes, SAMPLE_TEXT).map(strip));
    assert.deepEqual(loaded.annotations.map((a) => a.target.selector), notes.map((a) => a.target.selector));
  });

  it('skips ids already present and never overwrites', async () => {
    const jsonld = renderExport('jsonld', [buildReport(ARTICLE, SAMPLE_TEXT, [stored('urn:uuid:1', QUOTE, 'x')])], OPTIONS);
    const store = new NoteStore(new MemoryFs());
    await store.save(stored('urn:uuid:1', QUOTE, 'kept'));
    const summary = await importNotes(parseImport(jsonld), environment(store));
    assert.deepEqual(summary.imported, []);
    assert.deepEqual(summary.skipped.map((s) => s.reason), ['already present']);
    const [kept] = resolveNotes((await store.load(ARTICLE)).annotations, SAMPLE_TEXT);
    assert.equal(kept?.body, 'kept');
  });

  it('reads other tools\' shapes: one annotation, bodyValue, a body IRI, an array of targets and a page', async () => {
    const single = {
      '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'http://example.org/anno/1', type: 'Annotation', bodyValue: 'Plain comment',
      target: { source: `https://news.example/${ARTICLE}`, selector: { type: 'TextQuoteSelector', exact: QUOTE } },
    };
    const tagged = {
      id: 'http://example.org/anno/2', type: ['Annotation'], motivation: 'tagging', creator: [{ type: 'Person', nickname: 'bob' }],
      body: [{ type: 'TextualBody', value: 'rail' }, 'https://evidence.example/x'],
      target: ['https://elsewhere.example/', { source: { id: `file:///x/${ARTICLE}` }, selector: [{ type: 'TextPositionSelector', start: 10, end: 20 }] }],
    };
    const page = { type: 'AnnotationPage', items: [single, tagged] };
    for (const document of [single, [single, tagged], page, { type: 'AnnotationCollection', first: page }]) {
      const parsed = parseImport(JSON.stringify(document));
      assert.equal(parsed.format, 'w3c');
      assert.ok(parsed.notes.length >= 1);
    }
    const store = new NoteStore(new MemoryFs());
    const summary = await importNotes(parseImport(JSON.stringify(page)), environment(store));
    assert.deepEqual(summary.imported.map((n) => [n.id, n.status]), [['http://example.org/anno/1', 'anchored'], ['http://example.org/anno/2', 'anchored']]);
    const views = resolveNotes((await store.load(ARTICLE)).annotations, SAMPLE_TEXT);
    const second = views.find((v) => v.id === 'http://example.org/anno/2');
    assert.deepEqual([second?.tags, second?.evidence, second?.creator, second?.quote], [['rail'], ['https://evidence.example/x'], 'bob', SAMPLE_TEXT.slice(10, 20)]);
    assert.equal(views.find((v) => v.id === 'http://example.org/anno/1')?.body, 'Plain comment');
  });

  it('imports a quote that is not in the article as orphaned, and skips what names no workspace file', async () => {
    const lost = { id: 'urn:x:lost', type: 'Annotation', target: { source: ARTICLE, selector: { type: 'TextQuoteSelector', exact: 'words that are not there' } } };
    const elsewhere = { id: 'urn:x:far', type: 'Annotation', target: { source: 'https://other.example/page', selector: { type: 'TextQuoteSelector', exact: 'x' } } };
    const whole = { id: 'urn:x:whole', type: 'Annotation', target: ARTICLE };
    const store = new NoteStore(new MemoryFs());
    const summary = await importNotes(parseImport(JSON.stringify([lost, elsewhere, whole])), environment(store));
    assert.deepEqual(summary.imported.map((n) => [n.id, n.status]), [['urn:x:lost', 'orphaned']]);
    assert.deepEqual(summary.skipped.map((s) => s.id), ['urn:x:whole', 'urn:x:far']);
    assert.match(summary.skipped[1]?.reason ?? '', /no workspace file/);
  });

  it('gives a note without a usable id a new one, and refuses what is not annotations', async () => {
    const parsed = parseImport(JSON.stringify({ type: 'Annotation', id: 'relative/id', target: { source: ARTICLE, selector: { type: 'TextQuoteSelector', exact: QUOTE } } }));
    assert.equal(parsed.notes[0]?.id, null);
    const summary = await importNotes(parsed, environment(new NoteStore(new MemoryFs())));
    assert.match(summary.imported[0]?.id ?? '', /^urn:uuid:/);
    assert.throws(() => parseImport('{"hello": 1}'), ImportError);
    assert.throws(() => parseImport('not json'), ImportError);
    assert.throws(() => parseImport('[{"type": "Person"}]'), ImportError);
  });

  it('maps sources to workspace paths, and never into the notes folder or above the workspace', () => {
    assert.deepEqual(sourceCandidates('file:///home/other/ws/samples/a%20b.txt', 'file:///home/other/ws/'), ['samples/a b.txt', 'home/other/ws/samples/a b.txt', 'other/ws/samples/a b.txt', 'ws/samples/a b.txt', 'a b.txt']);
    assert.deepEqual(sourceCandidates('samples/a.txt'), ['samples/a.txt']);
    assert.deepEqual(sourceCandidates('../../etc/passwd'), []);
    assert.deepEqual(sourceCandidates('file:///ws/.annotations/a.txt/x.json'), ['a.txt/x.json', 'x.json']);
    assert.ok(sourceCandidates('https://h.example/../../etc/passwd').every((c) => !c.includes('..')));
  });
});
