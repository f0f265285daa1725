import * as assert from 'node:assert/strict';
import type { NoteView } from '../../src/core/store/notes';
import { articleEditOf } from '../../src/protocol/messages';
import { SAMPLE_PARAGRAPHS } from '../support/sample';
import { articleMessage, DOC, notesFor } from './fixtures';
import { closeBrowser, openWebview, saveNoteOnSelection, selectInArticle } from './page';
import { fullPaint, NORMALISED } from './painted';

const PARAGRAPHS = SAMPLE_PARAGRAPHS;
// Paragraphs that differ from each other, so that an edit to one cannot be mistaken for another.
const ARTICLE = Array.from({ length: 6 }, (_, round) => PARAGRAPHS.map((p) => `${p} (Part ${round + 1}.)`).join('\n\n')).join('\n\n');

/** The article's block elements, wherever the chunks they sit in are (see src/webview/chunks.ts). */
const BLOCKS = '#article [data-b]';
/** Marks every block element of the article with its place; a rebuilt block loses the mark. */
const PROBE = `document.querySelectorAll('${BLOCKS}').forEach((el, i) => { el.dataset.probe = String(i); })`;
const UNPROBED = `[...document.querySelectorAll('${BLOCKS}')].filter((el) => el.dataset.probe === undefined).length`;

