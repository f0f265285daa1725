import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { describeRange } from '../../src/core/anchoring/selectors';
import { resolveAnchor, type Anchor } from '../../src/core/anchoring/resolve';
import { createAnnotation } from '../../src/core/store/annotation';
import { resolveNotes } from '../../src/core/store/notes';
import { SAMPLE_TEXT } from '../support/sample';

/** The sample's paragraphs and sentences: every property starts from real article text. */
const PARAGRAPHS = SAMPLE_TEXT.split('\n\n');
const JOIN = '\n\n';

interface Sentence {
  readonly paragraph: number;
  readonly text: string;
}

const SENTENCES: Sentence[] = PARAGRAPHS.flatMap((p, paragraph) =>
  p.split(/(?<=[.!?])\s+/).map((text) => ({ paragraph, text: text.trim() })),
).filter((s) => s.text.length >= 40 && SAMPLE_TEXT.indexOf(s.text) === SAMPLE_TEXT.lastIndexOf(s.text));

const WITH_NUMBER = SENTENCES.filter((s) => /\d/.test(s.text));
const FILLER_WORDS = ['the', 'report', 'said', 'officials', 'added', 'rail', 'links', 'trade', 'also', 'further', 'across', 'region'];
const filler = fc.array(fc.constantFrom(...FILLER_WORDS), { minLength: 1, maxLength: 30 }).map((w) => ` ${w.join(' ')} `);
const sentence = fc.constantFrom(...SENTENCES);

function selectorsFor(text: string, quote: string): ReturnType<typeof describeRange> {
  const at = text.indexOf(quote);
  return describeRange(text, at, at + quote.length);
}

function textAt(text: string, anchor: Anchor): string {
  return text.slice(anchor.start ?? 0, anchor.end ?? 0);
}

function withParagraphs(paragraphs: readonly string[]): string {
  return paragraphs.join(JOIN);
}

const RUNS = { numRuns: 150 };

