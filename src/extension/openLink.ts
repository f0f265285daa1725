import * as vscode from 'vscode';

const OPENABLE = new Set(['http', 'https', 'mailto']);

/** Only web and mail links, and only after the analyst has seen where a link from article text really goes. */
export async function openLinkAfterConfirmation(href: string): Promise<void> {
  let target: vscode.Uri;
  try {
    target = vscode.Uri.parse(href.trim(), true);
  } catch {
    void vscode.window.showWarningMessage(vscode.l10n.t('Not a link that can be opened: {0}', href.slice(0, 200)));
    return;
  }
  if (!OPENABLE.has(target.scheme.toLowerCase())) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Only http, https and mailto links are opened: {0}', href.slice(0, 200)));
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