describe('Webview in Chromium: an edit repaints only the blocks it changed', function () {
  this.timeout(90_000);
  after(closeBrowser);

  for (const format of ['plaintext', 'markdown'] as const) {
    it(`keeps every other block of a ${format} article and paints the same article as a full repaint`, async () => {
      const view = await openWebview();
      await view.send(articleMessage(ARTICLE, [], { format }));
      const blocks = await view.page.evaluate<number>(`document.querySelectorAll('${BLOCKS}').length`);
      await view.page.evaluate(PROBE);
      const target = PARAGRAPHS[3] as string;
      const at = ARTICLE.indexOf(target, ARTICLE.length / 2);
      const edited = `${ARTICLE.slice(0, at)}Exports rose 41 percent in 2024, the ministry said. ${ARTICLE.slice(at)}`;
      await view.send(articleMessage(edited, [], { format }));
      assert.equal(await view.page.evaluate<number>(UNPROBED), 1, 'only the edited paragraph was rebuilt');
      assert.equal(await view.page.evaluate<number>(`document.querySelectorAll('${BLOCKS}').length`), blocks);
      const patched = await view.page.evaluate<string>(NORMALISED);
      assert.equal(patched, await fullPaint(view, edited, format));
    });
  }

  for (const format of ['plaintext', 'markdown'] as const) {
    it(`paints a ${format} article the host rendered exactly as it paints it itself`, async () => {
      const view = await openWebview();
      const notes = notesFor(ARTICLE, [{ id: 'urn:uuid:n1', quote: '(Part 3.)', content: { body: 'Check', verdict: 'verified' } }]);
      await view.send(articleMessage(ARTICLE, notes, { format }));
      const byHost = await view.page.evaluate<string>(NORMALISED);
      await view.page.reload();
      await view.send(articleMessage(ARTICLE, notes, { format, blocks: undefined }));
      assert.equal(byHost, await view.page.evaluate<string>(NORMALISED));
      assert.ok(byHost.includes('note-anchor') && byHost.includes('claim-source'), 'notes and sources are painted');
    });
  }

  it("paints the host's markup for an article message, and its own once a notes message changes the highlights", async () => {
    const view = await openWebview();
    const message = articleMessage(ARTICLE);
    const [first, ...rest] = message.blocks ?? [];
    assert.ok(first, 'the fixture renders as the host does');
    // Markup only the host's copy has: it shows only if the webview paints what the host sent.
    const marked = { ...first, html: first.html.replace('<p', '<p class="from-host"') };
    await view.send({ ...message, blocks: [marked, ...rest] });
    assert.equal(await view.page.locator('#article p.from-host').count(), 1);
    await view.send({ type: 'notes', documentUri: DOC, notes: notesFor(ARTICLE, [{ id: 'urn:uuid:n1', quote: '(Part 1.)', content: { body: 'First' } }]), problems: [] });
    assert.equal(await view.page.locator('#article p.from-host').count(), 0);
    assert.equal(await view.page.locator('#article mark.note-anchor').count(), 1);
  });

  it('paints the same article as a full repaint after a series of edits that add, remove and move paragraphs', async () => {
    const view = await openWebview();
    let text = ARTICLE;
    await view.send(articleMessage(text, [], { format: 'markdown' }));
    const edits: Array<(t: string) => string> = [
      (t) => `## A new heading\n\nIt cost $4 billion in 2021.\n\n${t}`,
      (t) => t.replace(`${PARAGRAPHS[2]} (Part 2.)\n\n`, ''),
      (t) => `${t}\n\n- 17 lines opened\n- 3 closed`,
      (t) => t.replace('(Part 4.)', '(Part 4, revised.)\n\n> A quoted 12 percent rise.'),
      (t) => t.replace(`${PARAGRAPHS[5]} (Part 5.)`, `${PARAGRAPHS[6]} (Part 5.)`),
    ];
    for (const edit of edits) {
      text = edit(text);
      await view.send(articleMessage(text, [], { format: 'markdown' }));
    }
    const patched = await view.page.evaluate<string>(NORMALISED);
    assert.equal(patched, await fullPaint(view, text, 'markdown'));
  });

  it('marks the claims of the rebuilt block as a full repaint does, with a kind hidden and claims reviewed', async () => {
    const view = await openWebview();
    const reviewedQuotes = [`${PARAGRAPHS[1]?.slice(0, 30) ?? ''}`, '(Part 5.)'];
    const notesOn = (text: string): NoteView[] => notesFor(text, reviewedQuotes.map((quote, i) => ({ id: `urn:uuid:r${i}`, quote, content: { verdict: 'verified' } })));
    await view.send(articleMessage(ARTICLE, notesOn(ARTICLE), { format: 'markdown' }));
    await view.page.locator('button.legend[data-kind="statistic"]').click();
    await view.page.evaluate(PROBE);
    const at = ARTICLE.indexOf(PARAGRAPHS[3] as string, ARTICLE.length / 2);
    const edited = `${ARTICLE.slice(0, at)}Exports rose 41 percent in 2024, the ministry said. ${ARTICLE.slice(at)}`;
    await view.send(articleMessage(edited, notesOn(edited), { format: 'markdown' }));
    assert.equal(await view.page.evaluate<number>(UNPROBED), 1, 'only the edited paragraph was rebuilt');
    const patched = await view.page.evaluate<string>(NORMALISED);
    assert.ok(patched.includes('muted') && patched.includes('reviewed'), 'the fixture hides and reviews claims');
    assert.equal(patched, await fullPaint(view, edited, 'markdown', notesOn(edited)));
  });

  it('marks a claim that runs across a thematic break as a full repaint does when one side is rebuilt', async () => {
    const view = await openWebview();
    // One sentence to the claim rules (a lone "***" line does not end a block for them); three blocks to markdown-it.
    const text = `${ARTICLE}\n\nExports to the bloc rose 41 percent\n***\nto $3 billion in 2024, the ministry said.`;
    await view.send(articleMessage(text, [], { format: 'markdown' }));
    const spanning = await view.page.evaluate<number>(`new Set([...document.querySelectorAll('${BLOCKS}')].filter((b) => b.textContent.includes('41 percent') || b.textContent.includes('$3 billion')).flatMap((b) => [...b.querySelectorAll('mark.claim')].map((m) => m.dataset.claimId))).size`);
    assert.equal(spanning, 1, 'one claim is painted on both sides of the break');
    // A note on the far side rebuilds that block only; the claim's first piece stays on the near side.
    const notes = notesFor(text, [{ id: 'urn:uuid:far', quote: 'to $3 billion', content: { body: 'Check the total' } }]);
    await view.send({ type: 'notes', documentUri: DOC, notes, problems: [] });
    const patched = await view.page.evaluate<string>(NORMALISED);
    assert.equal(patched, await fullPaint(view, text, 'markdown', notes));
  });

  it('marks a claim reviewed when its note is given a verdict, though no highlight moved', async () => {
    const view = await openWebview();
    const quote = (PARAGRAPHS[1] as string).slice(0, 30);
    const note = (verdict: string | null): NoteView[] => notesFor(ARTICLE, [{ id: 'urn:uuid:v1', quote, content: { verdict } }]);
    await view.send(articleMessage(ARTICLE, note(null), { format: 'markdown' }));
    assert.equal(await view.page.locator('mark.claim.reviewed').count(), 0);
    await view.send({ type: 'notes', documentUri: DOC, notes: note('verified'), problems: [] });
    assert.ok((await view.page.locator('mark.claim.reviewed').count()) > 0, 'the claim under the note is reviewed');
    assert.equal(await view.page.evaluate<string>(NORMALISED), await fullPaint(view, ARTICLE, 'markdown', note('verified')));
  });

  it('shows an edit message as the article message it stands for, and asks for the whole article when it cannot', async () => {
    const view = await openWebview();
    const base = articleMessage(ARTICLE, [], { format: 'markdown' });
    await view.send(base);
    await view.page.evaluate(PROBE);
    const at = ARTICLE.indexOf(PARAGRAPHS[3] as string, ARTICLE.length / 2);
    const edited = `${ARTICLE.slice(0, at)}Exports rose 41 percent in 2024, the ministry said. ${ARTICLE.slice(at)}`;
    const edit = articleEditOf(base, { ...articleMessage(edited, [], { format: 'markdown' }), version: base.version + 1 });
    assert.ok(edit.claims.middle.length < 10 && edit.blocks?.middle.length === 1, 'the message carries only the edited paragraph');
    await view.send(edit);
    assert.equal(await view.page.evaluate<number>(UNPROBED), 1, 'only the edited paragraph was rebuilt');
    assert.equal(await view.page.evaluate<string>(NORMALISED), await fullPaint(view, edited, 'markdown'));

    // After the reload above the webview shows version 1: an edit of version 7 cannot be applied.
    const before = await view.page.evaluate<string>(NORMALISED);
    await view.send({ ...edit, baseVersion: 7 });
    assert.deepEqual(await view.posted(), [{ type: 'ready' }, { type: 'ready' }]);
    assert.equal(await view.page.evaluate<string>(NORMALISED), before);
  });

  it('saves a note selected after an edit that moved every later block at its new place in the file', async () => {
    const view = await openWebview();
    await view.send(articleMessage(ARTICLE));
    const edited = `Breaking: 12 ministers met on Monday.\n\n${ARTICLE}`;
    await view.send(articleMessage(edited, notesFor(edited, [{ id: 'urn:uuid:n1', quote: '(Part 6.)', content: { body: 'Last part' } }])));
    const quote = PARAGRAPHS[4]?.slice(0, 40) as string;
    // The copy in part 6, the last in the article: every block before it moved.
    const start = edited.lastIndexOf(quote);
    assert.ok(start > edited.lastIndexOf('(Part 5.)'));
    await selectInArticle(view.page, quote, 'last');
    assert.deepEqual(await saveNoteOnSelection(view), { start, end: start + quote.length });
  });
});
