import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT, SAMPLE_TEXT } from '../support/sample';
import { articleMessage, claimsIn, DOC, notesFor } from './fixtures';
import { closeBrowser, openWebview, selectInArticle, type ThemeName } from './page';

const AXE = readFileSync(path.join(REPO_ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: ReadonlyArray<{ readonly target: readonly string[] }>;
}

/** Runs axe-core in the page (through the debugger, so the webview's CSP stays as strict as in VS Code). */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const violations = await page.evaluate<AxeViolation[]>(
    `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) })))`,
  );
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

const NOTES = notesFor(SAMPLE_TEXT, [
  { quote: 'surged 18.9 percent year on year to $17.67 billion', content: { verdict: 'verified', body: 'Matches **customs** data.', tags: ['trade', 'statistics'], evidence: ['https://example.org/customs'] } },
  { quote: 'a record of 6,195 China-Europe freight trains', content: { verdict: 'needs source', body: 'No operator named.' } },
]);

describe('Webview in Chromium: accessibility (axe-core)', function () {
  this.timeout(90_000);
  after(closeBrowser);

  it('the check itself reports a serious violation when there is one', async () => {
    const view = await openWebview();
    await view.send(articleMessage(SAMPLE_TEXT, NOTES));
    await view.page.evaluate(`document.getElementById('notes').append(Object.assign(document.createElement('button'), { className: 'icon-only' }))`);
    const found = await seriousViolations(view.page);
    assert.ok(found.some((v) => v.includes('button-name')), found.join('\n'));
  });

  for (const theme of ['dark', 'light', 'high-contrast'] as ThemeName[]) {
    it(`has no serious or critical violations with claims, notes and a claim in focus (${theme} theme)`, async () => {
      const view = await openWebview({ theme });
      await view.send(articleMessage(SAMPLE_TEXT, NOTES));
      await view.page.locator('#article').focus();
      await view.page.keyboard.press('j');
      const trade = claimsIn().find((c) => c.text.includes('18.9 percent'));
      assert.ok(trade);
      await view.send({ type: 'reveal', documentUri: DOC, start: trade.start, end: trade.end });
      await view.page.waitForTimeout(100);
      await view.screenshot(`annotated-sample-${theme}`);
      assert.deepEqual(await seriousViolations(view.page), []);
    });
  }

  it('has no serious or critical violations with the note form open and its preview shown', async () => {
    const view = await openWebview();
    await view.send(articleMessage(SAMPLE_TEXT, NOTES));
    await selectInArticle(view.page, 'Kazakhstan is home to five Confucius Institutes');
    await view.page.locator('#add-note').click();
    assert.deepEqual(await seriousViolations(view.page), []);
    await view.page.locator('#note-body').fill('**Five** institutes, per the Ministry.');
    await view.page.locator('#note-preview-toggle').click();
    await view.screenshot('note-form-preview');
    assert.deepEqual(await seriousViolations(view.page), []);
  });

  it('has no serious or critical violations with drifted and orphaned notes and the keyboard map open', async () => {
    const [drift, orphan] = notesFor(SAMPLE_TEXT, [
      { quote: 'Bilateral trade between China and Kazakhstan', content: { verdict: 'verified' } },
      { quote: 'Facing COVID-19', content: { body: 'gone' } },
    ]);
    assert.ok(drift && orphan);
    const notes = [{ ...drift, status: 'drifted' as const, currentText: 'Bilateral trade between the two' }, { ...orphan, status: 'orphaned' as const, start: null, end: null, currentText: null }];
    const view = await openWebview({ width: 700 });
    await view.send(articleMessage(SAMPLE_TEXT, notes));
    await view.page.locator('#keyboard-help summary').click();
    await view.screenshot('narrow-drifted-keyboard-map');
    assert.deepEqual(await seriousViolations(view.page), []);
  });
});
