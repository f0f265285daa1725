import { strict as assert } from 'node:assert';
import { detectClaims, findByline, splitSentences } from '../../src/core/claims';

const texts = (text: string): string[] => splitSentences(text).map((s) => s.text);

describe('claims: sentence segmentation', () => {
  const cases: [string, string, string[]][] = [
    ['titles', 'Mr. Smith went to Washington. He arrived at 3 p.m. on Monday.', ['Mr. Smith went to Washington.', 'He arrived at 3 p.m. on Monday.']],
    ['U.S. inside a sentence and decimals', 'The U.S. economy grew 2.5 percent. The U.K. did not.', ['The U.S. economy grew 2.5 percent.', 'The U.K. did not.']],
    ['U.S. ending a sentence', 'He moved to the U.S. The rest is history.', ['He moved to the U.S.', 'The rest is history.']],
    ['initials', 'George W. Bush met J. K. Rowling in 2003. They talked.', ['George W. Bush met J. K. Rowling in 2003.', 'They talked.']],
    ['quotes with inner punctuation', '"We will win," he said. "It is certain."', ['"We will win," he said.', '"It is certain."']],
    ['a question inside quotes', 'She asked, "Is it true?" Nobody answered.', ['She asked, "Is it true?"', 'Nobody answered.']],
    ['month abbreviations before a year', 'Prices rose 3.5% in Jan. 2020, the bureau said. Wages fell.', ['Prices rose 3.5% in Jan. 2020, the bureau said.', 'Wages fell.']],
    ['"No." before a number only', 'See No. 5 for details. The answer is no. Then we left.', ['See No. 5 for details.', 'The answer is no.', 'Then we left.']],
    ['ellipsis and exclamation', 'Wait... what happened? It was 10 a.m. Eastern. Really!', ['Wait... what happened?', 'It was 10 a.m. Eastern.', 'Really!']],
    ['curly closing quote', 'He said “It rose 5%.” Then he left.', ['He said “It rose 5%.”', 'Then he left.']],
    ['abbreviation inside parentheses', 'Trade (about $1.2 bn.) grew. Exports fell.', ['Trade (about $1.2 bn.) grew.', 'Exports fell.']],
    ['soft-wrapped lines', 'Line one wraps\nonto line two. Next sentence.', ['Line one wraps\nonto line two.', 'Next sentence.']],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => assert.deepEqual(texts(text), expected));
  }

  it('breaks at list items and headings and leaves their markers out', () => {
    const text = '# A heading\nIntro text.\n\n- First item with 5 points\n- Second item. It has two sentences.\n1. Numbered one\n2) Numbered two';
    assert.deepEqual(texts(text), ['A heading', 'Intro text.', 'First item with 5 points', 'Second item.', 'It has two sentences.', 'Numbered one', 'Numbered two']);
  });

  it('skips fenced code blocks', () => {
    const text = 'Before the code.\n\n```js\nconst x = 18.9; // rose 5 percent. Really.\n```\nAfter the code.';
    assert.deepEqual(texts(text), ['Before the code.', 'After the code.']);
  });

  it('keeps paragraphs apart even without final punctuation', () => {
    assert.deepEqual(texts('A title without a stop\n\nBy Someone\n\nBody text here.'), ['A title without a stop', 'By Someone', 'Body text here.']);
  });

  it('numbers sentences in order with exact offsets, also with CRLF, tabs and a BOM', () => {
    const text = '\uFEFFFirst one.\r\n\r\nSecond\tone!  Third one?\r\n';
    const sentences = splitSentences(text);
    assert.deepEqual(sentences.map((s) => s.index), [0, 1, 2]);
    for (const s of sentences) assert.equal(text.slice(s.start, s.end), s.text);
    assert.deepEqual(sentences.map((s) => s.text), ['First one.', 'Second\tone!', 'Third one?']);
  });

  it('counts offsets in UTF-16 units around astral characters', () => {
    const text = 'Emoji 😀 first. Trade rose 18.9 percent to $17.67 billion in 2022.';
    const [, second] = splitSentences(text);
    assert.equal(second?.start, text.indexOf('Trade'));
    const claim = detectClaims(text).find((c) => c.text.startsWith('Trade'));
    assert.equal(claim?.start, text.indexOf('Trade'));
    assert.equal(claim?.kind, 'statistic');
  });
});

