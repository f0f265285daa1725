/**
 * Source offsets of the painted article. Only anchors carry data-s (marks, block elements, and text that does
 * not continue the source where the element before it ends; see PieceMode in src/core/render/highlights.ts),
 * counted from their block's start (data-b): a text node's offset is its nearest preceding anchor's plus the
 * text between them.
 */

/** data-s counts from the start of the element's block (data-b on the block's element, see articleView.ts). */
function anchorStart(element: Element): number | undefined {
  const value = element instanceof HTMLElement ? element.dataset['s'] : undefined;
  if (value === undefined) return undefined;
  const block = element.closest<HTMLElement>('[data-b]');
  return Number(value) + Number(block?.dataset['b'] ?? 0);
}

/** Where a text node of the article starts in the source, or undefined for text that is not from it. */
export function textStart(node: Text): number | undefined {
  let within = 0;
  for (let sibling = node.previousSibling; sibling; sibling = sibling.previousSibling) {
    if (sibling instanceof Text) {
      within += sibling.data.length;
      continue;
    }
    const start = sibling instanceof Element ? anchorStart(sibling) : undefined;
    // Anything else before it (a <br>, an image's alt text) breaks the run: the renderer anchors what follows.
    return start === undefined ? undefined : start + (sibling.textContent?.length ?? 0) + within;
  }
  const start = node.parentElement ? anchorStart(node.parentElement) : undefined;
  return start === undefined ? undefined : start + within;
}

function lastText(node: Node): Text | undefined {
  for (let child = node.lastChild; child; child = child.previousSibling) {
    if (child instanceof Text) return child;
    const inner = lastText(child);
    if (inner) return inner;
  }
  return undefined;
}

/** Maps a DOM position inside the rendered article to a UTF-16 offset in the source file. */
export function sourceOffset(root: Node, node: Node, offset: number): number | undefined {
  if (node instanceof Text) {
    const start = textStart(node);
    return start === undefined ? undefined : start + offset;
  }
  const child = node.childNodes[offset];
  if (!child) {
    const last = lastText(node);
    const start = last ? textStart(last) : undefined;
    return last && start !== undefined ? start + last.length : undefined;
  }
  // Before `child`: where the first text at or after it starts.
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  walker.currentNode = child;
  const text = child instanceof Text ? child : walker.nextNode();
  return text instanceof Text ? textStart(text) : undefined;
}

interface AnchorIndex {
  readonly root: HTMLElement;
  readonly first: Node | null;
  readonly anchors: readonly HTMLElement[];
  readonly starts: readonly number[];
}

let cached: AnchorIndex | undefined;

/** The article's anchors in document order (their offsets never decrease), rebuilt after each repaint. */
function anchorsOf(root: HTMLElement): AnchorIndex {
  const current = cached;
  if (current && current.root === root && current.first === root.firstChild && (current.anchors[0]?.isConnected ?? true)) return current;
  const anchors = [...root.querySelectorAll<HTMLElement>('[data-s]')];
  cached = { root, first: root.firstChild, anchors, starts: anchors.map((a) => anchorStart(a) ?? 0) };
  return cached;
}

/** The article was repainted: blocks may have changed anywhere in it, not only at its start. */
export function forgetAnchors(): void {
  cached = undefined;
}

/** The text node and the offset in it of a source offset; `end` prefers the end of a node to the start of the next. */
export function locate(root: HTMLElement, offset: number, end = false): { node: Text; offset: number } | undefined {
  const { anchors, starts } = anchorsOf(root);
  let low = 0;
  let high = starts.length - 1;
  let at = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((starts[mid] as number) <= offset) {
      at = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  const anchor = anchors[Math.max(0, at)];
  if (!anchor) return undefined;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  walker.currentNode = anchor;
  let best: { node: Text; offset: number } | undefined;
  for (let node = walker.nextNode(); node instanceof Text; node = walker.nextNode()) {
    const start = textStart(node);
    if (start === undefined) continue;
    if (start > offset) return best ?? { node, offset: 0 };
    const inside = end ? offset <= start + node.length : offset < start + node.length;
    if (inside) return { node, offset: offset - start };
    best = { node, offset: node.length };
  }
  return best;
}

/** The painted element that holds a source offset (a mark, an anchored piece or its block). */
export function pieceAtOffset(root: HTMLElement, offset: number): HTMLElement | undefined {
  return locate(root, offset)?.node.parentElement ?? undefined;
}

/** A DOM range over source offsets [start, end) of the painted article. */
export function domRange(root: HTMLElement, start: number, end: number): Range | undefined {
  const from = locate(root, start);
  const to = locate(root, Math.max(start, end), true);
  if (!from || !to) return undefined;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}
