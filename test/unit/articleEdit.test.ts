import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { detectClaims } from '../../src/core/claims';
import { articleHighlights, renderArticleBlocks, type ArticleFormat } from '../../src/core/render';
import { applyNotesEdit, diffNotes } from '../../src/core/render/listEdit';
import { applyTextEdit, diffText } from '../../src/core/render/textEdit';
import type { NoteView } from '../../src/core/store/notes';
import { applyArticleEdit, articleEditOf, type ArticleMessage } from '../../src/protocol/messages';
import { SAMPLE_PARAGRAPHS } from '../support/sample';

const PARAGRAPHS = SAMPLE_PARAGRAPHS;
// Three copies, told apart, so that claims with the same text recur and their ids count occurrences.
const ARTICLE = [1, 2, 3].map((part) => PARAGRAPHS.map((p) => `${p} (Part ${part}.)`).join('\n\n')).join('\n\n');

const NOTE: Required<NoteView> = {
  id: 'n1', status: 'anchored', start: 10, end: 20, quote: 'exports rose', currentText: null, reason: 'exact match', body: 'Check it.',
  tags: ['trade'], verdict: 'verified', evidence: ['https://example.org'], creator: 'ana', created: '2026-12-01T10:00:00Z', modified: '2026-12-01T10:00:00Z',
};

/** A note on about a third of the claims, chosen by id so that an edit elsewhere keeps them, as notes placed on the article. */
function notesOn(claims: readonly { id: string; start: number; end: number; text: string }[]): NoteView[] {
  return claims.filter((claim) => claim.id.charCodeAt(claim.id.length - 1) % 3 === 0).map((claim) => ({ ...NOTE, id: claim.id, start: claim.start, end: claim.end, quote: claim.text }));
}

function message(text: string, version: number, format: ArticleFormat = 'markdown', withBlocks = true): ArticleMessage {
  const claims = detectClaims(text);
  const base: ArticleMessage = { type: 'article', documentUri: 'file:///a.md', version, path: 'a.md', format, text, claims, notes: notesOn(claims), verdicts: ['verified'], problems: [] };
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
    // The text too: a long article's message would otherwise carry all of it on every keystroke.
    assert.deepStrictEqual(edit.text, { start: at, end: at, insert: 'Exports rose 41 percent in 2024, the ministry said. ' });
    assert.ok(JSON.stringify(edit).length < ARTICLE.length / 4, `${JSON.stringify(edit).length} characters sent for an article of ${ARTICLE.length}`);
  });

  it('sends only the notes an edit changed or moved out of step, and a change to any field of a note', () => {
    const base = message(ARTICLE, 1);
    const at = ARTICLE.indexOf(PARAGRAPHS[3] as string, ARTICLE.length / 2);
    const next = message(`${ARTICLE.slice(0, at)}Exports rose 41 percent in 2024, the ministry said. ${ARTICLE.slice(at)}`, 2);
    const edit = articleEditOf(base, next);
    assert.ok(edit.notes.middle.length <= 4 && next.notes.length > 20, `${edit.notes.middle.length} of ${next.notes.length} notes sent`);
    for (const key of Object.keys(NOTE) as (keyof NoteView)[]) {
      const value = NOTE[key];
      const changed = { ...NOTE, [key]: Array.isArray(value) ? [...value, 'x'] : typeof value === 'number' ? value + 1 : `${String(value)}x` };
      assert.deepStrictEqual(applyNotesEdit([NOTE], diffNotes([NOTE], [changed], 0)), [changed], key);
      assert.equal(diffNotes([NOTE], [changed], 0).middle.length, 1, key);
    }
  });

  it('sends a text as the one stretch an edit replaced, across the chunks it is compared by', () => {
    // Texts longer than a compared chunk (4,096 characters), edited anywhere, surrogate pairs split or not.
    const long = fc.array(fc.constantFrom('a', 'b', 'é', '😀', ' ', '\n'), { minLength: 0, maxLength: 9000 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(long, fc.nat(), fc.nat({ max: 5000 }), fc.string({ maxLength: 20 }), (text, at, removed, inserted) => {
        const start = at % (text.length + 1);
        const edited = text.slice(0, start) + inserted + text.slice(start + removed);
        const edit = diffText(text, edited);
        assert.equal(applyTextEdit(text, edit), edited);
        // The stretch is no longer than the edit: what both texts share at either end is not sent.
        assert.ok(edit.insert.length <= inserted.length && edit.end - edit.start <= Math.min(removed, text.length - start));
      }),
      { numRuns: 300, seed: 3 },
    );
    assert.deepStrictEqual(diffText(ARTICLE, ARTICLE), { start: ARTICLE.length, end: ARTICLE.length, insert: '' });
    // One character changed on either side of each chunk boundary, counted from the start and from the end.
    const text = 'abcdefghij'.repeat(1000);
    for (const offset of [4095, 4096, 4097, 8191, 8192, 8193]) {
      for (const at of [offset, text.length - 1 - offset]) {
        const edited = `${text.slice(0, at)}#${text.slice(at + 1)}`;
        assert.deepStrictEqual(diffText(text, edited), { start: at, end: at + 1, insert: '#' }, `at ${at}`);
      }
    }
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
