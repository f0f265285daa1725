import * as assert from 'node:assert/strict';
import type { ArticleMessage } from '../../src/protocol/messages';
import type { NoteView } from '../../src/core/store/notes';
import { articleMessage, notesFor } from '../webview/fixtures';
import { HTML_PAYLOADS, MARKDOWN_PAYLOADS, naughtyStrings } from './payloads';
import { activeContent, assertNothingHappened, closeHostileBrowser, openHostilePage, type HostilePage } from './webviewPage';

const LEAD = 'Exports grew 12 percent in 2023, the ministry said.';
const HOSTILE = [...HTML_PAYLOADS, ...MARKDOWN_PAYLOADS];

/** Whitespace collapsed and NUL dropped: how text comes out of the DOM, not what it says. */
function normalise(text: string): string {
  return text.replace(/\u0000/g, '\uFFFD').replace(/\s+/g, ' ').trim();
}

/** Strings Markdown leaves as they are: no syntax characters, no entities, no leading list or heading marks. */
function markdownInert(text: string): boolean {
  return !/[\\`*_[\]()#+\-.!<>|~=&:{}"'\d]/.test(text) && !/^\s/.test(text);
}

/** Who renders the article: the host (ArticleMessage.blocks, up to HOST_RENDER_LIMIT) or the webview itself. */
type Renderer = 'host' | 'webview';

function article(text: string, format: ArticleMessage['format'], notes: readonly NoteView[] = [], renderer: Renderer = 'host'): ArticleMessage {
  const rendering = renderer === 'webview' ? { blocks: undefined } : {};
  return articleMessage(text, notes, { format, path: format === 'markdown' ? 'hostile.md' : 'hostile.txt', ...rendering });
}

async function displayed(view: HostilePage, selector: string): Promise<string> {
  return normalise(await view.page.locator(selector).evaluate((el) => (el as HTMLElement).innerText));
}

describe('Hostile input in the webview (Chromium, the CSP webviewHtml sends)', function () {
  this.timeout(120_000);
  let view: HostilePage;
  beforeEach(async () => {
    view = await openHostilePage();
  });
  afterEach(async () => view.close());
  after(closeHostileBrowser);

  it('the check itself catches a script that ran, an attempted request and a dialog', async () => {
    await view.page.evaluate('window.__pwned = "test"');
    await assert.rejects(assertNothingHappened(view), /hostile code ran/);
    for (const act of [`fetch('https://tracker.test/x').catch(() => {})`, 'alert(1)']) {
      const fresh = await openHostilePage();
      try {
        await fresh.page.evaluate(act);
        await assert.rejects(assertNothingHappened(fresh), /CSP violation|dialog/);
      } finally {
        await fresh.close();
      }
    }
  });

  for (const [format, renderer] of [['plaintext', 'host'], ['markdown', 'host'], ['plaintext', 'webview'], ['markdown', 'webview']] as const) {
    it(`shows a ${format} article (rendered by the ${renderer}) of script, handler, SVG, CSS and link payloads as inert text`, async () => {
      const text = [LEAD, ...HOSTILE].join('\n\n');
      await view.send(article(text, format, [], renderer));
      assert.ok((await view.page.locator('mark.claim').count()) > 0, 'the article rendered with its claims');
      await assertNothingHappened(view);
      assert.deepEqual(await activeContent(view.page, '#article'), []);
      const shown = await displayed(view, '#article');
      const expected = format === 'plaintext' ? HOSTILE : HTML_PAYLOADS.filter((p) => !/[_`*\\[]/.test(p));
      for (const payload of expected) assert.ok(shown.includes(normalise(payload)), `not displayed: ${payload}`);
    });
  }

  it('never lets a link in the article or a note navigate: every click only asks the host', async () => {
    const text = [LEAD, ...MARKDOWN_PAYLOADS, '[fine](https://example.org/ok) <mailto:desk@example.org>'].join('\n\n');
    const notes = notesFor(text, [{ quote: 'Exports grew 12 percent', content: { body: MARKDOWN_PAYLOADS.join('\n\n'), evidence: ['https://example.org/evidence'] } }]);
    await view.send(article(text, 'markdown', notes));
    const links = view.page.locator('#article a, #notes a');
    const count = await links.count();
    assert.ok(count >= 3, `links rendered: ${count}`);
    for (let i = 0; i < count; i++) {
      await links.nth(i).click();
      await links.nth(i).click({ button: 'middle' });
    }
    await assertNothingHappened(view);
    const asked = (await view.posted()).filter((m) => m['type'] === 'openLink').map((m) => String(m['href']));
    assert.equal(asked.length, count * 2, 'each click and middle click became one openLink message');
    assert.ok(asked.includes('https://example.org/ok') && asked.includes('mailto:desk@example.org'));
    assert.ok(asked.every((href) => /^(https?:|mailto:)/i.test(href)), `only web and mail links are offered: ${asked.join(' ')}`);
  });

  it('shows hostile note bodies, tags, authors and evidence in the margin as inert text', async () => {
    const text = [LEAD, 'Imports fell 3 percent in 2024, customs data show.'].join('\n\n');
    const notes = notesFor(text, [
      { quote: 'Exports grew 12 percent', content: { body: HOSTILE.join('\n\n'), tags: HTML_PAYLOADS.slice(0, 3), verdict: HTML_PAYLOADS[1] ?? null } },
      { quote: 'Imports fell 3 percent', content: { body: 'see evidence', evidence: ['javascript:window.__pwned="evidence"', 'data:text/html,<script>alert(1)</script>', 'command:workbench.action.terminal.new'] } },
    ]).map((note) => ({ ...note, creator: HTML_PAYLOADS[0] as string }));
    await view.send(article(text, 'plaintext', notes));
    await assertNothingHappened(view);
    assert.deepEqual(await activeContent(view.page, '#notes'), []);
    const shown = await displayed(view, '#notes');
    for (const payload of [...HTML_PAYLOADS.slice(0, 3), HTML_PAYLOADS[0] as string]) assert.ok(shown.includes(normalise(payload)), `not displayed: ${payload}`);
    assert.ok(shown.includes('javascript:window.__pwned="evidence"'), 'a refused evidence link is still shown as text');
  });

  it('previews hostile note text in the note form without running or loading any of it', async () => {
    await view.send(article(LEAD, 'plaintext'));
    await view.page.evaluate(`(() => {
      const text = document.querySelector('#article [data-s]').firstChild;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, 12);
      document.getSelection().addRange(range);
    })()`);
    await view.page.locator('button#add-note').click();
    const naughty = naughtyStrings();
    await view.page.locator('textarea#note-body').fill([...HOSTILE, ...naughty].join('\n\n'));
    await view.page.locator('#note-preview-toggle').click();
    await assertNothingHappened(view);
    assert.deepEqual(await activeContent(view.page, '#note-preview'), []);
    const shown = await displayed(view, '#note-preview');
    for (const s of naughty.filter(markdownInert)) assert.ok(shown.includes(normalise(s)), `not displayed: ${JSON.stringify(s)}`);
  });

  for (const renderer of ['host', 'webview'] as const) {
    it(`displays every naughty string of a .txt article (rendered by the ${renderer}) exactly, and runs none of them`, async () => {
      const naughty = naughtyStrings();
      await view.send(article([LEAD, ...naughty].join('\n\n'), 'plaintext', [], renderer));
      await assertNothingHappened(view);
      assert.deepEqual(await activeContent(view.page, '#article'), []);
      const shown = await displayed(view, '#article');
      const missing = naughty.filter((s) => !shown.includes(normalise(s)));
      assert.deepEqual(missing, []);
    });

    it(`renders the naughty strings as a .md article (rendered by the ${renderer}) and as note bodies without running or loading anything`, async () => {
      const naughty = naughtyStrings();
      const text = [LEAD, ...naughty].join('\n\n');
      const notes = notesFor(text, naughty.slice(0, 120).map((s, i) => ({ quote: LEAD.slice(0, 7 + (i % 20)), content: { body: s, tags: [s.slice(0, 40)] } })));
      await view.send(article(text, 'markdown', notes, renderer));
      await assertNothingHappened(view);
      assert.deepEqual(await activeContent(view.page, '#article'), []);
      assert.deepEqual(await activeContent(view.page, '#notes'), []);
      const shown = await displayed(view, '#article');
      const inert = naughty.filter(markdownInert);
      assert.ok(inert.length > 100, `enough strings to check: ${inert.length}`);
      assert.deepEqual(inert.filter((s) => !shown.includes(normalise(s))), []);
      const margin = await displayed(view, '#notes');
      assert.deepEqual(naughty.slice(0, 120).filter(markdownInert).filter((s) => !margin.includes(normalise(s))), []);
    });
  }
});
