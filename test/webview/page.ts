import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { webviewCsp, webviewDocument } from '../../src/extension/webviewMarkup';
import type { HostToWebview } from '../../src/protocol/messages';
import { REPO_ROOT } from '../support/sample';
import { DOC } from './fixtures';

const ORIGIN = 'https://webview.test';
export const SCREENSHOTS = path.join(REPO_ROOT, 'test-results', 'webview');

/** Colour sets close to VS Code's Dark Modern, Light Modern and High Contrast themes, as the webview receives them. */
const THEMES = {
  dark: {
    bodyClass: 'vscode-dark',
    vars: {
      'editor-background': '#1f1f1f', 'editor-foreground': '#cccccc', foreground: '#cccccc', focusBorder: '#0078d4',
      'editorWidget-background': '#202020', 'editorWidget-foreground': '#cccccc', 'widget-border': '#454545',
      'button-background': '#0078d4', 'button-foreground': '#ffffff', 'button-hoverBackground': '#026ec1',
      'button-secondaryBackground': '#313131', 'button-secondaryForeground': '#cccccc', 'input-background': '#313131',
      'input-foreground': '#cccccc', 'input-border': '#3c3c3c', 'dropdown-background': '#313131', 'dropdown-foreground': '#cccccc',
      'textLink-foreground': '#4daafc', 'badge-background': '#616161', 'badge-foreground': '#f8f8f8',
      'editorWarning-foreground': '#cca700', 'editorError-foreground': '#f85149', errorForeground: '#f85149',
      'panel-border': '#2b2b2b', 'textBlockQuote-border': '#616161', 'editorHoverWidget-background': '#202020',
      'editorHoverWidget-foreground': '#cccccc', 'editorHoverWidget-border': '#454545',
    },
  },
  light: {
    bodyClass: 'vscode-light',
    vars: {
      'editor-background': '#ffffff', 'editor-foreground': '#3b3b3b', foreground: '#3b3b3b', focusBorder: '#005fb8',
      'editorWidget-background': '#f8f8f8', 'editorWidget-foreground': '#3b3b3b', 'widget-border': '#e5e5e5',
      'button-background': '#005fb8', 'button-foreground': '#ffffff', 'button-hoverBackground': '#0258a8',
      'button-secondaryBackground': '#e5e5e5', 'button-secondaryForeground': '#3b3b3b', 'input-background': '#ffffff',
      'input-foreground': '#3b3b3b', 'input-border': '#cecece', 'dropdown-background': '#ffffff', 'dropdown-foreground': '#3b3b3b',
      'textLink-foreground': '#005fb8', 'badge-background': '#cccccc', 'badge-foreground': '#3b3b3b',
      'editorWarning-foreground': '#895503', 'editorError-foreground': '#c72e0f', errorForeground: '#c72e0f',
      'panel-border': '#e5e5e5', 'textBlockQuote-border': '#e5e5e5', 'editorHoverWidget-background': '#f8f8f8',
      'editorHoverWidget-foreground': '#3b3b3b', 'editorHoverWidget-border': '#c8c8c8',
    },
  },
  'high-contrast': {
    bodyClass: 'vscode-high-contrast',
    vars: {
      'editor-background': '#000000', 'editor-foreground': '#ffffff', foreground: '#ffffff', focusBorder: '#f38518',
      contrastBorder: '#6fc3df', contrastActiveBorder: '#f38518', 'editorWidget-background': '#0c141f',
      'editorWidget-foreground': '#ffffff', 'widget-border': '#6fc3df', 'button-background': '#000000',
      'button-foreground': '#ffffff', 'button-border': '#6fc3df', 'button-secondaryBackground': '#000000',
      'button-secondaryForeground': '#ffffff', 'input-background': '#000000', 'input-foreground': '#ffffff',
      'input-border': '#6fc3df', 'dropdown-background': '#000000', 'dropdown-foreground': '#ffffff',
      'textLink-foreground': '#21a6ff', 'badge-background': '#000000', 'badge-foreground': '#ffffff',
      'editorWarning-foreground': '#ffd370', 'editorError-foreground': '#ff3232', errorForeground: '#f48771',
      'textBlockQuote-border': '#ffffff', 'editorHoverWidget-background': '#0c141f', 'editorHoverWidget-foreground': '#ffffff',
      'editorHoverWidget-border': '#6fc3df',
    },
  },
} as const;

export type ThemeName = keyof typeof THEMES;

export interface WebviewPage {
  readonly page: Page;
  send(message: HostToWebview): Promise<void>;
  posted(): Promise<Array<Record<string, unknown>>>;
  state(): Promise<Record<string, unknown> | undefined>;
  screenshot(name: string): Promise<string>;
}

let browser: Browser | undefined;

export async function launch(): Promise<Browser> {
  browser ??= await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
  return browser;
}

export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = undefined;
  shared = undefined;
}

function themeStyle(theme: ThemeName): string {
  const vars = Object.entries(THEMES[theme].vars).map(([k, v]) => `--vscode-${k}: ${v};`).join(' ');
  return `html { --vscode-font-family: system-ui, sans-serif; --vscode-font-size: 13px; --vscode-editor-font-family: 'DejaVu Serif', Georgia, serif; --vscode-editor-font-size: 15px; ${vars} }`;
}

/**
 * Opens the webview's own markup and bundle (dist/webview/main.js, so build first) with a stubbed
 * acquireVsCodeApi that records what the webview posts and keeps its state across reloads, as VS Code does.
 */
interface Shared {
  readonly page: Page;
  html: string;
  readonly errors: string[];
}
let shared: Shared | undefined;

