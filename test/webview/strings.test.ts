import * as assert from 'node:assert/strict';
import { WEBVIEW_STRINGS, type WebviewStringTable } from '../../src/protocol/webviewStrings';
import { articleMessage } from './fixtures';
import { closeBrowser, openWebview } from './page';

// A stand-in translation: every English template wrapped, placeholders kept, so any word left untranslated shows.
const PSEUDO = Object.fromEntries(
  Object.entries(WEBVIEW_STRINGS).map(([key, english]) => [key, `«${english}»`]),
) as unknown as WebviewStringTable;

describe('Webview in Chromium: its words come from the host', function () {
  this.timeout(60_000);
  after(closeBrowser);

  it('shows the table the host sends in the legend, the progress, the keyboard map and the note form', async () => {
    const view = await openWebview();
    await view.send(articleMessage(undefined, [], { strings: PSEUDO }));
    assert.match(await view.page.locator('#progress-text').innerText(), /^«0 of \d+ claims reviewed»/);
    assert.equal(await view.page.locator('#filter-unsourced').innerText(), '«Unsourced only»');
    assert.match(((await view.page.locator('#keyboard-map').textContent()) ?? '').replace(/\s+/g, ' '), /j \/ k ?«next \/ previous claim»/);
    await view.page.locator('#article').focus();
    await view.page.keyboard.press('j');
    await view.page.keyboard.press('n');
    assert.equal(await view.page.locator('form button[type="submit"]').first().innerText(), '«Save note»');
    await view.page.keyboard.press('Escape');
    await view.page.locator('mark.claim').first().click();
    assert.equal(await view.page.locator('button#add-note').innerText(), '«Add note»');
  });

  it('keeps English for anything the table lacks or gives as a non-string', async () => {
    const view = await openWebview();
    const partial = { unsourcedOnly: 'Sans source', progress: 42 } as unknown as WebviewStringTable;
    await view.send(articleMessage(undefined, [], { strings: partial }));
    assert.equal(await view.page.locator('#filter-unsourced').innerText(), 'Sans source');
    assert.match(await view.page.locator('#progress-text').innerText(), /^0 of \d+ claims reviewed/);
  });
});
