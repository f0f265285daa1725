import * as vscode from 'vscode';
import { WEBVIEW_STRINGS, type WebviewStringKey, type WebviewStringTable } from '../protocol/webviewStrings';

let table: WebviewStringTable | undefined;

/**
 * The webview's words in the display language: each English template looked up like the host's own strings.
 * Looked up once: the display language changes only with a window reload, and every article message carries it.
 */
export function localisedWebviewStrings(): WebviewStringTable {
  if (table) return table;
  const looked = {} as Record<WebviewStringKey, string>;
  for (const key of Object.keys(WEBVIEW_STRINGS) as WebviewStringKey[]) looked[key] = vscode.l10n.t(WEBVIEW_STRINGS[key]);
  table = looked;
  return table;
}
