import { strict as assert } from 'node:assert';
import { renderArticle } from '../../src/core/render/article';
import type { Highlight } from '../../src/core/render/highlights';

const mark = (start: number, end: number, className = 'claim'): Highlight => ({ start, end, className, data: { 'claim-id': 'c1' } });

/** Every data-s piece must hold exactly the source text at its offset. */
function assertPiecesMatchSource(html: string, source: string): void {
  const decode = (s: string): string => s.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));
  const pieces = [...html.matchAll(/data-s="(\d+)"[^>]*>([^<]*)</g)];
  assert.ok(pieces.length > 0);
  for (const [, at, text] of pieces) {
    const content = decode(text ?? '');
    assert.equal(source.slice(Number(at), Number(at) + content.length), content);
  }
}

describe('article rendering', () => {
  it('renders plain text as paragraphs with source offsets', () => {
    const text = 'First line\nsecond line\n\nNext paragraph.';
    const html = renderArticle(text, 'plaintext', []);
    assert.equal((html.match(/<p>/g) ?? []).length, 2);
    assert.ok(html.includes('<br>'));
    assertPiecesMatchSource(html, text);
  });

  it('paints highlights as marks that cover exactly their range', () => {
    const text = 'Trade grew 18.9 percent last year.';
    const html = renderArticle(text, 'plaintext', [mark(11, 23)]);
    assert.match(html, /<mark class="claim" data-s="11" data-claim-id="c1">18\.9 percent<\/mark>/);
  });

  it('renders Markdown without raw HTML and keeps offsets for inline text', () => {
    const text = '# Title\n\nSome *emphasis* and <script>alert(1)</script> here.\n';
    const html = renderArticle(text, 'markdown', []);
    assert.ok(html.includes('<h1>'));
    assert.ok(html.includes('<em>'));
    assert.ok(!html.includes('<script>'));
    assertPiecesMatchSource(html, text);
  });

  it('splits overlapping highlights into pieces with both classes', () => {
    const text = 'abcdefghij';
    const html = renderArticle(text, 'plaintext', [mark(0, 6, 'a'), mark(3, 9, 'b')]);
    assert.match(html, /<mark class="a b" data-s="3"[^>]*>def<\/mark>/);
  });
});
