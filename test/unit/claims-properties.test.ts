import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { CLAIM_KINDS, detectClaims, findByline, splitSentences } from '../../src/core/claims';
import { findCues } from '../../src/core/claims/cues';
import { findSource, patternTokens, plainMarks, plainTokens } from '../../src/core/claims/sources';
import { featurize, wordTokens } from '../../src/core/claims/features';
import { analyseSentence, triggerMask } from '../../src/core/claims/detect';
import { decodeBase64, loadModel, type ModelFile } from '../../src/core/claims/model';
import weights from '../../src/core/claims/model-weights.json';
import { claimId, fnv1a, fnv1aRange } from '../../src/core/claims/hash';
import { twoDecimals } from '../../src/core/claims/policy';

const SAMPLE = readFileSync(path.join(__dirname, '../../samples/china-kazakhstan-op-ed.txt'), 'utf8');

// Text built from pieces that stress the rules: abbreviations, figures, quotes, markers, astral characters.
const piece = fc.constantFrom(
  'Mr. ', 'U.S. ', 'J. K. ', '18.9 percent ', '$17.67 billion ', '6,195 ', 'said ', 'according to the office, ',
  '“', '”', '"', '(', ')', '. ', '? ', '! ', '... ', '\n', '\n\n', '- ', '1. ', '# ', 'will ', 'Tokayev ', 'the ',
  'record ', 'because ', '😀', '\uFEFF', '\r\n', '\t', 'é', 'In January ', 'we could ',
  // Joints and clause openings, so that sentences split into clause claims too.
  ', and ', ' and ', '; ', ', while ', 'exports fell ', 'Kazakhstan has ', 'they resumed ', 'between each other ',
);
const article = fc.oneof(fc.string({ maxLength: 300 }), fc.array(fc.oneof(piece, fc.string({ maxLength: 8 })), { maxLength: 60 }).map((p) => p.join('')));

describe('claims: invariants on any text', () => {
  it('every sentence, claim and source slices exactly, in order and without overlap', () => {
    fc.assert(
      fc.property(article, (text) => {
        let previousEnd = 0;
        for (const [i, s] of splitSentences(text).entries()) {
          assert.equal(s.index, i);
          assert.ok(s.start >= previousEnd && s.end > s.start);
          assert.equal(text.slice(s.start, s.end), s.text);
          previousEnd = s.end;
        }
        previousEnd = 0;
        const ids = new Set<string>();
        const sentences = splitSentences(text);
        for (const claim of detectClaims(text)) {
          assert.ok(claim.start >= previousEnd && claim.end > claim.start);
          assert.ok(sentences.some((s) => s.start <= claim.start && s.end >= claim.end), 'a claim lies inside one sentence');
          assert.equal(text.slice(claim.start, claim.end), claim.text);
          if (claim.source) assert.equal(text.slice(claim.source.start, claim.source.end), claim.source.text);
          assert.ok((CLAIM_KINDS as readonly string[]).includes(claim.kind));
          assert.ok(claim.score >= 0 && claim.score <= 1);
          assert.ok(!ids.has(claim.id));
          ids.add(claim.id);
          previousEnd = claim.end;
        }
      }),
      { numRuns: 400, seed: 42 },
    );
  });

  it('finds the byline by opened lines exactly as by searching every line start', () => {
    // A last line holding only a line separator changes no byline, but sends findByline down its search of every line start.
    const same = (text: string): void => assert.deepEqual(findByline(text), findByline(`${text}\n\u2028`), JSON.stringify(text));
    same(SAMPLE);
    const line = fc
      .tuple(fc.constantFrom('', '(', '*', '_', '  (', '\t_', '**', 'x '), fc.constantFrom('Zhang Xiao', 'Ann', 'Mary O’Neil Smith'), fc.constantFrom(' is the ', ' was a ', ' serves as ', ' is ', ' runs the '), fc.constantFrom('head of the institute', 'ambassador to Kazakhstan.', 'x', 'poet (ret.)'), fc.constantFrom('', ')', '_', '*', '.)  ', ' ('))
      .map((p) => p.join(''));
    const lines = fc.array(fc.oneof(line, fc.string({ maxLength: 6 })), { maxLength: 8 });
    fc.assert(fc.property(lines, fc.constantFrom('\n', '\n\n', '\n \n'), (l, joint) => same(l.join(joint))), { numRuns: 1000, seed: 11 });
  });

  it('skipping patterns by trigger words never loses a cue or a source', () => {
    const same = (text: string): void => {
      const mask = triggerMask(wordTokens(text));
      assert.deepEqual(findCues(text, mask.cues), findCues(text), text);
      assert.deepEqual(findSource(text, mask.sources), findSource(text), text);
    };
    for (const s of splitSentences(SAMPLE)) same(s.text);
    const words = fc.constantFrom(
      'won', "won't", 'May', 'maybe', 'records', 'record', 'a record high', 'this week', 'this weekend', "last year's",
      'yesterday', "yesterday's", 'rose', 'five', 'will', 'the will', 'because of', 'set up', 'took place', 'more than',
      'bigger', 'in 2019', 'on Monday', 'expected to', 'is likely to', 'led to', 'as a result of', 'As a result', '“quoted words here”', 'the largest', 'according to', 'data from', 'Tokayev said', 'said Tokayev', 'criticised', 'criticized', 'sent a message',
    );
    fc.assert(fc.property(fc.array(fc.oneof(words, fc.string({ maxLength: 6 })), { maxLength: 20 }), (parts) => same(parts.join(' '))), { numRuns: 500, seed: 7 });
  });

  it('scores exactly as training features the sentence', () => {
    const file = weights as ModelFile;
    const bytes = decodeBase64(file.weights);
    const model = loadModel(file);
    const sentences = [...splitSentences(SAMPLE), ...splitSentences('Trade trade TRADE rose 5% in 2019, 2020 and 2021. We will. The the the.')];
    for (const sentence of sentences) {
      const analysis = analyseSentence(sentence);
      let z = file.bias;
      for (const bucket of featurize(analysis, file.config)) if (bucket !== 0) z += (((bytes[bucket] ?? 0) << 24) >> 24) * file.scale;
      assert.ok(Math.abs(model.score(analysis).probability - 1 / (1 + Math.exp(-z))) < 1e-6, sentence.text);
    }
  });

  it('ids depend on the claim text and its occurrence, not on where the text moved', () => {
    const before = detectClaims(SAMPLE).map((c) => c.id);
    const after = detectClaims(`A new first line.\n\n${SAMPLE}`).map((c) => c.id);
    for (const id of before) assert.ok(after.includes(id));
    const twice = detectClaims('Trade rose 5 percent.\n\nTrade rose 5 percent.');
    assert.equal(twice.length, 2);
    assert.notEqual(twice[0]?.id, twice[1]?.id);
  });
});

