// Keyboard-only triage and the claim filters, as an analyst works through the sample.
import type { FrameLocator, Keyboard } from 'playwright-core';
import { expect, noteCard, paintedClaims, progress, reopenAnnotator, type FlowSession, type PaintedClaim } from './flowKit';
import * as ui from './selectors';

export const TRIAGE = {
  firstClaim: 'This year marks the 30th anniversary',
  secondClaim: 'state visit to Kazakhstan will deepen',
  verdictNote: { body: 'Diplomatic ties date from 3 January 1992: thirty years, as stated.', verdict: 'verified' },
  tradeClaim: '18.9 percent',
  tradeNote: { body: 'Growth in value or in volume? The customs data for January to July must say.', verdict: 'misleading' },
};

async function currentClaimText(annotator: FrameLocator): Promise<string> {
  const current = annotator.locator(ui.CURRENT_CLAIM);
  return (await current.count()) === 0 ? '' : (await current.allInnerTexts()).join('');
}

async function expectFocusedClaim(annotator: FrameLocator, text: string, after: string): Promise<void> {
  await annotator.locator(`${ui.CURRENT_CLAIM}:focus`).waitFor({ timeout: 5_000 }).catch(() => undefined);
  const current = await currentClaimText(annotator);
  expect(current.includes(text), `after ${after} the current claim should be "${text}…", it is ${JSON.stringify(current.slice(0, 80))}`);
  expect((await annotator.locator(`${ui.CURRENT_CLAIM}:focus`).count()) === 1, `after ${after} the current claim does not have the keyboard focus`);
}

function highlighted(claims: readonly PaintedClaim[]): PaintedClaim[] {
  return claims.filter((c) => c.highlighted);
}