describe('anchoring properties (fast-check, on the sample article)', () => {
  it('stays on the exact quote through insertions and deletions before and after it', () => {
    fc.assert(
      fc.property(sentence, fc.boolean(), fc.boolean(), fc.double({ min: 0, max: 1, noNaN: true }), filler, fc.integer({ min: 1, max: 400 }), (s, before, insert, where, words, length) => {
        const start = SAMPLE_TEXT.indexOf(s.text);
        const end = start + s.text.length;
        const at = before ? Math.floor(where * start) : end + Math.floor(where * (SAMPLE_TEXT.length - end));
        const cut = before ? Math.min(length, start - at) : Math.min(length, SAMPLE_TEXT.length - at);
        const edited = insert ? SAMPLE_TEXT.slice(0, at) + words + SAMPLE_TEXT.slice(at) : SAMPLE_TEXT.slice(0, at) + SAMPLE_TEXT.slice(at + cut);
        const anchor = resolveAnchor(edited, selectorsFor(SAMPLE_TEXT, s.text));
        assert.equal(anchor.status, 'anchored');
        assert.equal(textAt(edited, anchor), s.text);
        assert.equal(anchor.start, edited.indexOf(s.text));
      }),
      RUNS,
    );
  });

  it('stays on the edited passage, never orphaned, through small insertions and deletions inside the quote', () => {
    fc.assert(
      fc.property(sentence, fc.boolean(), fc.double({ min: 0.1, max: 0.9, noNaN: true }), fc.constantFrom(...FILLER_WORDS), (s, insert, where, word) => {
        const start = SAMPLE_TEXT.indexOf(s.text);
        const size = Math.max(1, Math.floor(s.text.length * 0.08));
        const at = start + Math.floor(where * (s.text.length - size));
        const edited = insert ? `${SAMPLE_TEXT.slice(0, at)}${word.slice(0, size)} ${SAMPLE_TEXT.slice(at)}` : SAMPLE_TEXT.slice(0, at) + SAMPLE_TEXT.slice(at + size);
        const anchor = resolveAnchor(edited, selectorsFor(SAMPLE_TEXT, s.text));
        assert.notEqual(anchor.status, 'orphaned', anchor.reason);
        assert.ok(Math.abs((anchor.start ?? -99) - start) <= size + 1, `moved from ${start} to ${anchor.start}`);
      }),
      RUNS,
    );
  });

  it('marks a note drifted, never anchored, when a number in its quote changes', () => {
    fc.assert(
      fc.property(fc.constantFrom(...WITH_NUMBER), fc.integer({ min: 0, max: 99_999 }), (s, replacement) => {
        const numbers = [...s.text.matchAll(/\d+(?:[.,]\d+)*/g)];
        const number = numbers[replacement % numbers.length];
        fc.pre(number !== undefined && number[0] !== String(replacement));
        const changed = s.text.slice(0, number?.index) + String(replacement) + s.text.slice((number?.index ?? 0) + (number?.[0].length ?? 0));
        const edited = SAMPLE_TEXT.replace(s.text, changed);
        const anchor = resolveAnchor(edited, selectorsFor(SAMPLE_TEXT, s.text));
        assert.equal(anchor.status, 'drifted', anchor.reason);
        assert.ok(Math.abs((anchor.start ?? -99) - SAMPLE_TEXT.indexOf(s.text)) <= 2);
      }),
      RUNS,
    );
  });

  it('orphans a note whose sentence or paragraph was deleted', () => {
    fc.assert(
      fc.property(sentence, fc.boolean(), (s, wholeParagraph) => {
        const edited = wholeParagraph
          ? withParagraphs(PARAGRAPHS.filter((_, i) => i !== s.paragraph))
          : SAMPLE_TEXT.replace(s.text, '').replace(/ {2,}/g, ' ');
        const anchor = resolveAnchor(edited, selectorsFor(SAMPLE_TEXT, s.text));
        assert.equal(anchor.status, 'orphaned', `${anchor.reason}: ${anchor.currentText}`);
        assert.equal(anchor.start, null);
      }),
      RUNS,
    );
  });

  it('never anchors to a lookalike sentence elsewhere when the original is gone', () => {
    const change = fc.oneof(
      fc.integer({ min: 1, max: 9_999 }).map((n) => (t: string): string => (/\d+/.test(t) ? t.replace(/\d+/, String(n)) : t.replace(/\b[a-z]{5,}\b/, 'notably'))),
      fc.constant((t: string): string => t.replace(/\b[A-Z][a-z]+\b(?!.*\b[A-Z][a-z]+\b)/, 'Mongolia')),
      fc.constant((t: string): string => t.replace(/\b(\w+) (\w+)\b/, '$2 $1')),
    );
    fc.assert(
      fc.property(sentence, change, fc.nat(), (s, alter, slot) => {
        const lookalike = alter(s.text);
        fc.pre(lookalike !== s.text);
        const others = PARAGRAPHS.filter((_, i) => i !== s.paragraph);
        const position = slot % (others.length + 1);
        fc.pre(Math.abs(position - s.paragraph) >= 2);
        const edited = withParagraphs([...others.slice(0, position), lookalike, ...others.slice(position)]);
        const anchor = resolveAnchor(edited, selectorsFor(SAMPLE_TEXT, s.text));
        assert.notEqual(anchor.status, 'anchored', `anchored to "${anchor.currentText}"`);
        assert.equal(anchor.status, 'orphaned', `${anchor.reason}: ${anchor.currentText}`);
      }),
      RUNS,
    );
  });

  it('follows a paragraph moved elsewhere in the article', () => {
    fc.assert(
      fc.property(sentence, fc.nat(), (s, slot) => {
        const moved = PARAGRAPHS[s.paragraph] as string;
        const others = PARAGRAPHS.filter((_, i) => i !== s.paragraph);
        const position = slot % (others.length + 1);
        const edited = withParagraphs([...others.slice(0, position), moved, ...others.slice(position)]);
        const anchor = resolveAnchor(edited, selectorsFor(SAMPLE_TEXT, s.text));
        assert.equal(anchor.status, 'anchored', anchor.reason);
        assert.equal(anchor.start, edited.indexOf(s.text));
      }),
      RUNS,
    );
  });

  it('keeps a note on its own text when its paragraph is duplicated, never orphaning it', () => {
    fc.assert(
      fc.property(sentence, fc.nat(), (s, slot) => {
        const copy = PARAGRAPHS[s.paragraph] as string;
        const position = slot % (PARAGRAPHS.length + 1);
        const edited = withParagraphs([...PARAGRAPHS.slice(0, position), copy, ...PARAGRAPHS.slice(position)]);
        const anchor = resolveAnchor(edited, selectorsFor(SAMPLE_TEXT, s.text));
        assert.notEqual(anchor.status, 'orphaned');
        assert.equal(textAt(edited, anchor), s.text);
      }),
      RUNS,
    );
  });

  it('keeps every note of an article, each on its own quote, when paragraphs are inserted in several places', () => {
    const notes = SENTENCES.map((s, i) => {
      const at = SAMPLE_TEXT.indexOf(s.text);
      return createAnnotation({ id: `urn:uuid:${i}`, now: '2026-11-28T10:00:00.000Z', creator: 'A', source: 'a.txt', selector: describeRange(SAMPLE_TEXT, at, at + s.text.length), content: { body: '', tags: [], verdict: null, evidence: [] } });
    });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), filler), { minLength: 1, maxLength: 5 }), (inserts) => {
        const paragraphs = [...PARAGRAPHS];
        for (const [slot, words] of inserts) paragraphs.splice(slot % (paragraphs.length + 1), 0, words.trim());
        const edited = withParagraphs(paragraphs);
        const views = resolveNotes(notes, edited);
        assert.equal(views.length, notes.length);
        for (const view of views) {
          assert.equal(view.status, 'anchored', `${view.quote}: ${view.reason ?? ''}`);
          assert.equal(edited.slice(view.start ?? 0, view.end ?? 0), view.quote);
        }
      }),
      { numRuns: 60 },
    );
  });
});
