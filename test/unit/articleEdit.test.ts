import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { detectClaims } from '../../src/core/claims';
import { articleHighlights, renderArticleBlocks, type ArticleFormat } from '../../src/core/render';
import { applyArticleEdit, articleEditOf, type ArticleMessage } from '../../src/protocol/messages';
import { SAMPLE_PARAGRAPHS } from '../support/sample';

const PARAGRAPHS = SAMPLE_PARAGRAPHS;
// Three copies, told apart, so that claims with the same text recur and their ids count occurrences.
const ARTICLE = [1, 2, 3].map((part) => PARAGRAPHS.map((p) => `${p} (Part ${part}.)`).join('\n\n')).join('\n\n');

function message(text: string, version: number, format: ArticleFormat = 'markdown', withBlocks = true): ArticleMessage {
  const claims = detectClaims(text);
  const base: ArticleMessage = { type: 'article', documentUri: 'file:///a.md', version, path: 'a.md', format, text, claims, notes: [], verdicts: ['verified'], problems: [] };
  return withBlocks ? { ...base, blocks: renderArticleBlocks(text, format, articleHighlights(claims, [])) } : base;
}

describe('Article edit messages: an edit is sent as the change to the last article message', () => {
  it('stands for exactly the article message it replaces, whatever the edit', () => {
    const pieces = fc.constantFrom('', ' ', '\n\n', 'Exports rose 41 percent in 2024, the ministry said. ', '$3 billion', '.', PARAGRAPHS[2] ?? '', '## Heading\n\n', '***\n');
    const edit = fc.tuple(fc.nat({ max: ARTICLE.length }), fc.nat({ max: 400 }), pieces, fc.constantFrom<ArticleFormat>('markdown', 'plaintext'), fc.boolean());
    fc.assert(
      fc.property(edit, ([at, removed, inserted, format, withBlocks]) => {
        const base = message(ARTICLE, 1, format, withBlocks);
        const next = message(ARTICLE.slice(0, at) + inserted + ARTICLE.slice(at + removed), 2, format, withBlocks);
        assert.deepStrictEqual(applyArticleEdit(base, articleEditOf(base, next)), next);
      }),
      { numRuns: 60, seed: 5 },
    );
  });

  it('sends only the claims and blocks of the paragraph an edit changed', () => {
    const base = message(ARTICLE, 1);
    const at = ARTICLE.indexOf(PARAGRAPHS[3] as string, ARTICLE.length / 2);
    const next = message(`${ARTICLE.slice(0, at)}Exports rose 41 percent in 2024, the ministry said. ${ARTICLE.slice(at)}`, 2);
    const edit = articleEditOf(base, next);
    assert.ok(edit.claims.middle.length <= 8, `${edit.claims.middle.length} of ${next.claims.length} claims sent`);
    assert.ok(next.claims.length > 60);
    assert.equal(edit.blocks?.middle.length, 1);
    assert.equal(edit.claims.head + edit.claims.middle.length + edit.claims.tail, next.claims.length);
  });

  it('sends every claim again when an edit changes the ids after it (a repeated sentence counts one more occurrence)', () => {
    const base = message(ARTICLE, 1);
    // A paragraph whose claims recur in every part: inserted first, it shifts every later copy's occurrence count.
    const repeated = PARAGRAPHS[5] as string;
    const next = message(`${repeated}\n\n${ARTICLE}`, 2);
    const edit = articleEditOf(base, next);
    assert.deepStrictEqual(applyArticleEdit(base, edit), next);
    const lastCopy = next.claims.map((claim) => repeated.includes(claim.text)).lastIndexOf(true);
    assert.ok(edit.claims.tail < next.claims.length - lastCopy, 'the last copy, whose id changed, is sent');
  });
});