export function registerTriageFlows(session: () => FlowSession): void {
  const annotator = (): FrameLocator => session().vscode.webview();
  const keyboard = (): Keyboard => session().vscode.page.keyboard;

  /** Picks an option of the focused verdict list with the arrow keys, as a keyboard user does. */
  const chooseVerdict = async (verdict: string): Promise<void> => {
    const select = annotator().locator(`${ui.NOTE_VERDICT}:focus`);
    await select.waitFor({ timeout: 5_000 });
    for (let i = 0; i < 12 && (await select.inputValue()) !== verdict; i += 1) await keyboard().press('ArrowDown');
    expect((await select.inputValue()) === verdict, `the arrow keys never reached the verdict ${verdict}`);
  };

  it('triages the sample with the keyboard only: j/k through claims, v for a verdict, n for a note', async () => {
    const { vscode } = session();
    await reopenAnnotator(vscode);
    const before = await progress(annotator());
    // From here on only the keyboard: the annotator has the focus once it opens.
    await keyboard().press('j');
    await expectFocusedClaim(annotator(), TRIAGE.firstClaim, 'j');
    await keyboard().press('j');
    await expectFocusedClaim(annotator(), TRIAGE.secondClaim, 'j, j');
    await vscode.shot('triage-j-next-claim');
    await keyboard().press('k');
    await expectFocusedClaim(annotator(), TRIAGE.firstClaim, 'j, j, k');

    await keyboard().press('v');
    await chooseVerdict(TRIAGE.verdictNote.verdict);
    await keyboard().press('Shift+Tab');
    await annotator().locator(`${ui.NOTE_BODY}:focus`).waitFor({ timeout: 5_000 });
    await keyboard().type(TRIAGE.verdictNote.body);
    await vscode.shot('triage-v-verdict-form');
    await keyboard().press('Control+Enter');
    const verdictCard = noteCard(annotator(), TRIAGE.verdictNote.body);
    await verdictCard.waitFor({ state: 'visible' });
    expect((await verdictCard.locator('.verdict').innerText()) === TRIAGE.verdictNote.verdict, 'the saved note does not show the verdict chosen with the keyboard');
    await annotator().locator(`${ui.CLAIM}.reviewed`).filter({ hasText: '30th anniversary' }).first().waitFor();
    const afterVerdict = await progress(annotator());
    expect(afterVerdict.reviewed === before.reviewed + 1, `progress should read ${before.reviewed + 1} reviewed after a verdict, reads ${afterVerdict.reviewed}`);
    await expectFocusedClaim(annotator(), TRIAGE.firstClaim, 'saving the note');

    for (let i = 0; i < 30 && !(await currentClaimText(annotator())).includes(TRIAGE.tradeClaim); i += 1) await keyboard().press('j');
    await expectFocusedClaim(annotator(), TRIAGE.tradeClaim, 'stepping with j');
    await keyboard().press('n');
    await annotator().locator(`${ui.NOTE_BODY}:focus`).waitFor({ timeout: 5_000 });
    await keyboard().type(TRIAGE.tradeNote.body);
    await keyboard().press('Tab');
    await chooseVerdict(TRIAGE.tradeNote.verdict);
    await vscode.shot('triage-n-note-form');
    await keyboard().press('Control+Enter');
    const tradeCard = noteCard(annotator(), TRIAGE.tradeNote.body);
    await tradeCard.waitFor({ state: 'visible' });
    expect((await tradeCard.innerText()).includes(TRIAGE.tradeClaim), 'the new note does not quote the claim it was written on');
    const after = await progress(annotator());
    expect(after.reviewed === before.reviewed + 2, `progress should read ${before.reviewed + 2} of ${after.total} reviewed, reads ${after.reviewed}`);
    await vscode.shot('triage-notes-saved');
  });

  it('filters the highlights: "/" to the legend, a kind toggle, unsourced only, unreviewed only', async () => {
    const { vscode } = session();
    const all = await paintedClaims(annotator());
    expect(highlighted(all).length === all.length, 'with no filter every claim should be highlighted');

    await keyboard().press('/');
    const toggle = annotator().locator(`${ui.TOOLBAR} button:focus`);
    await toggle.waitFor({ timeout: 5_000 });
    const kind = await toggle.getAttribute('data-kind');
    expect(kind, '"/" should focus the first kind toggle of the legend');
    await keyboard().press('Enter');
    expect((await toggle.getAttribute('aria-pressed')) === 'false', `the ${kind} toggle does not show it is off`);
    const withoutKind = await paintedClaims(annotator());
    expect(withoutKind.every((c) => c.kind !== kind || !c.highlighted), `${kind} claims are still highlighted with their kind hidden`);
    expect(highlighted(withoutKind).length > 0 && withoutKind.some((c) => c.kind !== kind && c.highlighted), 'hiding one kind hid the others too');
    await vscode.shot(`filter-${kind}-hidden`);
    await keyboard().press('Enter');
    expect(highlighted(await paintedClaims(annotator())).length === all.length, `turning ${kind} back on did not bring its highlights back`);

    await annotator().locator(ui.FILTER_UNSOURCED).click();
    const unsourced = await paintedClaims(annotator());
    expect(highlighted(unsourced).length > 0, '"Unsourced only" left nothing highlighted');
    expect(highlighted(unsourced).every((c) => c.unsourced), '"Unsourced only" still highlights claims that name a source');
    expect(unsourced.some((c) => !c.unsourced && !c.highlighted), '"Unsourced only" should dim the claims with a source');
    await vscode.shot('filter-unsourced-only');
    await annotator().locator(ui.FILTER_UNSOURCED).click();

    await annotator().locator(ui.FILTER_UNREVIEWED).click();
    const unreviewed = await paintedClaims(annotator());
    const reviewed = unreviewed.filter((c) => c.reviewed);
    expect(reviewed.length >= 3, `expected the three claims with a verdict to be marked reviewed, saw ${reviewed.length}`);
    expect(reviewed.every((c) => !c.highlighted), '"Unreviewed only" still highlights reviewed claims');
    expect(unreviewed.some((c) => !c.reviewed && c.highlighted), '"Unreviewed only" left no unreviewed claim highlighted');
    await vscode.shot('filter-unreviewed-only');
    await annotator().locator(ui.FILTER_UNREVIEWED).click();
    expect(highlighted(await paintedClaims(annotator())).length === all.length, 'clearing the filters did not bring every highlight back');
  });
}
