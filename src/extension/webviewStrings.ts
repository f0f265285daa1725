import * as vscode from 'vscode';
import { WEBVIEW_STRINGS, type WebviewStringKey, type WebviewStringTable } from '../protocol/webviewStrings';

/** The webview's words in the display language: each English template looked up like the host's own strings. */
export function localisedWebviewStrings(): WebviewStringTable {
  const table = {} as Record<WebviewStringKey, string>;
  for (const key of Object.keys(WEBVIEW_STRINGS) as WebviewStringKey[]) table[key] = vscode.l10n.t(WEBVIEW_STRINGS[key]);
  return table;
}
