import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../../scripts/harness/chromium';
import { ConsoleRecorder } from '../../../scripts/harness/diagnostics';
import { RESULTS_DIR, SAMPLE_NAME } from '../../../scripts/harness/paths';
import { registerDriftFlows } from './drift.flows';
import { registerLargeReportFlows } from './largeReport.flows';
import { expect, notesView, openFromExplorerMenu as openFromMenu, noteCard as cardIn, waitForAnnotator as annotatorShown, type FlowSession } from './flowKit';
import { dragSelect } from './selection';
import * as ui from './selectors';
import { startTarget, targetName, type E2ETarget } from './targets';
import { registerTriageFlows } from './triage.flows';
import { Workbench } from './workbench';

const TARGET = targetName(process.env['E2E_TARGET']);
const FIRST = {
  quote: '6,195 China-Europe freight trains',
  body: 'Check the count against the railway operator’s annual figures.',
  verdict: 'needs source',
  tags: 'logistics, trains',
};
const SECOND = { quote: '$17.67 billion', body: 'Compare with the customs statistics for 2021.' };

describe(`Article Annotator as a user (${TARGET === 'web' ? 'VS Code for the Web, worker extension host' : 'code-server, Node extension host'})`, function () {
  this.timeout(240_000);
  this.bail(true);
  let target: E2ETarget;
  let browser: Browser;
  let recorder: ConsoleRecorder;
  let vscode: Workbench;

  const annotator = (): ReturnType<Workbench['webview']> => vscode.webview();
  const waitForAnnotator = (): Promise<void> => annotatorShown(vscode);
  const noteCard = (text: string): ReturnType<typeof cardIn> => cardIn(annotator(), text);

  const openFromExplorerMenu = (): Promise<void> => openFromMenu(vscode);

  before(async function () {
    this.timeout(20 * 60_000);
    target = await startTarget(TARGET);
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    recorder = new ConsoleRecorder(page);
    vscode = new Workbench(page, target.url, path.join(RESULTS_DIR, TARGET, 'screenshots'));
    try {
      await vscode.load();
    } catch (error) {
      await printDiagnostics();
      throw error;
    }
    await vscode.shot('workbench');
  });

  const printDiagnostics = async (): Promise<void> => {
    const shot = await vscode.shot('failure').catch(() => 'none');
    console.log(`\nScreenshot of the failure: ${shot}`);
    recorder.print(`${TARGET} workbench and webview console`);
    for (const log of target.extensionHostLogs()) console.log(log);
  };

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await printDiagnostics();
  });

  after(async () => {
    await browser?.close();
    await target?.dispose();
  });

  it('opens the sample with Reopen Editor With… > Article Annotator', async () => {
    await vscode.openFromExplorer(SAMPLE_NAME);
    await vscode.shot('sample-as-text');
    await vscode.reopenWith('Article Annotator');
    await waitForAnnotator();
    await vscode.shot('sample-in-annotator');
  });

  it('highlights the claims by kind in the webview', async () => {
    const claims = annotator().locator(ui.CLAIM);
    expect((await claims.count()) >= 10, `expected at least 10 claim highlights, saw ${await claims.count()}`);
    for (const kind of ['statistic', 'attribution', 'prediction']) {
      const count = await annotator().locator(`${ui.CLAIM}[data-kind="${kind}"]`).count();
      expect(count > 0, `no claim highlighted as ${kind}`);
    }
    const trade = annotator().locator(`${ui.CLAIM}[data-kind="statistic"]`).filter({ hasText: '18.9 percent' });
    expect((await trade.count()) > 0, 'the 18.9 percent trade figure is not highlighted as a statistic');
    await vscode.shot('claim-highlights');
  });

  it('adds a note to a selected passage with the Add note button and shows it next to its text', async () => {
    await dragSelect(vscode.page, annotator(), FIRST.quote);
    const add = annotator().locator(ui.ADD_NOTE_BUTTON);
    await add.waitFor({ state: 'visible' });
    await vscode.shot('selection-with-add-note');
    await add.click();
    await annotator().locator(ui.NOTE_BODY).fill(FIRST.body);
    await annotator().locator(ui.NOTE_VERDICT).selectOption(FIRST.verdict);
    await annotator().locator(ui.NOTE_TAGS).fill(FIRST.tags);
    await vscode.shot('note-form');
    await annotator().locator(ui.NOTE_SAVE).click();
    const card = noteCard(FIRST.body);
    await card.waitFor({ state: 'visible' });
    expect((await card.innerText()).includes(FIRST.quote), 'the note card does not show its quote');
    const anchor = annotator().locator(ui.NOTE_ANCHOR).filter({ hasText: 'China-Europe freight trains' }).first();
    await anchor.waitFor({ state: 'visible' });
    await vscode.shot('note-next-to-its-text');
    if (target.writesToDisk) {
      const folder = path.join(target.workspace, '.annotations', SAMPLE_NAME);
      const files = existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.json')) : [];
      expect(files.length === 1, `expected one note file in ${folder}, found ${files.length}`);
      const stored = readFileSync(path.join(folder, files[0] as string), 'utf8');
      expect(stored.includes(FIRST.quote) && stored.includes('"type": "Annotation"'), 'the note file is not a W3C annotation of the quote');
    }
  });

  it('adds a second note with the Add Note to Selection command from the command palette', async () => {
    await dragSelect(vscode.page, annotator(), SECOND.quote);
    await vscode.command('Article Annotator: Add Note to Selection');
    const body = annotator().locator(ui.NOTE_BODY);
    await body.waitFor({ state: 'visible' });
    await body.fill(SECOND.body);
    await annotator().locator(ui.NOTE_SAVE).click();
    await noteCard(SECOND.body).waitFor({ state: 'visible' });
    await noteCard(FIRST.body).waitFor({ state: 'visible' });
    await vscode.shot('two-notes');
  });

  it('lists the notes in the Notes view of the explorer', async () => {
    const pane = await notesView(vscode);
    const row = pane.locator('.monaco-list-row').filter({ hasText: FIRST.quote }).first();
    await row.waitFor({ timeout: 60_000 });
    await pane.locator('.monaco-list-row').filter({ hasText: SECOND.quote }).first().waitFor();
    await vscode.shot('notes-view');
  });

  it('shows the notes again after the annotator is closed and reopened from the explorer menu', async () => {
    await vscode.command('View: Close All Editors');
    await annotator().locator(ui.ARTICLE).waitFor({ state: 'detached' });
    await openFromExplorerMenu();
    await waitForAnnotator();
    await noteCard(FIRST.body).waitFor({ state: 'visible' });
    await noteCard(SECOND.body).waitFor({ state: 'visible' });
    await vscode.shot('notes-after-reopen');
  });

  // VS Code for the Web mounts the folder in memory: a reload re-reads the disk, where the notes never were.
  if (TARGET !== 'web') {
    it('shows the notes again after the window reloads', async () => {
      await vscode.reload();
      // VS Code restores the open annotator after a reload; open it from the explorer menu if it did not.
      const restored = await annotator().locator(ui.CLAIM).first().waitFor({ timeout: 45_000 }).then(() => true, () => false);
      if (!restored) await openFromExplorerMenu();
      await waitForAnnotator();
      await noteCard(FIRST.body).waitFor({ state: 'visible' });
      await noteCard(SECOND.body).waitFor({ state: 'visible' });
      await vscode.shot('notes-after-reload');
    });
  }

  it('exports the notes as a Markdown report and opens it', async () => {
    await vscode.command('Article Annotator: Export Notes');
    // Asked only when other articles have notes too; here the sample is the only annotated article.
    const scope = vscode.page.locator(ui.QUICK_INPUT_ROW).filter({ hasText: 'This article' }).first();
    if (await scope.isVisible().catch(() => false)) await scope.click();
    await vscode.pickQuickItem('Markdown report');
    // The save dialog (VS Code's own, in the browser) proposes a name next to the article: accept it.
    await vscode.page.locator(ui.QUICK_INPUT_BOX).waitFor();
    await vscode.shot('export-save-dialog');
    await vscode.acceptQuickInput();
    const done = vscode.notification('exported');
    await done.waitFor({ timeout: 60_000 });
    await vscode.shot('export-notification');
    await done.getByRole('button', { name: 'Open' }).click();
    const text = await vscode.editorText();
    expect(text.includes(FIRST.quote), 'the opened report does not quote the first note');
    await vscode.shot('export-report');
    if (target.writesToDisk) {
      const reports = readdirSync(target.workspace).filter((f) => f.endsWith('.md'));
      expect(reports.length === 1, `expected one Markdown report in the workspace, found ${reports.join(', ') || 'none'}`);
      const report = readFileSync(path.join(target.workspace, reports[0] as string), 'utf8');
      for (const expected of [FIRST.body, SECOND.body, FIRST.verdict]) expect(report.includes(expected), `the report on disk lacks ${expected}`);
    }
  });

  const session = (): FlowSession => ({ vscode, target });
  registerTriageFlows(session);
  registerDriftFlows(session);
  registerLargeReportFlows(session);
});
