import { isChunk } from './chunks';
import { locate, textStart } from './offsets';

/** What is at the top of the viewport, as a source offset, so a repaint can put it back where it was. */
export interface ScrollAnchor {
  readonly scrollY: number;
  /** -1: nothing to anchor to (at the top, or nothing painted). */
  readonly offset: number;
  readonly top: number;
}

function firstOffsetIn(block: Element): { offset: number; element: Element } | undefined {
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(), tries = 0; node instanceof Text && tries < 64; node = walker.nextNode(), tries++) {
    const offset = textStart(node);
    if (offset !== undefined && node.parentElement) return { offset, element: node.parentElement };
  }
  return undefined;
}

/** The first of the elements whose bottom is below the top of the viewport (they are in document order). */
function firstOnScreen(elements: HTMLCollection): Element | undefined {
  if (elements.length === 0) return undefined;
  let low = 0;
  let high = elements.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((elements[mid] as Element).getBoundingClientRect().bottom > 0) high = mid;
    else low = mid + 1;
  }
  return elements[low] ?? undefined;
}

/**
 * Long articles lay out only the chunks of blocks near the viewport (see chunks.ts), so after a repaint the same
 * scrollY can show other text: the first block at the top of the viewport is kept instead.
 */
export function captureScroll(article: HTMLElement): ScrollAnchor {
  const scrollY = window.scrollY;
  if (scrollY === 0) return { scrollY, offset: -1, top: 0 };
  // A chunk first, then a block in it: a chunk not laid out has a size without its blocks being laid out.
  const top = firstOnScreen(article.children);
  let block = isChunk(top) ? firstOnScreen(top.children) : top;
  // A chunk holds its last block's bottom margin: the top of the viewport may be in it, below every block of the chunk.
  if (isChunk(top) && block && block.getBoundingClientRect().bottom <= 0) block = top.nextElementSibling?.firstElementChild ?? block;
  const found = block ? firstOffsetIn(block) : undefined;
  return found ? { scrollY, offset: found.offset, top: found.element.getBoundingClientRect().top } : { scrollY, offset: -1, top: 0 };
}

export function restoreScroll(article: HTMLElement, anchor: ScrollAnchor): void {
  const at = anchor.offset >= 0 ? locate(article, anchor.offset)?.node.parentElement : undefined;
  if (at) window.scrollBy(0, at.getBoundingClientRect().top - anchor.top);
  // Not moving is not a reason to read the scroll position: that would lay out the whole article now.
  else if (anchor.scrollY !== 0) window.scrollTo(0, anchor.scrollY);
}

/**
 * Back to where the reader was before the panel was hidden or reloaded: by the text at the top of the viewport
 * when it was recorded (long articles lay out lazily, so a pixel position alone can land elsewhere).
 */
export function restoreSavedScroll(article: HTMLElement, anchor: ScrollAnchor | undefined, legacyScrollTop?: number): void {
  if (anchor && anchor.offset >= 0) {
    window.scrollTo(0, anchor.scrollY);
    restoreScroll(article, anchor);
    // Blocks that come into view get their real height over the next frames: correct once they have it.
    requestAnimationFrame(() => requestAnimationFrame(() => restoreScroll(article, anchor)));
    return;
  }
  const scrollY = anchor?.scrollY ?? legacyScrollTop;
  if (scrollY) window.scrollTo(0, scrollY);
}
