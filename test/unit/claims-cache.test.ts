import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { createClaimCache, detectClaims } from '../../src/core/claims';
import { ArticleClaims } from '../../src/extension/articleClaims';

const SAMPLE = readFileSync(path.join(__dirname, '../../samples/china-kazakhstan-op-ed.txt'), 'utf8');
const paragraphs = SAMPLE.split('\n\n');

describe('claims: detection again after edits (ClaimCache)', () => {
  it('gives exactly what detectClaims gives, over any sequence of edits', () => {
    const piece = fc.constantFrom(...paragraphs, 'Exports rose 5 percent in 2021.', '```\ncode. More code.\n```', '- a list item said Tokayev.', '# A heading', '', 'Mr. Smith said so.', 'The same sentence.');
    const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 3 }), insert: fc.array(piece, { maxLength: 3 }) });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
        const cache = createClaimCache();
        const blocks = [...paragraphs];
        for (const { at, remove, insert } of edits) {
          const where = blocks.length === 0 ? 0 : at % (blocks.length + 1);
          blocks.splice(where, remove, ...insert);
          const text = blocks.join('\n\n');
          assert.deepEqual(cache.detect(text), detectClaims(text));
          // Another view of the article asks for the same text after the same edit.
          if (at % 2 === 0) assert.deepEqual(cache.detect(text), detectClaims(text));
        }
      }),
      { numRuns: 60, seed: 11 },
    );
  });

  it('gives exactly what detectClaims gives over typing: characters inserted and removed anywhere', () => {
    const bits = ['x', ' ', '.', '\n', '\n\n', '```\n', '- ', '# ', 'Trade rose 5 percent in 2021.', '\n\nTrade rose 5 percent in 2021.\n\n', '(Zhang Xiao is the Chinese Ambassador to Kazakhstan.)', '"'];
    const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat({ max: 40 }), insert: fc.constantFrom(...bits, '') });
    const start = `${paragraphs.slice(0, 6).join('\n\n')}\n\nTrade rose 5 percent in 2021.\n\n${paragraphs.slice(-2).join('\n\n')}`;
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
        const cache = createClaimCache();
        let text = start;
        cache.detect(text);
        for (const { at, remove, insert } of edits) {
          const where = Math.floor(at * text.length);
          text = text.slice(0, where) + insert + text.slice(where + remove);
          assert.deepEqual(cache.detect(text), detectClaims(text));
        }
      }),
      { numRuns: 150, seed: 7 },
    );
  });

  it('analyses only the paragraph an edit changed', () => {
    const cache = createClaimCache();
    const first = cache.detect(SAMPLE);
    const total = cache.analysedBlocks;
    assert.ok(total > 5);
    const edited = SAMPLE.replace('surged 18.9 percent', 'surged 19.4 percent');
    const again = cache.detect(edited);
    // The edited paragraph, and the byline's, which depends on the whole text.
    assert.equal(cache.analysedBlocks, 2);
    assert.deepEqual(again, detectClaims(edited));
    assert.equal(again.length, first.length);
    assert.ok(again.some((claim) => claim.text.includes('19.4 percent')));
  });

  it('gives the claims it found for a text again, untouched by what an earlier caller did with its list', () => {
    const cache = createClaimCache();
    const first = cache.detect(SAMPLE);
    const expected = detectClaims(SAMPLE);
    first.reverse();
    first.length = 1;
    const again = cache.detect(`${SAMPLE}`);
    assert.deepEqual(again, expected);
    // The same claims, not claims built again: the annotator, the highlights and the Notes view all ask after an edit.
    const third = cache.detect(SAMPLE);
    assert.ok(third.every((claim, i) => claim === again[i]));
  });

  it('still finds a repeated paragraph by its text after one copy of it was edited away', () => {
    const [p, q, y] = [paragraphs[1], paragraphs[2], paragraphs[3]] as string[];
    const cache = createClaimCache();
    cache.detect([p, p, y].join('\n\n'));
    // The second copy of p becomes q; the first copy stays where it was.
    cache.detect([p, q, y].join('\n\n'));
    // Everything moves: only the new last paragraph needs analysing, p and q are known by their text.
    const moved = [q, p, q, `Z ${y}`].join('\n\n');
    const claims = cache.detect(moved);
    assert.equal(cache.analysedBlocks, 1);
    assert.deepEqual(claims, detectClaims(moved));
  });

  it('keeps claim ids counting repeated text across cached and new paragraphs', () => {
    const cache = createClaimCache();
    const text = 'Trade rose 5 percent in 2021.\n\nTrade rose 5 percent in 2021.';
    cache.detect(text);
    const longer = `${text}\n\nTrade rose 5 percent in 2021.`;
    const claims = cache.detect(longer);
    assert.equal(new Set(claims.map((claim) => claim.id)).size, 3);
    assert.deepEqual(claims, detectClaims(longer));
  });
});

describe('claims: the extension keeps one cache per article (ArticleClaims)', () => {
  it('detects as detectClaims does and keeps only the most recent articles', () => {
    const claims = new ArticleClaims(2);
    assert.deepEqual(claims.detect('a', SAMPLE), detectClaims(SAMPLE));
    claims.detect('b', 'Exports rose 5 percent in 2021.');
    claims.detect('c', 'Imports fell 3 percent in 2022.');
    assert.deepEqual(claims.articles, ['b', 'c']);
    claims.forget('b');
    assert.deepEqual(claims.articles, ['c']);
  });
});
