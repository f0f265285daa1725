import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { webviewCsp, webviewDocument } from '../../src/extension/webviewMarkup';
import type { HostToWebview } from '../../src/protocol/messages';
import { REPO_ROOT } from '../support/sample';

/** Stands in for webview.cspSource: the only origin the page may load from. */
const ORIGIN = 'https://webview.test';
const NONCE = 'hostile0nce';
/** Everything the page may fetch: the page itself, the extension's style sheet and the webview bundle. */
export const ALLOWED_REQUESTS = [`${ORIGIN}/index.html`, `${ORIGIN}/media/webview.css`, `${ORIGIN}/dist/webview/main.js`];

export interface HostilePage {
  readonly page: Page;
  /** Every request the page made, allowed or not, in order. */
  readonly requests: string[];
  /** Dialogs (alert, confirm, prompt), CSP violations and uncaught errors: none may happen. */
  readonly incidents: string[];
  send(message: HostToWebview): Promise<void>;
  posted(): Promise<Array<Record<string, unknown>>>;
  close(): Promise<void>;
}

let browser: Browser | undefined;

export async function closeHostileBrowser(): Promise<void> {
  await browser?.close();
  browser = undefined;
}

/**
 * The webview exactly as VS Code gets it from webviewHtml(): the same document and CSP (nothing added,
 * unlike the styling harness under test/webview), with a stubbed acquireVsCodeApi. Every request the
 * page makes is recorded; only the three allowed ones are answered.
 */
export async function openHostilePage(): Promise<HostilePage> {
  browser ??= await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests: string[] = [];
  const incidents: string[] = [];
  const html = webviewDocument({
    csp: webviewCsp(ORIGIN, NONCE),
    nonce: NONCE,
    styleUri: `${ORIGIN}/media/webview.css`,
    scriptUri: `${ORIGIN}/dist/webview/main.js`,
  });
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    requests.push(url);
    if (url === ALLOWED_REQUESTS[0]) return route.fulfill({ contentType: 'text/html', body: html });
    if (ALLOWED_REQUESTS.includes(url)) {
      const file = path.join(REPO_ROOT, new URL(url).pathname);
      return route.fulfill({ contentType: file.endsWith('.css') ? 'text/css' : 'text/javascript', body: readFileSync(file) });
    }
    return route.abort();
  });
  await context.addInitScript(`
    window.__posted = [];
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
    window.acquireVsCodeApi = () => ({
      postMessage: (message) => window.__posted.push(message),
      getState: () => undefined,
      setState: () => undefined,
    });
  `);
  page.on('dialog', (dialog) => {
    incidents.push(`dialog: ${dialog.type()} ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => incidents.push(`page error: ${error.message}`));
  page.on('popup', (popup) => incidents.push(`popup: ${popup.url()}`));
  await page.goto(ALLOWED_REQUESTS[0] as string);
  await page.waitForFunction('window.__posted.length > 0');
  return {
    page,
    requests,
    incidents,
    send: async (message) => {
      await page.evaluate(`window.postMessage(${JSON.stringify(message)}, '*')`);
      await page.waitForTimeout(50);
    },
    posted: () => page.evaluate<Array<Record<string, unknown>>>('window.__posted'),
    close: () => context.close(),
  };
}

/** What must hold after any hostile input: nothing ran, nothing was fetched, nothing was even attempted. */
export async function assertNothingHappened(view: HostilePage): Promise<void> {
  await view.page.waitForTimeout(100);
  const pwned = await view.page.evaluate<unknown>('window.__pwned');
  if (pwned !== undefined) throw new Error(`hostile code ran: window.__pwned = ${String(pwned)}`);
  const violations = await view.page.evaluate<string[]>('window.__violations');
  const unexpected = view.requests.filter((r) => !ALLOWED_REQUESTS.includes(r));
  const problems = [
    ...view.incidents,
    ...violations.map((v) => `CSP violation (the page tried to load or run something): ${v}`),
    ...unexpected.map((r) => `request left the page: ${r}`),
  ];
  if (problems.length > 0) throw new Error(problems.join('\n'));
  if (view.page.url() !== ALLOWED_REQUESTS[0]) throw new Error(`the page navigated to ${view.page.url()}`);
}

/** The DOM the renderer produced holds no active content: no scripts, frames, style sheets, URL-loading styles, handlers or non-web links. */
export async function activeContent(page: Page, root: string): Promise<string[]> {
  return page.evaluate<string[]>(`(() => {
    const found = [];
    for (const el of document.querySelectorAll(${JSON.stringify(`${root} *`)})) {
      const tag = el.tagName.toLowerCase();
      if (['script', 'iframe', 'frame', 'object', 'embed', 'style', 'link', 'meta', 'base', 'form', 'svg', 'math', 'img', 'video', 'audio', 'source'].includes(tag)) found.push('<' + tag + '>');
      for (const attr of el.getAttributeNames()) {
        if (attr.startsWith('on') || attr === 'srcdoc' || attr === 'formaction') found.push(tag + '[' + attr + ']');
        // The webview positions its own cards with inline styles; none may name a URL.
        if (attr === 'style' && /url[(]|@import|expression[(]/i.test(el.getAttribute('style'))) found.push(tag + '[style=' + el.getAttribute('style') + ']');
      }
      const href = el.getAttribute('href');
      if (href !== null && !/^(https?:|mailto:|#)/i.test(href)) found.push(tag + '[href=' + href + ']');
    }
    return found;
  })()`);
}
