import { strict as assert } from 'node:assert';
import { describeRange } from '../../src/core/anchoring/selectors';
import { resolveAnchor } from '../../src/core/anchoring/resolve';
import { SAMPLE_TEXT } from '../support/sample';

function anchor(text: string, quote: string, occurrence = 0): ReturnType<typeof describeRange> {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(quote, at + 1);
  assert.ok(at >= 0, `quote not in text: ${quote}`);
  return describeRange(text, at, at + quote.length);
}

describe('anchoring', () => {
  const quote = 'surged 18.9 percent year on year to $17.67 billion';

  it('describes a range with quote, context and code point positions', () => {
    const [q, p] = describeRange('a😀 bcd', 3, 6);
    assert.equal(q.exact, ' bc');
    assert.equal(q.prefix, 'a😀');
    assert.equal(q.suffix, 'd');
    assert.deepEqual([p.start, p.end], [2, 5]);
  });

  it('anchors where the note was made when the text is unchanged', () => {
    const selectors = anchor(SAMPLE_TEXT, quote);
    const result = resolveAnchor(SAMPLE_TEXT, selectors);
    assert.equal(result.status, 'anchored');
    assert.equal(SAMPLE_TEXT.slice(result.start ?? 0, result.end ?? 0), quote);
  });

  it('follows the quote when text is inserted before it', () => {
    const selectors = anchor(SAMPLE_TEXT, quote);
    const edited = `A new opening paragraph.\n\n${SAMPLE_TEXT}`;
    const result = resolveAnchor(edited, selectors);
    assert.equal(result.status, 'anchored');
    assert.equal(edited.slice(result.start ?? 0, result.end ?? 0), quote);
  });

  it('uses context to pick the right one of repeated quotes', () => {
    const text = 'Alpha says yes. Beta says yes. Gamma says yes.';
    const selectors = anchor(text, 'says yes', 1);
    const edited = `Intro. ${text}`;
    const result = resolveAnchor(edited, selectors);
    assert.equal(result.status, 'anchored');
    assert.equal(result.start, edited.indexOf('Beta says yes') + 'Beta '.length);
  });

  it('orphans a note whose sentence was deleted, and never moves it', () => {
    const selectors = anchor(SAMPLE_TEXT, quote);
    const sentenceStart = SAMPLE_TEXT.lastIndexOf('\n', SAMPLE_TEXT.indexOf(quote));
    const sentenceEnd = SAMPLE_TEXT.indexOf('\n', SAMPLE_TEXT.indexOf(quote));
    const edited = SAMPLE_TEXT.slice(0, sentenceStart) + SAMPLE_TEXT.slice(sentenceEnd);
    const result = resolveAnchor(edited, selectors);
    assert.equal(result.status, 'orphaned');
    assert.equal(result.start, null);
  });
});
