import type { Frame, Locator, Page } from 'playwright-core';

const OUR_EXTENSION = 'article-annotator.article-annotator';
const MARKDOWN_EXTENSION = 'vscode.markdown-language-features';
const OPEN_TIMEOUT_MS = 240_000;

export interface Viewer {
  readonly name: string;
  /** The command palette entry that opens the article in this viewer. */
  readonly command: string;
  readonly extensionId: string;
  /** Evaluated in the webview's document: true once the whole article is there (and, for ours, highlighted). */
  readonly done: (lastWords: string) => boolean;
}

export const ANNOTATOR: Viewer = {
  name: 'Article Annotator',
  command: 'Article Annotator: Open in Article Annotator',
  extensionId: OUR_EXTENSION,
  done: (lastWords) => {
    const article = document.getElementById('article');
    if (!article || article.getElementsByTagName('mark').length === 0) return false;
    const paragraphs = article.getElementsByTagName('p');
    return paragraphs.length > 0 && (paragraphs[paragraphs.length - 1]?.textContent ?? '').includes(lastWords);
  },
};

export const MARKDOWN_PREVIEW: Viewer = {
  name: 'Markdown preview',
  command: 'Markdown: Open Preview',
  extensionId: MARKDOWN_EXTENSION,
  done: (lastWords) => {
    const paragraphs = document.body?.getElementsByTagName('p');
    if (!paragraphs) return false;
    return paragraphs.length > 0 && (paragraphs[paragraphs.length - 1]?.textContent ?? '').includes(lastWords);
  },
};

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function paletteRow(page: Page, command: string): Promise<Locator> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`>${command}`);
  const row = page
    .locator('.quick-input-list .monaco-list-row')
    .filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(command)}$`) }) })
    .first();
  await row.waitFor();
  return row;
}

function webviewId(frame: Frame): string | undefined {
  return /[?&]id=([^&]+)/.exec(frame.url())?.[1];
}

/** The outer frame of a webview the given extension opened that is not one of `seen`. */
async function newWebview(page: Page, extensionId: string, seen: Set<string>, deadline: number): Promise<Frame> {
  for (;;) {
    for (const outer of page.frames()) {
      const id = webviewId(outer);
      if (!id || seen.has(id) || !outer.url().includes(`extensionId=${extensionId}`)) continue;
      seen.add(id);
      return outer;
    }
    if (Date.now() > deadline) throw new Error(`no webview of ${extensionId} appeared`);
    await page.waitForTimeout(5);
  }
}

/**
 * Polls the webview's document until `done`; the webview swaps its inner frame while loading, so the frame is
 * looked up again on every poll.
 */
async function waitDone(page: Page, outer: Frame, viewer: Viewer, lastWords: string, deadline: number): Promise<Frame> {
  for (;;) {
    for (const inner of outer.childFrames()) {
      const done = await inner.evaluate(viewer.done, lastWords).catch(() => false);
      if (done) return inner;
    }
    if (Date.now() > deadline) throw new Error(`${viewer.name} did not finish within ${OPEN_TIMEOUT_MS / 1000} s`);
    await page.waitForTimeout(10);
  }
}

export class Workbench {
  private readonly seen = new Set<string>();

  constructor(readonly page: Page) {}

  async waitReady(): Promise<void> {
    await this.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: OPEN_TIMEOUT_MS });
  }

  /** Opens the file in the text editor, where both viewers start from. */
  async openText(fileName: string): Promise<void> {
    await this.page.locator('.explorer-folders-view .monaco-list-row', { hasText: fileName }).first().dblclick();
    await this.page.locator('.tabs-container .tab.active', { hasText: fileName }).waitFor({ timeout: OPEN_TIMEOUT_MS });
    await this.page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: OPEN_TIMEOUT_MS });
  }

  /** Milliseconds from choosing the command to the viewer's `done` in its webview, and that webview's frame. */
  async open(viewer: Viewer, lastWords: string): Promise<{ ms: number; frame: Frame }> {
    const row = await paletteRow(this.page, viewer.command);
    const start = performance.now();
    await row.click();
    const deadline = Date.now() + OPEN_TIMEOUT_MS;
    const outer = await newWebview(this.page, viewer.extensionId, this.seen, deadline);
    const frame = await waitDone(this.page, outer, viewer, lastWords, deadline);
    // One more frame: the last mark is painted, not only in the DOM.
    await frame.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    return { ms: performance.now() - start, frame };
  }

  /** Closes the active editor (the viewer), which leaves the file's text editor active again. */
  async closeActive(): Promise<void> {
    const tab = this.page.locator('.tabs-container .tab.active');
    await tab.hover();
    await tab.locator('.tab-actions a.action-label[aria-label^="Close"]').click();
    await this.page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: OPEN_TIMEOUT_MS });
  }
}
