import { renderArticle } from '../core/render/article';
import { claimHighlights, noteHighlights } from '../core/render/claimHighlights';
import type { Highlight } from '../core/render/highlights';
import { captureScroll, restoreScroll, type ScrollAnchor } from './scrollAnchor';
import type { ViewModel } from './view';

/** Above this many characters only the blocks near the viewport are laid out (content-visibility in webview.css). */
const LONG_ARTICLE = 50_000;

/** What the article element shows now. */
let painted: { readonly text: string; readonly format: string; readonly highlights: readonly Highlight[] } | undefined;

function sameHighlight(a: Highlight, b: Highlight): boolean {
  if (a.start !== b.start || a.end !== b.end || a.className !== b.className) return false;
  const aData = Object.entries(a.data);
  const bData = b.data;
  return aData.length === Object.keys(bData).length && aData.every(([key, value]) => bData[key] === value);
}

function sameHighlights(a: readonly Highlight[], b: readonly Highlight[]): boolean {
  return a.length === b.length && a.every((highlight, i) => sameHighlight(highlight, b[i] as Highlight));
}

/** An offset in the text painted before, moved to where the same text is after an edit (one changed stretch). */
function moved(anchor: ScrollAnchor, before: string, after: string): ScrollAnchor {
  if (anchor.offset < 0 || before === after) return anchor;
  const limit = Math.min(before.length, after.length, anchor.offset + 1);
  let same = 0;
  while (same < limit && before.charCodeAt(same) === after.charCodeAt(same)) same++;
  return same > anchor.offset ? anchor : { ...anchor, offset: Math.max(0, anchor.offset + after.length - before.length) };
}

/**
 * Paints the article's text with its claim and note highlights, runs `then` (what else depends on the marks),
 * and keeps the text that was at the top of the viewport there.
 */
export function repaintArticle(article: HTMLElement, model: ViewModel, then: () => void): void {
  const shown = model.article;
  if (!shown) return;
  const highlights = [...claimHighlights(shown.claims), ...noteHighlights(model.notes)];
  // A note saved without moving its passage (its body, verdict or tags changed) leaves the text as painted:
  // rebuilding a long article for it froze the pane on every save.
  if (painted && shown.text === painted.text && shown.format === painted.format && sameHighlights(highlights, painted.highlights)) {
    then();
    return;
  }
  const scroll = moved(captureScroll(article), painted?.text ?? '', shown.text);
  // Safe: the renderer escapes all article text and markdown-it runs with raw HTML off.
  article.innerHTML = renderArticle(shown.text, shown.format, highlights, 'anchors');
  painted = { text: shown.text, format: shown.format, highlights };
  article.classList.toggle('long', shown.text.length > LONG_ARTICLE);
  article.setAttribute('aria-busy', 'false');
  then();
  restoreScroll(article, scroll);
}
