import { strict as assert } from 'node:assert';
import { describeRange } from '../../src/core/anchoring/selectors';
import { resolveAnchor, type Anchor } from '../../src/core/anchoring/resolve';
import { changedFacts } from '../../src/core/anchoring/significance';
import { CodePointIndex } from '../../src/core/anchoring/codePoints';
import { SAMPLE_TEXT } from '../support/sample';

const TRADE = 'Bilateral trade hit a record high last year, rising 34 percent year on year to $25.2 billion.';
const BEFORE = 'The two sides signed 17 agreements during the visit, covering energy, transport and farming.';
const AFTER = 'Officials expect the figure to grow again this year as new rail links open across the border.';
const ARTICLE = `Opening paragraph about the visit and its context.\n\n${BEFORE} ${TRADE} ${AFTER}\n\nClosing paragraph on culture and education exchanges between the two countries.\n`;

function noteOn(text: string, quote: string): ReturnType<typeof describeRange> {
  const at = text.indexOf(quote);
  assert.ok(at >= 0);
  return describeRange(text, at, at + quote.length);
}

function resolve(original: string, quote: string, edited: string): Anchor {
  return resolveAnchor(edited, noteOn(original, quote));
}

describe('anchoring: what users see after edits', () => {
  it('keeps a note in place when the sentence is lightly reworded (no figure or name changed)', () => {
    const edited = ARTICLE.replace('hit a record high last year', 'reached a record high last year');
    const anchor = resolve(ARTICLE, TRADE, edited);
    assert.equal(anchor.status, 'anchored');
    assert.equal(anchor.start, edited.indexOf('Bilateral trade'));
  });

  it('marks a note drifted, showing the new text, when a figure in its quote changes', () => {
    const edited = ARTICLE.replace('34 percent', '43 percent');
    const anchor = resolve(ARTICLE, TRADE, edited);
    assert.equal(anchor.status, 'drifted');
    assert.ok(anchor.currentText?.includes('43 percent'), anchor.currentText ?? '');
    assert.match(anchor.reason, /43/);
  });

  it('marks a note drifted when a name in its quote changes', () => {
    const quote = 'President Xi immediately sent a verbal message to his Kazakh counterpart';
    const edited = SAMPLE_TEXT.replace('President Xi immediately', 'Premier Li immediately');
    const anchor = resolve(SAMPLE_TEXT, quote, edited);
    assert.equal(anchor.status, 'drifted');
    assert.ok(anchor.currentText?.startsWith('Premier Li'));
  });

  it('orphans a note whose sentence was deleted even when a lookalike sentence remains elsewhere', () => {
    const lookalike = TRADE.replace('34 percent', '12 percent').replace('$25.2 billion', '$19.8 billion').replace('last year', 'in 2019');
    const edited = `${ARTICLE.replace(` ${TRADE}`, '')}\nA history section.\n\n${lookalike}\n`;
    const anchor = resolve(ARTICLE, TRADE, edited);
    assert.equal(anchor.status, 'orphaned');
    assert.equal(anchor.start, null);
  });

  it('does not move a short quote to the same words in an unrelated sentence', () => {
    const edited = ARTICLE.replace(`${BEFORE} `, '');
    const quote = '17 agreements';
    const withOther = `${edited}\nIn 2015 the sides had signed 17 agreements on culture alone.\n`;
    const anchor = resolve(ARTICLE, quote, withOther);
    assert.notEqual(anchor.status, 'anchored');
  });

  it('calls two equally good places drifted rather than choosing one silently', () => {
    const text = `Intro.\n\n${TRADE}\n\nMiddle.\n\n${TRADE}\n\nEnd.`;
    const selectors = noteOn(`Alpha.\n\n${TRADE}\n\nOmega.`, TRADE);
    const anchor = resolveAnchor(text, selectors);
    assert.equal(anchor.status, 'drifted');
    assert.match(anchor.reason, /several places/);
  });

  it('finds a note on astral text by code point position', () => {
    const text = '😀😀 one 😀 two three four 😀 five six seven eight';
    const selectors = noteOn(text, 'two three four');
    const anchor = resolveAnchor(text, selectors, { index: new CodePointIndex(text) });
    assert.equal(anchor.status, 'anchored');
    assert.equal(text.slice(anchor.start ?? 0, anchor.end ?? 0), 'two three four');
  });

  it('names the figures, dates, names and negations that changed, and ignores rewording', () => {
    assert.deepEqual(changedFacts('rose 34 percent in May', 'rose 43 percent in May'), ['34', '43']);
    assert.deepEqual(changedFacts('Xi sent a message', 'Li sent a message'), ['Xi', 'Li']);
    assert.deepEqual(changedFacts('China supports it', 'China does not support it'), ['not']);
    assert.deepEqual(changedFacts('trade rose sharply', 'trade grew sharply'), []);
  });

  it('does not jump to the same short phrase far away when the note\'s sentence was deleted', () => {
    const quote = 'the two countries have agreed';
    const original = `${'Background paragraph about history and trade. '.repeat(30)}\n\nIn May the two countries have agreed to open three new crossings.\n\n${'More text about culture and schools. '.repeat(30)}\n\nLater, the two countries have agreed on visas as well.\n`;
    const edited = original.replace('In May the two countries have agreed to open three new crossings.', '');
    const selectors = noteOn(original, quote);
    assert.equal(resolveAnchor(edited, selectors).status, 'orphaned');
  });
});
