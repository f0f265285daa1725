import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { detectClaims, splitSentences, type Claim } from '../../src/core/claims';

const SAMPLE = readFileSync(path.join(__dirname, '../../samples/china-kazakhstan-op-ed.txt'), 'utf8');
const claims = detectClaims(SAMPLE);

/** The claims inside the sample sentence that starts with `opening`. */
function claimsOfSentence(opening: string): Claim[] {
  const sentence = splitSentences(SAMPLE).find((s) => s.text.startsWith(opening));
  assert.ok(sentence, `sample lacks ${opening}`);
  return claims.filter((c) => c.start >= sentence.start && c.end <= sentence.end);
}

const shape = (list: readonly Claim[]): [string, string, string | null][] => list.map((c) => [c.kind, c.text, c.source?.text ?? null]);

describe('claims: clauses inside sentences', () => {
  it('splits the trade figure from the full-year forecast', () => {
    assert.deepEqual(shape(claimsOfSentence('Bilateral trade between China and Kazakhstan surged')), [
      ['statistic', 'Bilateral trade between China and Kazakhstan surged 18.9 percent year on year to $17.67 billion in the first seven months of this year', null],
      ['prediction', 'the full-year figure is expected to reach a historic high.', null],
    ]);
  });

  it('splits the dated flights event from the 14-day visa-free stay', () => {
    const [flights, visa] = claimsOfSentence('This July, they resumed direct flights');
    assert.deepEqual(shape([flights as Claim, visa as Claim]), [
      ['event', 'This July, they resumed direct flights between each other', null],
      ['statistic', 'Chinese nationals can enter Kazakhstan for up to 14 days based on a new visa-free policy.', null],
    ]);
    assert.ok(flights?.cues.includes('rule: a dated event'), flights?.cues.join('; '));
    assert.ok(visa?.cues.includes('statistic (number): 14'), visa?.cues.join('; '));
    assert.ok(!visa?.cues.some((c) => c.includes('This July')), 'a clause carries only its own cues');
  });

  it('gives each attribution its own named source', () => {
    assert.deepEqual(shape(claimsOfSentence('China firmly supports Kazakhstan')), [
      ['attribution', 'China firmly supports Kazakhstan in safeguarding independence, sovereignty and territorial integrity', 'China'],
      ['attribution', 'Kazakhstan has openly and repeatedly expressed its firm support for the one-China principle.', 'Kazakhstan'],
    ]);
  });

  it('keeps the sentence score, exact offsets and unique ids on clause claims', () => {
    const pair = claimsOfSentence('Bilateral trade between China and Kazakhstan surged');
    assert.equal(pair[0]?.score, pair[1]?.score);
    for (const claim of pair) {
      assert.equal(SAMPLE.slice(claim.start, claim.end), claim.text);
      assert.ok(claim.cues.some((c) => c.startsWith('model: check-worthiness')));
    }
    assert.equal(new Set(claims.map((c) => c.id)).size, claims.length);
  });

  it('leaves every other sample sentence as one claim', () => {
    const split = splitSentences(SAMPLE).filter((s) => claims.filter((c) => c.start < s.end && c.end > s.start).length > 1);
    assert.deepEqual(
      split.map((s) => s.text.slice(0, 30)),
      ['China firmly supports Kazakhst', 'Bilateral trade between China ', 'This July, they resumed direct'],
    );
    for (const claim of claims) {
      const sentence = splitSentences(SAMPLE).find((s) => s.start <= claim.start && s.end >= claim.end);
      assert.ok(sentence, `claim ${claim.text} crosses a sentence`);
    }
  });

  it('gives a source that frames the sentence to every clause', () => {
    const framed = detectClaims('According to the customs office, exports rose 5 percent, and imports will fall next year.');
    assert.deepEqual(shape(framed), [
      ['statistic', 'According to the customs office, exports rose 5 percent', 'the customs office'],
      ['prediction', 'imports will fall next year.', 'the customs office'],
    ]);
    const trailing = detectClaims('Exports rose 5 percent, but imports fell 3 percent, according to the customs office.');
    assert.deepEqual(trailing.map((c) => c.source?.text), ['the customs office', 'the customs office']);
  });

  it('splits at "; ", ", while " and a bare " and " between clauses', () => {
    assert.deepEqual(detectClaims('Exports rose 5 percent; imports fell 3 percent.').map((c) => c.text), ['Exports rose 5 percent', 'imports fell 3 percent.']);
    assert.deepEqual(detectClaims('Exports rose 5 percent, while imports are expected to fall.').map((c) => c.kind), ['statistic', 'prediction']);
    assert.deepEqual(detectClaims('Trade rose 5 percent, and Tokayev said exports will double.').map((c) => [c.kind, c.source?.text ?? null]), [
      ['statistic', null],
      ['attribution', 'Tokayev'],
    ]);
  });

  it('does not split lists, ranges, quotations, reported speech or clauses without a cue of their own', () => {
    for (const text of [
      'The two countries have identified 52 projects in mining, energy, industry, commerce and transport.',
      'China built 40 roads, 12 bridges, and the newly opened airport in 2019.',
      'Prices rose between 5 and 10 percent in 2020.',
      'Exports grew 12 percent to between $5 billion and $7 billion in 2021.',
      'We have three hundred and two different programs administered by 11 agencies.',
      'The deal signed between China and Kazakhstan is worth $5 billion.',
      '“Trade rose 5 percent and exports will double next year,” the minister told reporters.',
      'The report, titled "Exports rose 5 percent and imports will fall", was published in 2020.',
      'Tokayev said trade rose 5 percent and exports fell 3 percent.',
      'Trade rose 5 percent, and exports fell 3 percent, the ministry said.',
      'Trade rose 5 percent and exports fell 3 percent, said Tokayev.',
      'The ministry confirmed that trade rose 5 percent and that exports fell 3 percent.',
      'The two countries are also seeing closer cooperation in education, and will soon establish 5 cultural centers.',
      'Trade rose 5 percent in 2021, and the two peoples have a long friendship.',
    ]) {
      const found = detectClaims(text);
      assert.equal(found.length, 1, `${text}: ${found.map((c) => c.text).join(' | ')}`);
      assert.equal(found[0]?.text, text);
    }
  });

  it('leaves ids of sentences that do not split as they were', () => {
    const alone = detectClaims('The two countries have decided to set up consulates general in Xi’an and Aktobe.');
    const after = detectClaims('Exports rose 5 percent; imports fell 3 percent. The two countries have decided to set up consulates general in Xi’an and Aktobe.');
    assert.equal(after.length, 3);
    assert.equal(after[2]?.id, alone[0]?.id);
  });
});
