// The Notes view revealing a note, and notes that drift when the article's text changes under them.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { FrameLocator, Locator } from 'playwright-core';
import { SAMPLE_NAME } from '../../../scripts/harness/paths';
import { eventually, expect, isWithin, notesView, scrollTo, waitForAnnotator, type FlowSession } from './flowKit';
import { dragSelect } from './selection';
import * as ui from './selectors';
import { TRIAGE } from './triage.flows';
import type { Workbench } from './workbench';

const TRADE_EDIT = { from: '18.9 percent', to: '19.4 percent' };
const ANNIVERSARY_EDIT = { from: '30th anniversary', to: '31st anniversary' };
const REATTACH_TO = 'This year marks the 31st anniversary of the establishment of diplomatic ties';
// Made in a text editor beside the annotator, which follows each keystroke's change without a reload.
const LIVE_EDITS = [
  { from: '6,195 China-Europe', to: '6,207 China-Europe' },
  { from: 'five Confucius Institutes', to: 'six Confucius Institutes' },
];

/** In the plain text editor: Ctrl+F selects the first match, Escape returns to the text, typing replaces it. */
async function replaceInTextEditor(vscode: Workbench, from: string, to: string): Promise<void> {
  const keyboard = vscode.page.keyboard;
  await keyboard.press('Control+F');
  const find = vscode.page.locator('.editor-instance .find-widget textarea, .editor-instance .find-widget input').first();
  await find.waitFor({ timeout: 10_000 });
  await find.fill(from);
  // Attached, not visible: a narrow editor (beside the annotator) hides the count but still finds the one match.
  await vscode.page.locator('.editor-instance .find-widget .matchesCount').filter({ hasText: /^1 of/ }).waitFor({ state: 'attached', timeout: 10_000 });
  await keyboard.press('Escape');
  await keyboard.type(to);
  await eventually(async () => (await vscode.editorText()).includes(to), `the text editor does not show "${to}" after the edit`);
}

