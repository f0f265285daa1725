import { mkdirSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import * as ui from './selectors';

const LONG = 120_000;

/** Drives the VS Code workbench in Chromium the way a user does: explorer, command palette, editors, webviews. */
export class Workbench {
  private step = 0;

  constructor(
    readonly page: Page,
    private readonly url: string,
    private readonly shotsDir: string,
  ) {
    rmSync(shotsDir, { recursive: true, force: true });
    mkdirSync(shotsDir, { recursive: true });
  }

  async load(): Promise<void> {
    await this.page.goto(this.url, { timeout: LONG, waitUntil: 'domcontentloaded' });
    await this.waitForWorkbench();
  }

  async reload(): Promise<void> {
    await this.page.reload({ timeout: LONG, waitUntil: 'domcontentloaded' });
    await this.waitForWorkbench();
  }

  private async waitForWorkbench(): Promise<void> {
    await this.page.locator(ui.EXPLORER_ROW).first().waitFor({ timeout: LONG });
  }

  /** Saves `NN-name.png` for this step and returns its path. */
  async shot(name: string): Promise<string> {
    this.step += 1;
    const file = path.join(this.shotsDir, `${String(this.step).padStart(2, '0')}-${name}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  explorerItem(name: string): Locator {
    return this.page.locator(ui.EXPLORER_ROW).filter({ hasText: name }).first();
  }

  async openFromExplorer(name: string): Promise<void> {
    await this.explorerItem(name).dblclick();
    await this.page.locator(ui.ACTIVE_TAB).filter({ hasText: name }).waitFor({ timeout: LONG });
  }

  /**
   * F1, the command's title, pick it: the command palette as a user types it. Retried while the command is not
   * listed yet: contributions of extensions appear only once the (remote) extension host has started. A text
   * field in a webview (a note's editor, restored after a reload) may keep F1 from the workbench: then the
   * side bar's title is clicked, as a user would to leave the field, and F1 pressed again.
   */
  async command(title: string, timeoutMs = 120_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      await this.page.keyboard.press('F1');
      const input = this.page.locator(ui.QUICK_INPUT_BOX);
      const opened = await input.waitFor({ timeout: 5_000 }).then(() => true, () => false);
      if (!opened) {
        if (Date.now() > deadline) throw new Error(`F1 never opened the command palette for "${title}"`);
        await this.page.locator(ui.SIDEBAR_TITLE).first().click({ timeout: 5_000 }).catch(() => undefined);
        continue;
      }
      await input.fill(`>${title}`);
      const row = this.page.locator(ui.QUICK_INPUT_ROW).filter({ hasText: title }).first();
      const listed = await row.waitFor({ timeout: 5_000 }).then(() => true, () => false);
      if (listed) {
        await row.click();
        return;
      }
      await this.page.keyboard.press('Escape');
      if (Date.now() > deadline) throw new Error(`The command palette never listed "${title}"`);
      await this.page.waitForTimeout(1_000);
    }
  }

  /** Picks the quick-pick row whose label contains `label` (after the list has filtered to it). */
  async pickQuickItem(label: string): Promise<void> {
    const row = this.page.locator(ui.QUICK_INPUT_ROW).filter({ hasText: label }).first();
    await row.waitFor({ timeout: LONG });
    await row.click();
  }

  /**
   * "View: Reopen Editor With...", then the editor named `label`. Asked again while it is not offered: the picker
   * lists only the editors registered when it opens, and a busy (remote) extension host registers them late.
   */
  async reopenWith(label: string, timeoutMs = 120_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      await this.command('View: Reopen Editor With...');
      const row = this.page.locator(ui.QUICK_INPUT_ROW).filter({ hasText: label }).first();
      if (await row.waitFor({ timeout: 10_000 }).then(() => true, () => false)) {
        await row.click();
        return;
      }
      await this.page.keyboard.press('Escape');
      if (Date.now() > deadline) throw new Error(`"Reopen Editor With..." never offered "${label}"`);
      await this.page.waitForTimeout(2_000);
    }
  }

  async typeInQuickInput(text: string): Promise<void> {
    const input = this.page.locator(ui.QUICK_INPUT_BOX);
    await input.waitFor();
    await input.fill(text);
  }

  async acceptQuickInput(): Promise<void> {
    await this.page.locator(ui.QUICK_INPUT_BOX).press('Enter');
    await this.page.locator(ui.QUICK_INPUT).waitFor({ state: 'hidden' });
  }

  /** The content of the visible webview: VS Code nests it in `#active-frame` inside `iframe.webview`. */
  webview(): FrameLocator {
    return this.page
      .locator(ui.WEBVIEW_IFRAME)
      .filter({ visible: true })
      .first()
      .contentFrame()
      .locator('#active-frame')
      .contentFrame();
  }

  notification(text: string): Locator {
    return this.page.locator(ui.NOTIFICATION).filter({ hasText: text }).first();
  }

  /** The text of the active plain-text editor, as Monaco renders it (visible lines only). */
  async editorText(): Promise<string> {
    const lines = this.page.locator('.editor-instance .monaco-editor .view-lines').first();
    await lines.waitFor({ timeout: LONG });
    return (await lines.innerText()).replace(/\u00a0/g, ' ');
  }
}
