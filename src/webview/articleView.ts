import { renderArticle, type ArticleBlock } from '../core/render/article';
import { ArticleBlockRenderer } from '../core/render/blockRenderer';
import { commonEnds } from '../core/render/listEdit';
import { sharedHead } from '../core/render/textEdit';
import { articleHighlights } from '../core/render/claimHighlights';
import { sameHighlights, type Highlight } from '../core/render/highlights';
import { chunked, insertBlocks, isChunk, tidy } from './chunks';
import { forgetAnchors } from './offsets';
import { captureScroll, restoreScroll, type ScrollAnchor } from './scrollAnchor';
import type { ViewModel } from './view';

/** Above this many characters only the chunks of blocks near the viewport are laid out (see chunks.ts). */
const LONG_ARTICLE = 50_000;

/** The blocks a repaint built anew, in order, and the stretch of the text they cover. */
export interface RebuiltBlocks {
  readonly elements: readonly Element[];
  readonly start: number;
  readonly end: number;
}

/** What the article element shows now: its blocks and their elements (undefined when they did not pair up). */
let painted:
  | {
      readonly text: string;
      readonly format: string;
      readonly highlights: readonly Highlight[];
      readonly blocks: readonly ArticleBlock[];
      readonly elements: readonly Element[] | undefined;
    }
  | undefined;

/**
 * Parses blocks' markup into their elements, each with its start in the source (data-b), which its data-s offsets
 * count from; undefined when the markup did not give one element per block.
 */
function blockElements(container: HTMLElement | HTMLTemplateElement, blocks: readonly ArticleBlock[]): Element[] | undefined {
  // Safe: the renderer escapes all article text and markdown-it runs with raw HTML off.
  container.innerHTML = blocks.map((block) => block.html).join('');
  const elements = [...(container instanceof HTMLTemplateElement ? container.content : container).children];
  if (elements.length !== blocks.length) return undefined;
  elements.forEach((element, i) => element.setAttribute('data-b', String(blocks[i]?.base ?? 0)));
  return elements;
}

/** Paints all the blocks, in chunks; undefined (and nothing painted) when the markup did not give one element per block. */
function paintBlocks(article: HTMLElement, blocks: readonly ArticleBlock[]): Element[] | undefined {
  const template = document.createElement('template');
  const elements = blockElements(template, blocks);
  if (elements) article.replaceChildren(...chunked([...template.content.childNodes]));
  return elements;
}

/**
 * Rebuilds only the blocks between the first and the last that changed; the blocks an edit only moved keep their
 * elements (and the layout, focus and selection in them, unless their chunk is joined or split: see chunks.ts), with
 * their new start written on them. Gives every
 * block's element and the rebuilt ones among them.
 */
function patchBlocks(
  article: HTMLElement,
  before: readonly ArticleBlock[],
  elements: readonly Element[],
  blocks: readonly ArticleBlock[],
  textLength: number,
): { readonly elements: Element[]; readonly rebuilt: RebuiltBlocks } | undefined {
  // By markup alone: a block's markup counts from its own start, so a block an edit only moved keeps it.
  const { head, tail } = commonEnds(before, blocks, (a, b) => a.html === b.html);
  const template = document.createElement('template');
  const added = blockElements(template, blocks.slice(head, blocks.length - tail));
  if (!added) return undefined;
  const emptied = new Set<HTMLElement>();
  for (const element of elements.slice(head, before.length - tail)) {
    if (isChunk(element.parentElement)) emptied.add(element.parentElement);
    // Each block's markup ends in a line break, a text node of its own.
    const after = element.nextSibling;
    if (after instanceof Text && after.data.trim() === '') after.remove();
    element.remove();
  }
  const target = insertBlocks(article, template.content, elements[head - 1], elements[before.length - tail]);
  tidy(article, [...emptied, target]);
  const next = [...elements.slice(0, head), ...added, ...elements.slice(before.length - tail)];
  const rebase = (element: Element | undefined, was: ArticleBlock | undefined, now: ArticleBlock): void => {
    if (was?.base !== now.base) element?.setAttribute('data-b', String(now.base));
  };
  for (let i = 0; i < head; i++) rebase(next[i], before[i], blocks[i] as ArticleBlock);
  for (let k = 1; k <= tail; k++) rebase(next[next.length - k], before[before.length - k], blocks[blocks.length - k] as ArticleBlock);
  const rebuilt = { elements: added, start: blocks[head]?.base ?? textLength, end: blocks[blocks.length - tail]?.base ?? textLength };
  return { elements: next, rebuilt };
}

/** An offset in the text painted before, moved to where the same text is after an edit (one changed stretch). */
function moved(anchor: ScrollAnchor, before: string, after: string): ScrollAnchor {
  if (anchor.offset < 0 || before === after) return anchor;
  const same = sharedHead(before, after, Math.min(before.length, after.length, anchor.offset + 1));
  return same > anchor.offset ? anchor : { ...anchor, offset: Math.max(0, anchor.offset + after.length - before.length) };
}

// The webview renders what the host did not (a long article, notes changed since): again after an edit, only around it.
const renderer = new ArticleBlockRenderer();

/**
 * Paints the article's text with its claim and note highlights, runs `then` (what else depends on the marks) with
 * the blocks it rebuilt (undefined when it painted the whole article), and keeps the text that was at the top of
 * the viewport there.
 */
export function repaintArticle(article: HTMLElement, model: ViewModel, then: (rebuilt: RebuiltBlocks | undefined) => void): void {
  const shown = model.article;
  if (!shown) return;
  const highlights = articleHighlights(shown.claims, model.notes);
  // A note saved without moving its passage (its body, verdict or tags changed) leaves the text as painted:
  // rebuilding a long article for it froze the pane on every save.
  if (painted && shown.text === painted.text && shown.format === painted.format && sameHighlights(highlights, painted.highlights)) {
    then({ elements: [], start: 0, end: 0 });
    return;
  }
  const scroll = moved(captureScroll(article), painted?.text ?? '', shown.text);
  // The host's rendering holds the message's notes; a later notes message is painted here.
  const blocks = shown.blocks && model.notes === shown.notes ? shown.blocks : renderer.render(shown.text, shown.format, highlights);
  const before = painted?.format === shown.format ? painted : undefined;
  const patched = before?.elements && patchBlocks(article, before.blocks, before.elements, blocks, shown.text.length);
  const elements = patched?.elements ?? paintBlocks(article, blocks);
  // Blocks that did not give one element each carry offsets from a start nothing records: paint absolute ones.
  if (!elements) article.innerHTML = renderArticle(shown.text, shown.format, highlights, 'anchors');
  forgetAnchors();
  painted = { text: shown.text, format: shown.format, highlights, blocks, elements };
  article.classList.toggle('long', shown.text.length > LONG_ARTICLE);
  article.setAttribute('aria-busy', 'false');
  then(patched?.rebuilt);
  restoreScroll(article, scroll);
}
