import * as assert from 'node:assert/strict';
import { SAMPLE_TEXT } from '../support/sample';
import { articleMessage } from './fixtures';
import { closeBrowser, openWebview } from './page';

// Long enough that off-screen blocks are laid out lazily (content-visibility), so pixels alone drift.
const LONG = Array.from({ length: 60 }, () => SAMPLE_TEXT).join('\n\n');

const FIRST_VISIBLE = `(() => {
  for (const el of document.querySelectorAll('#article [data-s]')) {
    const box = el.getBoundingClientRect();
    // data-s counts from the start of the block (data-b) it is in.
    const block = el.closest('[data-b]');
    if (box.bottom > 0 && box.height > 0) return { offset: Number(el.getAttribute('data-s')) + Number(block?.getAttribute('data-b') ?? 0), top: Math.round(box.top) };
  }
  return null;
})()`;

describe('Webview in Chromium: a long article comes back where the reader left it', function () {
  this.timeout(90_000);
  after(closeBrowser);

  it('shows the same text at the top after the panel is reloaded deep into a 300 KB article', async () => {
    const view = await openWebview({ width: 900, height: 700 });
    await view.send(articleMessage(LONG));
    await view.page.evaluate('window.scrollTo(0, 60000)');
    await view.page.waitForTimeout(400);
    const before = await view.page.evaluate<{ offset: number; top: number } | null>(FIRST_VISIBLE);
    assert.ok(before && before.offset > 0, 'something is at the top of the viewport');
    await view.page.reload();
    await view.send(articleMessage(LONG));
    await view.page.waitForTimeout(300);
    const after = await view.page.evaluate<{ offset: number; top: number } | null>(FIRST_VISIBLE);
    assert.equal(after?.offset, before.offset, 'the same passage is at the top');
    assert.ok(Math.abs((after?.top ?? 0) - before.top) <= 4, `within a few pixels (${before.top} then ${after?.top})`);
  });
});
