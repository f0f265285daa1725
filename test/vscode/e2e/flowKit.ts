import type { FrameLocator, Locator } from 'playwright-core';
import { SAMPLE_NAME } from '../../../scripts/harness/paths';
import * as ui from './selectors';
import type { E2ETarget } from './targets';
import type { Workbench } from './workbench';

/** What a group of flows needs from the running suite; set up once in flows.e2e.ts's `before`. */
export interface FlowSession {
  readonly vscode: Workbench;
  readonly target: E2ETarget;
}

export function expect(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

export function noteCard(annotator: FrameLocator, text: string): Locator {
  return annotator.locator(ui.NOTE_CARD).filter({ hasText: text }).first();
}

export async function waitForAnnotator(vscode: Workbench): Promise<void> {
  await vscode.webview().locator(ui.CLAIM).first().waitFor({ timeout: 60_000 });
}

/** Right-clicks the sample in the explorer and chooses "Open in Article Annotator". */
export async function openFromExplorerMenu(vscode: Workbench): Promise<void> {
  await vscode.explorerItem(SAMPLE_NAME).click({ button: 'right' });
  const item = vscode.page.locator('.monaco-menu .action-label').filter({ hasText: 'Open in Article Annotator' }).first();
  await item.waitFor({ state: 'visible' });
  for (let attempt = 1; attempt <= 3; attempt++) {
    await item.click();
    // On a loaded machine the menu can let a click through to nothing while it is still settling, and stays open.
    if (await item.waitFor({ state: 'hidden', timeout: 3_000 }).then(() => true, () => false)) return;
  }
}

/** Closes every editor, then opens the sample with the explorer's "Open in Article Annotator". */
export async function reopenAnnotator(vscode: Workbench): Promise<void> {
  await vscode.command('View: Close All Editors');
  await vscode.webview().locator(ui.ARTICLE).waitFor({ state: 'detached' });
  await openFromExplorerMenu(vscode);
  await waitForAnnotator(vscode);
}

/** Scrolls to an element of the webview, which a repaint (a note saved, the file watcher) may replace meanwhile. */
export async function scrollTo(locator: Locator): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await locator.scrollIntoViewIfNeeded({ timeout: 10_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

/** The Notes view in the explorer, expanded. */
export async function notesView(vscode: Workbench): Promise<Locator> {
  const header = vscode.page.locator('.pane-header').filter({ hasText: /^Notes/ }).first();
  await header.waitFor({ timeout: 60_000 });
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  return vscode.page.locator('.pane').filter({ has: header });
}

/** One painted claim piece as the reader sees it: is it highlighted (a background), and what it says. */
export interface PaintedClaim {
  readonly kind: string;
  readonly text: string;
  readonly highlighted: boolean;
  readonly unsourced: boolean;
  readonly reviewed: boolean;
  readonly current: boolean;
}

// Runs in the webview (no DOM types in this tsconfig, hence the source text; see selection.ts).
const readClaims = new Function('article', `
  return [...article.querySelectorAll('mark.claim')].map((m) => {
    const bg = getComputedStyle(m).backgroundColor;
    return {
      kind: m.dataset.kind || '',
      text: m.textContent || '',
      highlighted: bg !== 'transparent' && !/^rgba\\(0, 0, 0, 0\\)$/.test(bg),
      unsourced: m.classList.contains('unsourced'),
      reviewed: m.classList.contains('reviewed'),
      current: m.classList.contains('current'),
    };
  });
`) as (article: unknown) => PaintedClaim[];

export async function paintedClaims(annotator: FrameLocator): Promise<PaintedClaim[]> {
  return annotator.locator(ui.ARTICLE).evaluate(readClaims);
}

/** "12 of 31 claims reviewed", as the toolbar shows it. */
export async function progress(annotator: FrameLocator): Promise<{ reviewed: number; total: number }> {
  const text = await annotator.locator(ui.PROGRESS).innerText();
  const match = /(\d+) of (\d+) claims reviewed/.exec(text);
  if (!match) throw new Error(`The toolbar shows no review progress: ${JSON.stringify(text)}`);
  return { reviewed: Number(match[1]), total: Number(match[2]) };
}

/** Waits until `check` holds (polling what the page shows), or fails with `message`. */
export async function eventually(check: () => Promise<boolean>, message: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(message);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Whether `inner` is on screen inside the box of `outer` (both in page coordinates). */
export async function isWithin(inner: Locator, outer: Locator): Promise<boolean> {
  const [a, b] = await Promise.all([inner.boundingBox(), outer.boundingBox()]);
  return a !== null && b !== null && a.height > 0 && a.y >= b.y && a.y + a.height <= b.y + b.height;
}
