import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { detectClaims, findByline, type Claim } from '../../src/core/claims';

const SAMPLE = readFileSync(path.join(__dirname, '../../samples/china-kazakhstan-op-ed.txt'), 'utf8');
const claims = detectClaims(SAMPLE);

function covering(needle: string): Claim {
  const at = SAMPLE.indexOf(needle);
  assert.ok(at >= 0, `sample lacks ${needle}`);
  const claim = claims.find((c) => c.start <= at && c.end >= at + needle.length);
  assert.ok(claim, `no claim covers "${needle}"`);
  return claim;
}

describe('claims on the sample op-ed', () => {
  it('finds every statistic as a statistic', () => {
    const figures = ['18.9 percent', '$17.67 billion', '52 projects', '$21.2 billion', '6,195', 'five Confucius Institutes', '3,000 people', '19 pairs', '14 days'];
    for (const figure of figures) {
      const claim = covering(figure);
      assert.equal(claim.kind, 'statistic', figure);
      assert.ok(claim.cues.some((cue) => cue.startsWith('statistic')), `${figure}: ${claim.cues.join('; ')}`);
    }
  });

  it('finds the three attributions with their named source', () => {
    const expected: [string, string][] = [
      ['expressed its firm support for the one-China principle', 'Kazakhstan'],
      ['sent a verbal message', 'President Xi'],
      ['actively supports the Global Development Initiative', 'President Tokayev'],
    ];
    for (const [needle, source] of expected) {
      const claim = covering(needle);
      assert.equal(claim.kind, 'attribution', needle);
      assert.equal(claim.source?.text, source, needle);
    }
  });

  it('finds the predictions', () => {
    for (const needle of ['will deepen the two countries', 'will further strengthen communication']) {
      assert.equal(covering(needle).kind, 'prediction', needle);
    }
    // A clause of its own since claims are clause-level: the trade figure beside it stays a statistic.
    assert.equal(covering('the full-year figure is expected to reach a historic high').kind, 'prediction');
  });

  it('finds dated and specific events', () => {
    assert.equal(covering('decided to set up consulates general').kind, 'event');
    const flights = covering('This July, they resumed direct flights');
    assert.equal(flights.kind, 'event');
    assert.ok(flights.cues.some((c) => c.startsWith('event (date): This July')));
  });

  it('takes the closing affiliation as the byline source of the piece', () => {
    const line = '(Zhang Xiao is the Chinese Ambassador to Kazakhstan.)';
    const byline = findByline(SAMPLE);
    assert.equal(byline?.span.text, line);
    assert.equal(byline?.author.text, 'Zhang Xiao');
    const claim = covering(line);
    assert.equal(claim.source?.text, line);
    assert.ok(claim.cues.some((c) => c.includes('byline')));
  });

  it('does not flag rhetorical sentences', () => {
    for (const needle of ['By setting sail together, we could brave a journey of ten thousand miles.', 'China-Kazakhstan friendship has taken deep roots between the two peoples.']) {
      const at = SAMPLE.indexOf(needle);
      assert.ok(at >= 0);
      assert.equal(claims.filter((c) => c.start < at + needle.length && c.end > at).length, 0, needle);
    }
  });

  it('returns claims sorted, with exact offsets, unique ids and scores in [0, 1]', () => {
    assert.ok(claims.length >= 12);
    const ids = new Set(claims.map((c) => c.id));
    assert.equal(ids.size, claims.length);
    for (let i = 0; i < claims.length; i++) {
      const claim = claims[i];
      assert.ok(claim);
      if (i > 0) assert.ok((claims[i - 1]?.start ?? 0) <= claim.start);
      assert.equal(SAMPLE.slice(claim.start, claim.end), claim.text);
      if (claim.source) assert.equal(SAMPLE.slice(claim.source.start, claim.source.end), claim.source.text);
      assert.ok(claim.score >= 0 && claim.score <= 1);
    }
    assert.deepEqual(detectClaims(SAMPLE).map((c) => c.id), claims.map((c) => c.id));
  });

  it('gives no claims for empty or blank text', () => {
    assert.deepEqual(detectClaims(''), []);
    assert.deepEqual(detectClaims('   \n\n  \t'), []);
  });
});
