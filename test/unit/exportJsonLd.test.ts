import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { describeRange } from '../../src/core/anchoring/selectors';
import { buildReport, renderExport, type ExportOptions } from '../../src/core/export/report';
import { toW3cAnnotation, type W3cAnnotationCollection } from '../../src/core/export/jsonld';
import { isAbsoluteUri } from '../../src/core/export/uri';
import { createAnnotation, type Annotation, type NoteContent } from '../../src/core/store/annotation';
import { SAMPLE_TEXT } from '../support/sample';
import { failedAssertions, loadMustAssertions, type Assertion } from './exportW3cValidator';

const HOSTILE = [
  '=1+2', '+SUM(A1)', '-2+3', '@cmd', '\tTAB', '\rCR', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>',
  '[x](javascript:alert(1))', 'javascript:alert(1)', 'line one\nline two\r\nline three', '"quoted", with, commas', 'emoji 😀👍🏽 and 中文',
];

const OPTIONS: ExportOptions = {
  generated: '2026-11-28T12:00:00.000Z',
  articleIri: (path) => `file:///home/analyst/work%20space/${path}`,
  collectionId: 'urn:uuid:00000000-0000-4000-8000-000000000000',
};

function note(id: number, quote: string, content: Partial<NoteContent>, creator = 'Ana'): Annotation {
  const start = SAMPLE_TEXT.indexOf(quote);
  return createAnnotation({
    id: `urn:uuid:00000000-0000-4000-8000-${String(id).padStart(12, '0')}`,
    now: '2026-11-28T10:00:00.000Z',
    creator,
    source: 'samples/op-ed.txt',
    selector: describeRange(SAMPLE_TEXT, start, start + quote.length),
    content: { body: '', tags: [], verdict: null, evidence: [], ...content },
  });
}

function hostileNotes(): Annotation[] {
  return HOSTILE.map((text, i) =>
    note(i + 1, 'a record of 6,195 China-Europe freight trains', {
      body: text, tags: [text, 'plain'], verdict: text, evidence: [text, 'https://example.org/e?q=1&r=2#frag'],
    }, text),
  );
}

describe('W3C JSON-LD export', () => {
  let assertions: Assertion[];
  before(() => {
    assertions = loadMustAssertions();
  });

  it('loads every MUST assertion of the W3C test suite', () => {
    assert.ok(assertions.length >= 50, `only ${assertions.length} assertions`);
  });

  it('the validator rejects annotations that break a MUST (so the checks below can fail)', () => {
    const good = toW3cAnnotation(hostileNotes()[0] as Annotation, OPTIONS.articleIri('a.txt'));
    assert.deepEqual(failedAssertions(assertions, good), []);
    assert.notDeepEqual(failedAssertions(assertions, { ...good, id: 'not an iri' }), []);
    assert.notDeepEqual(failedAssertions(assertions, { ...good, target: { ...good.target, source: 'samples/a.txt' } }), []);
    assert.notDeepEqual(failedAssertions(assertions, { ...good, created: 'yesterday' }), []);
    assert.notDeepEqual(failedAssertions(assertions, { ...good, bodyValue: 'x' }), []);
  });

  it('exports a collection whose every annotation passes all MUST assertions, hostile text included', () => {
    const report = buildReport('samples/op-ed.txt', SAMPLE_TEXT, hostileNotes());
    const collection = JSON.parse(renderExport('jsonld', [report], OPTIONS)) as W3cAnnotationCollection;
    assert.equal(collection.type, 'AnnotationCollection');
    assert.equal(collection.total, HOSTILE.length);
    assert.equal(collection.first.items.length, HOSTILE.length);
    for (const item of collection.first.items) assert.deepEqual(failedAssertions(assertions, item), [], item.id);
  });

  it('drops the store marker, keeps the quote and position, and names the article by an absolute IRI', () => {
    const [annotation] = hostileNotes();
    const exported = toW3cAnnotation(annotation as Annotation, OPTIONS.articleIri('samples/op-ed.txt'));
    assert.ok(!('articleAnnotator' in exported));
    assert.equal(exported.target.source, 'file:///home/analyst/work%20space/samples/op-ed.txt');
    assert.deepEqual(exported.target.selector.map((s) => s.type), ['TextQuoteSelector', 'TextPositionSelector']);
    assert.equal(exported.target.selector[0]?.type === 'TextQuoteSelector' && exported.target.selector[0].exact, 'a record of 6,195 China-Europe freight trains');
  });

  it('exports evidence that is not an IRI as linking text, and IRIs as linked resources', () => {
    const exported = toW3cAnnotation(note(1, 'Kazakhstan', { evidence: ['see page 4', 'https://example.org/a'] }), 'file:///a.txt');
    const linking = exported.body.filter((b) => b.purpose === 'linking');
    assert.deepEqual(linking, [
      { type: 'TextualBody', value: 'see page 4', format: 'text/plain', purpose: 'linking' },
      { type: 'SpecificResource', source: 'https://example.org/a', purpose: 'linking' },
    ]);
  });

  it('passes every MUST for arbitrary note text, tags, verdicts, evidence and authors', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 40 }), fc.array(fc.string({ maxLength: 12 }), { maxLength: 3 }),
        fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string({ maxLength: 30 })),
        fc.string({ maxLength: 20 }),
        (body, tags, evidence, creator) => {
          const annotation = note(7, 'Kazakhstan', { body, tags, verdict: body || null, evidence: [evidence] }, creator);
          const exported = toW3cAnnotation(annotation, OPTIONS.articleIri('samples/op-ed.txt'));
          assert.deepEqual(failedAssertions(assertions, exported), []);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('agrees with the W3C schemas on which strings are IRIs', () => {
    const uriCheck = assertions.find((a) => a.name.endsWith('3.1-annotationIdValidated.json')) as Assertion;
    fc.assert(
      fc.property(fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string({ maxLength: 20 }), fc.constantFrom('urn:uuid:x', 'mailto:a@b.c', 'http://h:80/p', 'http://h:x/', 'a b:c', 'file:///C:/x y')), (value) => {
        if (isAbsoluteUri(value)) assert.equal(uriCheck.validate({ id: value }), true, value);
      }),
      { numRuns: 3000 },
    );
  });
});
