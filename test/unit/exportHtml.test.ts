/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { strict as assert } from 'node:assert';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { describeRange } from '../../src/core/anchoring/selectors';
import { exportHtml, insertMarkers, REPORT_CSP } from '../../src/core/export/html';
import { buildReport, type ArticleReport } from '../../src/core/export/report';
import { createAnnotation, type Annotation, type NoteContent } from '../../src/core/store/annotation';
import { REPO_ROOT, SAMPLE_TEXT } from '../support/sample';

const RESULTS = path.join(REPO_ROOT, 'test-results', 'export');
const PAGE_URL = 'https://report.test/report.html';

/** Each one tries to run script or load something if any text reaches the page unescaped. */
const HOSTILE_TEXT = [
  '<script>window.__pwned = 1; document.title = "PWNED"</script>',
  '<img src=x onerror="window.__pwned = 2">',
  '"><svg onload="window.__pwned = 3">',
  "'; window.__pwned = 4; '",
  '[click](javascript:window.__pwned=5)',
  '=HYPERLINK("https://evil.example/","x")',
  'commas, "quotes" and\nnew\r\nlines',
  'emoji 😀👍🏽 中文',
];

function annotate(text: string, path: string, quote: string, id: number, content: Partial<NoteContent>): Annotation {
  const start = text.indexOf(quote);
  assert.ok(start >= 0, quote);
  return createAnnotation({
    id: `urn:uuid:00000000-0000-4000-8000-${String(id).padStart(12, '0')}`, now: '2026-11-28T10:00:00.000Z', creator: 'Ana <b>B</b>',
    source: path, selector: describeRange(text, start, start + quote.length),
    content: { body: '', tags: [], verdict: null, evidence: [], ...content },
  });
}

function hostileReports(): ArticleReport[] {
  const quote = 'a record of 6,195 China-Europe freight trains';
  const notes = HOSTILE_TEXT.map((text, i) =>
    annotate(SAMPLE_TEXT, 'samples/op-ed.txt', quote, i + 1, {
      body: text, tags: [text], verdict: text, evidence: [text, 'javascript:window.__pwned=6', 'https://example.org/evidence?a=1&b=2'],
    }),
  );
  const markdown = [
    '# Hostile <script>window.__pwned = 7</script> article',
    '',
    'An image ![x](https://evil.example/pixel.png) and a [link](javascript:window.__pwned=8) and <iframe src="https://evil.example/"></iframe>.',
    '',
    'Trade grew 18.9 percent, officials said.',
  ].join('\n');
  const mdNote = annotate(markdown, 'hostile.md', 'Trade grew 18.9 percent', 99, { body: '<style>body{background:url(https://evil.example/bg)}</style>' });
  const orphan = { ...annotate(SAMPLE_TEXT, 'samples/op-ed.txt', 'Kazakhstan', 100, { body: 'lost note' }) };
  const orphaned: Annotation = { ...orphan, target: { ...orphan.target, selector: [{ type: 'TextQuoteSelector', exact: 'text that is gone' }, { type: 'TextPositionSelector', start: 0, end: 3 }] } };
  return [buildReport('samples/op-ed.txt', SAMPLE_TEXT, [...notes, orphaned]), buildReport('hostile.md', markdown, [mdNote])];
}