export function registerDriftFlows(session: () => FlowSession): void {
  const annotator = (): FrameLocator => session().vscode.webview();
  const webviewFrame = (): Locator => session().vscode.page.locator(ui.WEBVIEW_IFRAME).filter({ visible: true }).first();
  const anchorOf = (text: string): Locator => annotator().locator(ui.NOTE_ANCHOR).filter({ hasText: text }).first();

  it('reveals a note selected in the Notes view: the annotator scrolls to its text and marks it', async () => {
    const { vscode } = session();
    const anchor = anchorOf('30th anniversary');
    await anchor.waitFor();
    const frame = await webviewFrame().boundingBox();
    expect(frame, 'the annotator webview is not on screen');
    await vscode.page.mouse.move(frame.x + frame.width / 3, frame.y + frame.height / 2);
    await vscode.page.mouse.wheel(0, 20_000);
    await eventually(async () => !(await isWithin(anchor, webviewFrame())), 'scrolled to the end, the article still shows its first note');
    await vscode.shot('reveal-scrolled-away');

    const rows = (await notesView(vscode)).locator('.monaco-list-row');
    await rows.filter({ hasText: 'This year marks the 30th' }).first().click();
    await annotator().locator(`${ui.NOTE_ANCHOR}.flash`).filter({ hasText: '30th anniversary' }).first().waitFor({ timeout: 10_000 });
    expect(await isWithin(anchor, webviewFrame()), 'the revealed note’s text is not in view');
    const card = annotator().locator(ui.MARGIN_NOTE).filter({ hasText: TRIAGE.verdictNote.body }).first();
    expect(await isWithin(card, webviewFrame()), 'the revealed note’s card is not in view beside its text');
    await vscode.shot('reveal-note-from-notes-view');

    // With the annotator closed, selecting a note opens it there.
    await vscode.command('View: Close All Editors');
    await annotator().locator(ui.ARTICLE).waitFor({ state: 'detached' });
    await rows.filter({ hasText: '6,195 China-Europe freight trains' }).first().click();
    await annotator().locator(`${ui.NOTE_ANCHOR}.flash`).filter({ hasText: '6,195' }).first().waitFor({ timeout: 60_000 });
    expect(await isWithin(anchorOf('6,195'), webviewFrame()), 'the note revealed in a newly opened annotator is not in view');
    await vscode.shot('reveal-opens-annotator');
  });

  it('shows notes on changed text as drifted, old against new, then accepts the new text and re-attaches', async () => {
    const { vscode, target } = session();
    await vscode.reopenWith('Text Editor');
    await replaceInTextEditor(vscode, TRADE_EDIT.from, TRADE_EDIT.to);
    await replaceInTextEditor(vscode, ANNIVERSARY_EDIT.from, ANNIVERSARY_EDIT.to);
    await vscode.page.keyboard.press('Control+S');
    await vscode.page.locator(`${ui.ACTIVE_TAB}.dirty`).waitFor({ state: 'detached', timeout: 10_000 });
    await vscode.shot('drift-article-edited-as-text');
    await vscode.reopenWith('Article Annotator');
    await waitForAnnotator(vscode);

    const drifted = annotator().locator(ui.LOST_NOTE).filter({ hasText: TRIAGE.tradeNote.body }).first();
    await drifted.waitFor({ timeout: 30_000 });
    expect(/drifted/i.test(await drifted.locator('.status').innerText()), 'the note on the changed figure is not labelled drifted');
    const [was = '', now = ''] = await drifted.locator('.drift p').allInnerTexts();
    expect(was.includes(TRADE_EDIT.from) && !was.includes(TRADE_EDIT.to), `"Was" should show the old text, shows ${JSON.stringify(was)}`);
    expect(now.includes(TRADE_EDIT.to) && !now.includes(TRADE_EDIT.from), `"Now" should show the new text, shows ${JSON.stringify(now)}`);
    expect((await drifted.locator('del').innerText()).length > 0 && (await drifted.locator('ins').innerText()).length > 0, 'the change is not marked');
    expect((await anchorOf(TRADE_EDIT.to).getAttribute('class'))?.includes('drifted'), 'the drifted note’s text is not marked as drifted');
    await scrollTo(annotator().locator('#lost-notes'));
    await vscode.shot('drift-old-against-new');

    await drifted.locator('button.accept-drift').click();
    const accepted = annotator().locator(ui.MARGIN_NOTE).filter({ hasText: TRIAGE.tradeNote.body }).first();
    await accepted.waitFor({ timeout: 30_000 });
    expect((await accepted.locator('.quote').innerText()).includes(TRADE_EDIT.to), 'after "Accept new text" the note does not quote the new text');
    expect((await annotator().locator(ui.LOST_NOTE).filter({ hasText: TRIAGE.tradeNote.body }).count()) === 0, 'the accepted note is still listed as drifted');

    const lost = annotator().locator(ui.LOST_NOTE).filter({ hasText: TRIAGE.verdictNote.body }).first();
    await lost.waitFor();
    await dragSelect(vscode.page, annotator(), REATTACH_TO);
    await lost.locator('button.reattach').click();
    const reattached = annotator().locator(ui.MARGIN_NOTE).filter({ hasText: TRIAGE.verdictNote.body }).first();
    await reattached.waitFor({ timeout: 30_000 });
    const quote = await reattached.locator('.quote').innerText();
    expect(quote === REATTACH_TO, `the re-attached note should quote the selection, quotes ${JSON.stringify(quote)}`);
    expect(!(await anchorOf('31st anniversary').getAttribute('class'))?.includes('drifted'), 'the re-attached note’s text is still marked drifted');
    await scrollTo(reattached);
    await vscode.shot('drift-accepted-and-reattached');

    if (target.writesToDisk) {
      const folder = path.join(target.workspace, '.annotations', SAMPLE_NAME);
      const stored = existsSync(folder) ? readdirSync(folder).map((f) => readFileSync(path.join(folder, f), 'utf8')) : [];
      const trade = stored.find((s) => s.includes(TRIAGE.tradeNote.body)) ?? '';
      expect(trade.includes(TRADE_EDIT.to) && !trade.includes(TRADE_EDIT.from), 'the accepted note’s file does not quote the new text');
      expect(stored.some((s) => s.includes(TRIAGE.verdictNote.body) && s.includes(`"exact": "${REATTACH_TO}"`)), 'the re-attached note’s file does not quote the selection');
    }
    });

  it('follows edits made in a text editor beside it: the changed text and its claims, one edit after another', async () => {
    const { vscode } = session();
    // The text editor is split, not the annotator: a split custom editor opens an empty group in some builds.
    await vscode.reopenWith('Text Editor');
    await vscode.command('View: Split Editor Right');
    await vscode.reopenWith('Article Annotator');
    await waitForAnnotator(vscode);
    await vscode.command('View: Focus First Editor Group');
    const article = (): Locator => annotator().locator(ui.ARTICLE);
    // Listed before the edits, so that the view must follow them rather than load afresh when first shown.
    const trainsRow = (await notesView(vscode)).locator('.monaco-list-row').filter({ hasText: '6,195 China-Europe freight trains' }).first();
    await trainsRow.waitFor({ timeout: 30_000 });
    expect(!(await trainsRow.innerText()).includes('drifted'), 'the note on the freight trains is drifted before the edits');
    await vscode.command('View: Focus First Editor Group');
    for (const edit of LIVE_EDITS) {
      await replaceInTextEditor(vscode, edit.from, edit.to);
      await eventually(async () => (await article().innerText()).includes(edit.to), `the annotator beside the editor does not show "${edit.to}"`, 30_000);
      expect(!(await article().innerText()).includes(edit.from), `the annotator still shows "${edit.from}"`);
    }
    const [figure, count] = LIVE_EDITS.map((edit) => annotator().locator(ui.CLAIM).filter({ hasText: edit.to.split(' ')[0] ?? '' }).first());
    expect((await figure?.count()) === 1 && (await count?.count()) === 1, 'the edited figures are not highlighted as claims');
    await eventually(async () => (await trainsRow.innerText()).includes('drifted'), 'the Notes view does not show the note on the edited figure as drifted', 30_000);
    await vscode.shot('live-edits-beside');

    // Edits re-anchor the notes read before; a note file another program rewrites (git, the CLI) is read again.
    const { target } = session();
    if (target.writesToDisk) {
      const folder = path.join(target.workspace, '.annotations', SAMPLE_NAME);
      const file = readdirSync(folder).find((f) => readFileSync(path.join(folder, f), 'utf8').includes(TRIAGE.verdictNote.body));
      expect(file, 'no note file holds the verdict note');
      const rewritten = 'Rewritten on disk by another program while the article was being edited.';
      writeFileSync(path.join(folder, file), readFileSync(path.join(folder, file), 'utf8').replace(TRIAGE.verdictNote.body, rewritten));
      await annotator().locator(ui.MARGIN_NOTE).filter({ hasText: rewritten }).first().waitFor({ state: 'attached', timeout: 30_000 });
    }
  });
}