/** One page for the whole run (opening a page costs seconds on a busy machine); each test starts it afresh. */
async function sharedPage(): Promise<Shared> {
  if (shared && !shared.page.isClosed()) return shared;
  const context = await (await launch()).newContext();
  const page = await context.newPage();
  const state: Shared = { page, html: '', errors: [] };
  await page.route(`${ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/index.html') return route.fulfill({ contentType: 'text/html', body: state.html });
    const file = path.join(REPO_ROOT, url.pathname);
    const type = file.endsWith('.css') ? 'text/css' : 'text/javascript';
    return route.fulfill({ contentType: type, body: readFileSync(file) });
  });
  // Strings, not functions: tsx's transform would add helpers the page does not have.
  await page.addInitScript(`
    window.__posted = [];
    window.acquireVsCodeApi = () => ({
      postMessage: (message) => window.__posted.push(message),
      getState: () => { const raw = sessionStorage.getItem('webview-state'); return raw ? JSON.parse(raw) : undefined; },
      setState: (state) => sessionStorage.setItem('webview-state', JSON.stringify(state)),
    });
  `);
  page.on('pageerror', (error) => state.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') state.errors.push(message.text());
  });
  shared = state;
  return state;
}

/**
 * Opens the webview's own markup and bundle (dist/webview/main.js, so build first) with a stubbed
 * acquireVsCodeApi that records what the webview posts and keeps its state across reloads, as VS Code does.
 */
export async function openWebview(options: { theme?: ThemeName; width?: number; height?: number } = {}): Promise<WebviewPage> {
  const theme = options.theme ?? 'dark';
  const { page, errors } = await sharedPage();
  const nonce = 'testnonce';
  (shared as Shared).html = webviewDocument({
    csp: webviewCsp(ORIGIN, nonce).replace(`style-src ${ORIGIN}`, `style-src ${ORIGIN} 'nonce-${nonce}'`),
    nonce,
    styleUri: `${ORIGIN}/media/webview.css`,
    scriptUri: `${ORIGIN}/dist/webview/main.js`,
  }).replace('</head>', `<style nonce="${nonce}">${themeStyle(theme)}</style></head>`).replace('<body>', `<body class="${THEMES[theme].bodyClass}">`);
  errors.length = 0;
  await page.setViewportSize({ width: options.width ?? 1280, height: options.height ?? 900 });
  await page.goto(`${ORIGIN}/index.html`);
  await page.evaluate('sessionStorage.clear()');
  await page.reload();
  return {
    page,
    send: async (message) => {
      // A packed article's bytes go as a list of numbers, made a Uint8Array again in the page, as the workbench hands them over.
      const script =
        message.type === 'articlePacked'
          ? `window.postMessage({ ...${JSON.stringify({ ...message, bytes: null })}, bytes: new Uint8Array(${JSON.stringify([...message.bytes])}) }, '*')`
          : `window.postMessage(${JSON.stringify(message)}, '*')`;
      await page.evaluate(script);
      await page.waitForTimeout(30);
      if (errors.length > 0) throw new Error(`webview errors: ${errors.join('\n')}`);
    },
    posted: () => page.evaluate<Array<Record<string, unknown>>>('window.__posted'),
    state: () => page.evaluate<Record<string, unknown> | undefined>(`JSON.parse(sessionStorage.getItem('webview-state') ?? 'null') ?? undefined`),
    screenshot: async (name) => {
      const file = path.join(SCREENSHOTS, `${name}.png`);
      await page.screenshot({ path: file, fullPage: false });
      return file;
    },
  };
}

/** Selects the first (or the last) occurrence of `quote` in the article, as a mouse drag would. */
export async function selectInArticle(page: Page, quote: string, occurrence: 'first' | 'last' = 'first'): Promise<void> {
  await page.evaluate(`(() => {
    const quote = ${JSON.stringify(quote)};
    const root = document.getElementById('article');
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
    const text = nodes.map((t) => t.data).join('');
    const start = ${occurrence === 'last'} ? text.lastIndexOf(quote) : text.indexOf(quote);
    if (start < 0) throw new Error('not in the article: ' + quote);
    // The start goes in the node the quote's first character is in, not at the end of the one before (a line break
    // between blocks, when the quote opens a paragraph); the end in the node its last character is in.
    const locate = (offset, isEnd) => {
      let seen = 0;
      for (const t of nodes) {
        if (isEnd ? offset <= seen + t.data.length : offset < seen + t.data.length) return [t, offset - seen];
        seen += t.data.length;
      }
      throw new Error('offset out of range');
    };
    const range = document.createRange();
    range.setStart(...locate(start, false));
    range.setEnd(...locate(start + quote.length, true));
    document.getSelection().removeAllRanges();
    // A drag selects text on screen: scrolled to only when it is not.
    range.startContainer.parentElement.scrollIntoView({ block: 'nearest' });
    document.getSelection().addRange(range);
  })()`);
}

/** Saves a note on the selection through the "Add note" button, and returns the range the webview asked the host for. */
export async function saveNoteOnSelection(view: WebviewPage): Promise<{ start: unknown; end: unknown }> {
  await view.page.locator('button#add-note').click();
  await view.page.locator('textarea#note-body').fill('Check it.');
  await view.page.locator('button#note-save').click();
  const posted = (await view.posted()).at(-1);
  assert.equal(posted?.['type'], 'addNote');
  assert.equal(posted?.['documentUri'], DOC);
  return { start: posted?.['start'], end: posted?.['end'] };
}