describe('claims: kinds and named sources', () => {
  const claimOf = (text: string): ReturnType<typeof detectClaims>[number] => {
    const [claim] = detectClaims(text);
    assert.ok(claim, `no claim in: ${text}`);
    return claim;
  };
  const sources: [string, string | null][] = [
    ['According to the customs office, exports rose 5 percent in March.', 'the customs office'],
    ['Exports rose 5 percent, Tokayev said.', 'Tokayev'],
    ['“Trade will double by 2030,” said Finance Minister Erulan Zhamaubayev.', 'Finance Minister Erulan Zhamaubayev'],
    ['Data from the World Bank show growth of 3 percent last year.', 'the World Bank'],
    ['The ministry said unemployment fell to 4.9 percent.', 'The ministry'],
    ['He said the figure was 5 percent.', null],
  ];
  for (const [text, source] of sources) {
    it(`names the source in "${text}"`, () => assert.equal(claimOf(text).source?.text ?? null, source));
  }

  it('tells the kinds apart', () => {
    assert.equal(claimOf('Trade surged 18.9 percent to $17.67 billion.').kind, 'statistic');
    assert.equal(claimOf('Tokayev told reporters that the talks had failed.').kind, 'attribution');
    assert.equal(claimOf('The company will open a factory in Almaty next year.').kind, 'prediction');
    assert.equal(claimOf('The outbreak was caused by contaminated water from the plant.').kind, 'causal');
    assert.equal(claimOf('The unemployment rate fell because of the stimulus.').kind, 'statistic');
    assert.equal(claimOf('The country ranked 25th out of 190 economies.').kind, 'statistic');
    assert.equal(claimOf('Kazakhstan is the largest economy in Central Asia.').kind, 'comparison');
    assert.equal(claimOf('“Trade will double by 2030,” said Finance Minister Erulan Zhamaubayev.').kind, 'quote');
  });

  it('explains each claim with cues, including the model', () => {
    const claim = claimOf('Bilateral trade surged 18.9 percent year on year to $17.67 billion.');
    assert.ok(claim.cues.includes('statistic (percentage): 18.9 percent'), claim.cues.join('; '));
    assert.ok(claim.cues.includes('statistic (money): $17.67 billion'), claim.cues.join('; '));
    assert.ok(claim.cues.some((c) => c.startsWith('model: check-worthiness')));
  });

  it('finds bylines in parentheses or italics, and only on a line of their own', () => {
    const cases: [string, string | null][] = [
      ['Body text.\n\n*Zhang Xiao is the Chinese Ambassador to Kazakhstan.*', 'Zhang Xiao'],
      ['Body text.\n\n_(Jane Doe is a professor of economics at Example University.)_', 'Jane Doe'],
      ['Body text.\n\nKazakhstan is the largest country in Central Asia.', null],
      ['He said (Zhang Xiao is the ambassador) in passing.', null],
    ];
    for (const [text, author] of cases) assert.equal(findByline(text)?.author.text ?? null, author, text);
  });

  it('takes forecasts about others as predictions, not a speaker\'s promises', () => {
    assert.equal(claimOf('The two countries will soon establish cultural centers in each other’s countries.').kind, 'prediction');
    assert.ok(claimOf('The company will open a factory in Almaty next year.').cues.some((c) => c.startsWith('rule: a forecast')));
    const promise = detectClaims('We will make this country great and strong again.');
    assert.ok(promise.every((c) => !c.cues.some((cue) => cue.startsWith('rule: a forecast'))));
  });

  it('flags no rhetoric, questions, exhortations or "By" lines', () => {
    for (const text of [
      'By setting sail together, we could brave a journey of ten thousand miles.',
      'Let us work together for a brighter tomorrow.',
      'Why would anyone doubt that?',
      'I think we can do better.',
      'By Zhang Xiao',
      'Body text here.',
      'Introduction',
      'China-Kazakhstan friendship has taken deep roots between the two peoples.',
    ]) {
      assert.deepEqual(detectClaims(text), [], text);
    }
  });
});
