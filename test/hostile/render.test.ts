import * as assert from 'node:assert/strict';
import { renderArticle } from '../../src/core/render/article';
import { HTML_PAYLOADS, MARKDOWN_PAYLOADS } from './payloads';

describe('Hostile article text in the renderer (core, no browser)', () => {
  it('never emits an image, a script or a non-web link for a Markdown article', () => {
    const html = renderArticle([...HTML_PAYLOADS, ...MARKDOWN_PAYLOADS].join('\n\n'), 'markdown', []);
    assert.doesNotMatch(html, /<(img|script|iframe|svg|style|object|embed|link|meta|base|form)\b/i);
    assert.doesNotMatch(html, /<[^>]*\son\w+=/i);
    for (const href of html.matchAll(/href="([^"]*)"/g)) assert.match(href[1] ?? '', /^(https?:|mailto:)/);
    assert.ok(html.includes('tracking pixel'), 'an image shows its alt text');
  });

  it('escapes every HTML payload of a plain-text article', () => {
    const html = renderArticle(HTML_PAYLOADS.join('\n\n'), 'plaintext', []);
    assert.doesNotMatch(html, /<(?!\/?(p|br|span)\b)/);
  });
});
