import * as vscode from 'vscode';
import { isOpenableLink } from '../core/render/links';

/** Only web and mail links, and only after the analyst has seen where a link from article text really goes. */
export async function openLinkAfterConfirmation(href: string): Promise<void> {
  if (!isOpenableLink(href)) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Only http, https and mailto links are opened: {0}', href.slice(0, 200)));
    return;
  }
  let target: vscode.Uri;
  try {
    target = vscode.Uri.parse(href, true);
  } catch {
    void vscode.window.showWarningMessage(vscode.l10n.t('Not a link that can be opened: {0}', href.slice(0, 200)));
    return;
  }
  const open = vscode.l10n.t('Open');
  const choice = await vscode.window.showWarningMessage(
    vscode.l10n.t('Open this link from the article?'),
    { modal: true, detail: target.toString(true) },
    open,
  );
  if (choice === open) await vscode.env.openExternal(target);
}