describe('HTML export', () => {
  it('declares a CSP that loads nothing and has no script element or event handler', () => {
    const html = exportHtml(hostileReports(), '2026-11-28');
    assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`));
    assert.match(REPORT_CSP, /default-src 'none'/);
    assert.ok(!/<script/i.test(html), 'no script element');
    assert.ok(!/<(img|iframe|svg|link|object|embed)\b/i.test(html), 'nothing that loads');
    assert.ok(!/<[a-z][^>]*\son[a-z]+\s*=/i.test(html), 'no event handler attribute');
    assert.ok(!/href="javascript:/i.test(html), 'no javascript: link');
  });

  it('puts a footnote number after each placed note and lists orphaned notes at the end', () => {
    const html = exportHtml(hostileReports(), 'now');
    const refs = html.match(/<sup class="ref">/g) ?? [];
    assert.equal(refs.length, HOSTILE_TEXT.length + 1, 'one marker per placed note');
    assert.ok(html.indexOf('Drifted and orphaned') > html.indexOf('id="a1-n8"'));
    assert.ok(html.includes('text that is gone'));
  });

  it('inserts markers after the piece where a note ends, never inside a tag', () => {
    const html = '<p><span data-s="0">ab</span><mark class="note-anchor" data-s="2" data-note-ids="x">c&#38;d</mark><span data-s="5">e</span></p>';
    assert.equal(
      insertMarkers(html, [{ end: 5, html: '<sup>1</sup>' }]),
      '<p><span data-s="0">ab</span><mark class="note-anchor" data-s="2" data-note-ids="x">c&#38;d</mark><sup>1</sup><span data-s="5">e</span></p>',
    );
  });

  describe('in Chromium', function () {
    this.timeout(60000);
    let browser: Browser;
    before(async () => {
      browser = await chromium.launch({
        executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'],
      });
    });
    after(async () => {
      await browser?.close();
    });

    it('runs no script, sends no request, and shows every hostile text as text', async () => {
      mkdirSync(RESULTS, { recursive: true });
      const file = path.join(RESULTS, 'hostile-report.html');
      writeFileSync(file, exportHtml(hostileReports(), '2026-11-28T12:00:00Z'));
      const context = await browser.newContext({ javaScriptEnabled: true });
      const page = await context.newPage();
      const outside: string[] = [];
      const dialogs: string[] = [];
      await context.route('**/*', async (route) => {
        if (route.request().url() === PAGE_URL) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(file) });
        outside.push(route.request().url());
        return route.abort();
      });
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.goto(PAGE_URL, { waitUntil: 'load' });
      await page.waitForTimeout(300);
      const state = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
        title: document.title,
        scripts: document.scripts.length,
        handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
        bodies: [...document.querySelectorAll('.body')].map((el) => el.textContent ?? ''),
        text: document.body.innerText,
      }));
      assert.deepEqual(outside, [], 'no request may leave the page');
      assert.deepEqual(dialogs, []);
      assert.equal(state.pwned, null, 'no hostile script ran');
      assert.equal(state.title, 'Article Annotator report');
      assert.equal(state.scripts, 0);
      assert.equal(state.handlers, 0);
      for (const text of HOSTILE_TEXT) assert.ok(state.bodies.includes(text.trim().replace(/\r\n/g, '\n')), `note body shown as text: ${JSON.stringify(text)}`);
      assert.ok(state.text.includes('a record of 6,195 China-Europe freight trains'));
      assert.ok(state.text.includes('Hostile <script>window.__pwned = 7</script> article'));
      await page.screenshot({ path: path.join(RESULTS, 'hostile-report.png'), fullPage: false });
      await context.close();
    });

    it('highlights claims by kind, and lays notes out as footnotes when printed', async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      const html = exportHtml(hostileReports().slice(0, 1), 'now');
      await context.route('**/*', (route) => route.request().url() === PAGE_URL
        ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
        : route.abort());
      await page.goto(PAGE_URL);
      const kinds = await page.$$eval('mark.claim', (marks) => [...new Set(marks.map((m) => getComputedStyle(m).backgroundColor))].length);
      assert.ok(kinds >= 3, `claims of different kinds get different colours (${kinds})`);
      assert.equal(await page.$eval('.layout', (el) => getComputedStyle(el).display), 'grid');
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.$eval('.layout', (el) => getComputedStyle(el).display), 'block');
      const pdf = await page.pdf({ format: 'A4' });
      assert.ok(pdf.length > 10000);
      await context.close();
    });
  });
});