describe('claims: fast paths that must spell what the plain code spells', () => {
  it('spells a probability as toFixed(2) does, ties included', () => {
    const ties = fc.integer({ min: 0, max: 99 }).map((n) => (n + 0.5) / 100);
    fc.assert(fc.property(fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), ties), (p) => assert.equal(twoDecimals(p), p.toFixed(2))), { numRuns: 5000 });
  });

  it('tokenises a source window as the Unicode word pattern does', () => {
    const char = fc.constantFrom(...'aZ09 \t\n\u00a0\u2009.,-\'’“”‘–—…€£¥«»°·$%()?!;:_é😀'.split(''), 'é', '\ud83d');
    fc.assert(
      fc.property(fc.oneof(fc.array(char, { maxLength: 40 }).map((c) => c.join('')), fc.string({ maxLength: 40 })), fc.nat({ max: 500 }), (text, offset) => {
        if (plainMarks(text)) assert.deepEqual(plainTokens(text, offset), patternTokens(text, offset));
      }),
      { numRuns: 3000 },
    );
    assert.equal(plainMarks('Le président a dit'), false);
  });

  it('hashes a slice in place and makes ids from the separator and the occurrence', () => {
    fc.assert(
      fc.property(fc.string(), fc.nat(), fc.nat(), fc.nat({ max: 100_000 }), (text, a, b, occurrence) => {
        const start = Math.min(a, b) % (text.length + 1);
        const end = Math.max(start, Math.max(a, b) % (text.length + 1));
        const hash = fnv1a(text.slice(start, end));
        assert.equal(fnv1aRange(text, start, end), hash);
        assert.equal(claimId(hash, occurrence), `c${fnv1a(`\u241f${occurrence}`, hash).toString(16).padStart(8, '0')}`);
      }),
    );
  });
});

describe('claims: speed and size', () => {
  it('handles 1 MB articles and pathological text in linear time', function () {
    this.timeout(60_000);
    let big = '';
    while (big.length < 1_000_000) big += `${SAMPLE}\n\n`;
    detectClaims(SAMPLE);
    const inputs = [
      big, 'word '.repeat(200_000), 'U.S. '.repeat(200_000), '1,234.5 '.repeat(125_000), '\n'.repeat(1_000_000), '“'.repeat(500_000),
      'bigger than '.repeat(80_000), 'Tokayev said '.repeat(80_000), 'May '.repeat(250_000), '- a\n'.repeat(250_000), 'x'.repeat(1_000_000),
    ];
    for (const text of inputs) {
      const started = performance.now();
      const claims = detectClaims(text);
      const elapsed = performance.now() - started;
      assert.ok(Array.isArray(claims));
      // Generous for loaded CI machines; about 0.3 s on an idle one.
      assert.ok(elapsed < 5000, `${elapsed.toFixed(0)} ms for ${text.slice(0, 12)}...`);
    }
  });

  it('ships small weights with the ClaimBuster attribution', () => {
    const file = path.join(__dirname, '../../src/core/claims/model-weights.json');
    assert.ok(readFileSync(file).length < 150_000);
    assert.match(weights.attribution, /ClaimBuster.*CC BY 4\.0.*Arslan, Hassan, Li, Tremayne.*ICWSM 2020.*3609356/);
  });

  it('npm run train:claims reproduces the shipped weights byte for byte', async function () {
    const data = path.resolve(__dirname, '../../../shared/data/claimbuster-crowdsourced.jsonl');
    if (!existsSync(data) && process.env.CLAIMS_DATA_DIR === undefined) this.skip();
    this.timeout(120_000);
    const { train, serialise } = await import('../../scripts/claims/train');
    assert.equal(serialise(train()), readFileSync(path.join(__dirname, '../../src/core/claims/model-weights.json'), 'utf8'));
  });
});
