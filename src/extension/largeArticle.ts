/**
 * Longest article (UTF-16 characters) analysed unless the setting says otherwise: a 5 MB report with room to spare.
 * The benchmark opens its 5 MB article in about half the time the Markdown preview takes, at this default.
 */
export const DEFAULT_MAX_ARTICLE_LENGTH = 6_000_000;

/** The limit from the setting; anything that is not a positive number falls back to the default. */
export function maxArticleLength(setting: unknown): number {
  return typeof setting === 'number' && Number.isFinite(setting) && setting > 0 ? setting : DEFAULT_MAX_ARTICLE_LENGTH;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * What the annotator shows for an article above the limit: a notice, no script at all, so the editor
 * never freezes on claim detection or on painting megabytes of text. The text editor still opens the file.
 */
export function largeArticleDocument(title: string, message: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title>
<style>body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 2em; max-width: 40em; }</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p role="alert">${escapeHtml(message)}</p>
</body>
</html>`;
}
