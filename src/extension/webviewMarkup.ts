import { escapeHtml } from '../core/render/highlights';
import { WEBVIEW_STRINGS, type WebviewStringTable } from '../protocol/webviewStrings';

/** The annotator's page, apart from VS Code: the Chromium tests load this same markup. */
export interface WebviewPage {
  readonly csp: string;
  readonly nonce: string;
  readonly styleUri: string;
  readonly scriptUri: string;
  /** The page's own labels; English when absent. */
  readonly strings?: WebviewStringTable;
  /** VS Code's display language (vscode.env.language), for screen readers and hyphenation. */
  readonly lang?: string;
}

export function webviewDocument(page: WebviewPage): string {
  const words = page.strings ?? WEBVIEW_STRINGS;
  const t = (key: keyof WebviewStringTable): string => escapeHtml(words[key]);
  return `<!DOCTYPE html>
<html lang="${escapeHtml(page.lang ?? 'en')}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${page.csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${page.styleUri}">
<title>Article Annotator</title>
</head>
<body>
<header id="top">
<div id="toolbar" role="toolbar" aria-label="${t('filters')}" aria-controls="article"></div>
<details id="keyboard-help"><summary>${t('keyboardHelp')}</summary><dl id="keyboard-map"></dl></details>
</header>
<div id="layout">
<main id="article" aria-label="${t('articleRegion')}" aria-busy="true" tabindex="0"><p class="loading">${t('loading')}</p></main>
<aside id="notes" aria-label="${t('notesRegion')}"></aside>
</div>
<div id="announcer" class="visually-hidden" role="status" aria-live="polite" aria-atomic="true"></div>
<script nonce="${page.nonce}" src="${page.scriptUri}"></script>
</body>
</html>`;
}

/** Nothing but the extension's own style sheet and the nonce'd bundle may load or run. */
export function webviewCsp(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspSource}`,
    `img-src ${cspSource}`,
    `font-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
}
