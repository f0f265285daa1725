// A report of several megabytes, as analysts receive them, opened with the settings a user starts with.
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { SAMPLE_NAME, SAMPLES_DIR } from '../../../scripts/harness/paths';
import { eventually, waitForAnnotator, type FlowSession } from './flowKit';
import * as ui from './selectors';

/** Plain text, not Markdown: the export flow counts the workspace's Markdown files. */
export const LARGE_REPORT = 'annual-report-5mb.txt';
const REPORT_CHARACTERS = 5_000_000;

/** The sample's paragraphs over and over, each round marked, to 5 million characters: the 5 MB report. */
function largeReport(): { readonly text: string; readonly lastRound: string } {
  const paragraphs = readFileSync(path.join(SAMPLES_DIR, SAMPLE_NAME), 'utf8').split(/\n\s*\n/).filter((p) => p.trim().length > 0);
  const parts: string[] = [];
  let length = 0;
  let round = 0;
  while (length < REPORT_CHARACTERS) {
    round++;
    for (const paragraph of paragraphs) {
      const part = `${paragraph.trim()} (Round ${round}.)`;
      parts.push(part);
      length += part.length + 2;
    }
  }
  // The last round's marker ends the report: it is painted only if the whole report is.
  return { text: `${parts.join('\n\n')}\n`, lastRound: `(Round ${round}.)` };
}

export function writeLargeReport(folder: string): void {
  writeFileSync(path.join(folder, LARGE_REPORT), largeReport().text);
}

export function registerLargeReportFlows(session: () => FlowSession): void {
  it('opens a 5 MB report as the article with its claims highlighted, not as a size notice', async () => {
    const { vscode } = session();
    // The only webview on screen, so that the flow reads this one; the live edits of an earlier flow are not saved.
    await vscode.command('View: Close All Editors');
    const dontSave = vscode.page.locator('.monaco-dialog-box .monaco-button').filter({ hasText: /^Don[’']t Save$/ }).first();
    await dontSave.waitFor({ state: 'visible', timeout: 5_000 }).then(() => dontSave.click(), () => undefined);
    await vscode.page.locator(ui.WEBVIEW_IFRAME).waitFor({ state: 'detached', timeout: 30_000 });
    await vscode.openFromExplorer(LARGE_REPORT);
    await vscode.reopenWith('Article Annotator');
    await waitForAnnotator(vscode);
    const annotator = vscode.webview();
    // The article is painted in chunks, the top first: its end is there once all of it is.
    await annotator.locator(ui.ARTICLE).filter({ hasText: largeReport().lastRound }).waitFor({ state: 'attached', timeout: 60_000 });
    await eventually(async () => (await annotator.locator(ui.CLAIM).count()) > 10_000, "the report's claims are not highlighted throughout", 60_000);
    await vscode.shot('large-report-in-annotator');
  });
}
