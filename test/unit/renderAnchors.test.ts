import { strict as assert } from 'node:assert';
import { renderArticle, renderArticleBlocks, type ArticleBlock } from '../../src/core/render/article';
import type { Highlight } from '../../src/core/render/highlights';

const mark = (start: number, end: number): Highlight => ({ start, end, className: 'claim', data: { 'claim-id': 'c1' } });
const decode = (s: string): string => s.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));

/** In anchors mode the text right after each data-s, up to the next tag, is the source at that offset. */
function assertAnchorsMatchSource(html: string, source: string): void {
  const anchors = [...html.matchAll(/data-s="(\d+)"[^>]*>([^<]*)</g)];
  assert.ok(anchors.length > 0);
  for (const [, at, text] of anchors) {
    const content = decode(text ?? '');
    assert.equal(source.slice(Number(at), Number(at) + content.length), content);
  }
}

describe('article rendering for the webview (anchors mode)', () => {
  it('puts the offset on the paragraph and marks, not on every piece of text', () => {
    const text = 'Trade grew 18.9 percent last year.\nA second line.\n\nNext paragraph.';
    const html = renderArticle(text, 'plaintext', [mark(11, 23)], 'anchors');
    assert.equal(html, '<p data-s="0">Trade grew <mark class="claim" data-s="11" data-claim-id="c1">18.9 percent</mark> last year.<br><span data-s="35">A second line.</span></p>\n<p data-s="51">Next paragraph.</p>\n');
  });

  it('leaves a block that opens under a mark to the mark', () => {
    const html = renderArticle('18.9 percent more.', 'plaintext', [mark(0, 12)], 'anchors');
    assert.match(html, /^<p><mark class="claim" data-s="0"/);
  });

  it('anchors Markdown text that follows markup, and keeps exports unchanged', () => {
    const text = '## Title\n\nSome *emphasis* and [a link](https://example.org) here.\n\n- one\n- two 18.9 percent\n';
    const html = renderArticle(text, 'markdown', [mark(text.indexOf('18.9'), text.indexOf('18.9') + 12)], 'anchors');
    assertAnchorsMatchSource(html, text);
    assert.ok(html.includes('<h2 data-s="3">Title</h2>'));
    assert.ok(html.includes('<li data-s="'));
    assert.ok((html.match(/<span/g) ?? []).length < (renderArticle(text, 'markdown', []).match(/<span/g) ?? []).length);
  });

  it('keeps entities and escapes apart from the text around them, which keeps its offsets', () => {
    const text = 'Sales rose 4 percent.\nAT&amp;T grew 12 percent &mdash; a record \\*again\\*.\n';
    const html = renderArticle(text, 'markdown', [], 'anchors');
    assertAnchorsMatchSource(html, text);
    assert.equal((html.match(/<span class="unplaced">/g) ?? []).length, 4);
    assert.ok(html.includes(`data-s="${text.indexOf('T grew')}"`));
    assert.ok(html.includes(`data-s="${text.indexOf('again')}"`));
  });
});

/** Blocks' offsets made absolute again, joined: what renderArticle paints in one piece. */
function absolute(blocks: readonly ArticleBlock[]): string {
  return blocks.map((b) => b.html.replace(/ data-s="(\d+)"/g, (_, n: string) => ` data-s="${Number(n) + b.base}"`)).join('');
}

describe('article rendering by block, for repainting only what an edit changed', () => {
  const markdown = '# Trade\n\nTrade grew 18.9 percent.\n\n- 12 trains\n- 3 ports\n\n```\ncode 7\n```\n\n---\n\n> Imports fell 4 percent.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n';
  const plain = 'Trade grew 18.9 percent.\nA second line.\n\nImports fell 4 percent.\n\n\nThe end.';

  it('splits a plain-text article with Windows line endings, or lines of spaces, into its paragraphs', () => {
    const text = 'Trade grew 18.9 percent.\r\nA second line.\r\n\r\nImports fell 4 percent.\r\n   \r\nThe end.\r\n';
    const blocks = renderArticleBlocks(text, 'plaintext', []);
    assert.deepEqual(blocks.map((b) => b.base), [0, text.indexOf('Imports'), text.indexOf('The end')]);
    const html = renderArticle(text, 'plaintext', [], 'anchors');
    assert.equal((html.match(/<p/g) ?? []).length, 3);
    assert.equal((html.match(/<br>/g) ?? []).length, 1, 'the line break inside the first paragraph is kept');
    assertAnchorsMatchSource(html, text);
  });

  it('places Markdown text after old Mac line endings (a lone carriage return), which markdown-it counts as lines', () => {
    const text = 'Exports rose.\r\rImports fell 4 percent.\n\nPrices\r\n\r\nheld.';
    const blocks = renderArticleBlocks(text, 'markdown', []);
    assert.deepEqual(blocks.map((b) => b.base), [0, text.indexOf('Imports'), text.indexOf('Prices'), text.indexOf('held')]);
    const html = renderArticle(text, 'markdown', [], 'anchors');
    assert.ok(!html.includes('unplaced'), html);
    assertAnchorsMatchSource(html, text);
  });

  for (const [format, text] of [['markdown', markdown], ['plaintext', plain]] as const) {
    it(`paints the same ${format} article as renderArticle, one element per top-level block`, () => {
      const highlights = [mark(text.indexOf('18.9'), text.indexOf('18.9') + 12), mark(text.indexOf('4 percent'), text.indexOf('4 percent') + 9)];
      const blocks = renderArticleBlocks(text, format, highlights);
      assert.equal(absolute(blocks), renderArticle(text, format, highlights, 'anchors'));
      for (const block of blocks) assert.match(block.html, /^<(\w+)[ >][\s\S]*<\/\1>\n$|^<hr>\n$/);
      assert.equal(blocks.length, format === 'markdown' ? 7 : 3);
    });

    it(`gives a ${format} block that an edit before it only moved the same markup, at its new start`, () => {
      const lead = 'A new first paragraph with 3 figures.\n\n';
      const before = renderArticleBlocks(text, format, [mark(text.indexOf('4 percent'), text.indexOf('4 percent') + 9)]);
      const after = renderArticleBlocks(lead + text, format, [mark(lead.length + text.indexOf('4 percent'), lead.length + text.indexOf('4 percent') + 9)]);
      assert.equal(after.length, before.length + 1);
      assert.deepEqual(after.slice(1).map((b) => b.html), before.map((b) => b.html));
      assert.deepEqual(after.slice(1).map((b) => b.base), before.map((b) => b.base + lead.length));
    });
  }
});

