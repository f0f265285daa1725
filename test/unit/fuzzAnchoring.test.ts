import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { resolveAnchor, type Anchor } from '../../src/core/anchoring/resolve';
import { describeRange, type TextSelector } from '../../src/core/anchoring/selectors';
import { createAnnotation } from '../../src/core/store/annotation';
import { resolveNotes } from '../../src/core/store/notes';

/** Text with what breaks offset arithmetic: astral letters and emoji, lone surrogates, CRLF, a BOM, combining marks. */
const piece = fc.constantFrom('a', 'Z', ' ', '.', '18.9', '\r\n', '\n', '\uFEFF', '😀', '𝐀', '👩‍👩‍👧', 'e\u0301', '\uD800', '\uDC00', 'é', '中', 'trade');
const text = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));
const offset = fc.integer({ min: -5, max: 300 });
const quote = fc.record(
  { type: fc.constant('TextQuoteSelector' as const), exact: fc.oneof(text, fc.string()), prefix: text, suffix: text },
  { requiredKeys: ['type', 'exact'] },
);
const position = fc.record({ type: fc.constant('TextPositionSelector' as const), start: offset, end: offset });
const selectors = fc.array(fc.oneof(quote, position), { maxLength: 3 });

function assertValid(anchor: Anchor, source: string): void {
  assert.ok(['anchored', 'drifted', 'orphaned'].includes(anchor.status));
  if (anchor.status === 'orphaned') {
    assert.equal(anchor.start, null);
    return;
  }
  assert.ok(anchor.start !== null && anchor.end !== null);
  assert.ok(anchor.start >= 0 && anchor.start <= anchor.end && anchor.end <= source.length, `${anchor.start}-${anchor.end} in ${source.length}`);
  assert.equal(anchor.currentText, source.slice(anchor.start, anchor.end));
  assert.equal(typeof anchor.reason, 'string');
}

describe('fuzz: the anchor resolver over random texts and selectors', () => {
  it('resolveAnchor returns a valid anchor or orphaned for any text and selectors, never throws', () => {
    fc.assert(
      fc.property(text, selectors, (source, found) => assertValid(resolveAnchor(source, found as TextSelector[]), source)),
      { numRuns: 1000 },
    );
  });

  it('resolveNotes places every note of a random set, each within the text', () => {
    fc.assert(
      fc.property(text, fc.array(fc.tuple(quote, position), { maxLength: 6 }), (source, pairs) => {
        const annotations = pairs.map(([q, p], i) =>
          createAnnotation({
            id: `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
            now: '2026-11-28T10:00:00.000Z', creator: 'A', source: 'a.txt', selector: [q, p],
            content: { body: '', tags: [], verdict: null, evidence: [] },
          }),
        );
        const views = resolveNotes(annotations, source);
        assert.equal(views.length, annotations.length);
        for (const view of views) {
          assertValid({ status: view.status, start: view.start, end: view.end, currentText: view.currentText, reason: view.reason ?? '' }, source);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('a note on astral text round-trips: W3C positions count code points, offsets come back in UTF-16 units', () => {
    const wellFormed = fc.array(fc.constantFrom('a', ' ', '😀', '𝐀𝐁', '\r\n', '\uFEFF', '中文', 'x.'), { minLength: 2, maxLength: 40 }).map((p) => p.join(''));
    fc.assert(
      fc.property(wellFormed, fc.nat(), fc.nat(), (source, a, b) => {
        const points = [...source];
        const from = a % points.length;
        const to = from + 1 + (b % (points.length - from));
        const start = points.slice(0, from).join('').length;
        const end = points.slice(0, to).join('').length;
        const selector = describeRange(source, start, end);
        assert.deepEqual([selector[1].start, selector[1].end], [from, to]);
        const anchor = resolveAnchor(source, selector);
        assert.equal(anchor.status, 'anchored');
        assert.deepEqual([anchor.start, anchor.end], [start, end]);
        assert.equal(anchor.currentText, source.slice(start, end));
      }),
      { numRuns: 500 },
    );
  });
});

describe('describeRange refuses what is not a range of the text', () => {
  it('throws a RangeError for NaN, fractions, negative, reversed and out-of-text offsets', () => {
    for (const [start, end] of [[Number.NaN, 3], [0, Number.NaN], [0.5, 2], [-1, 2], [3, 2], [2, 2], [0, 99]] as const) {
      assert.throws(() => describeRange('abcdef', start, end), RangeError, `${start}-${end}`);
    }
  });
});
