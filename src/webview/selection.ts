/** Maps a DOM position inside the rendered article to a UTF-16 offset in the source file. */
function sourceOffset(node: Node, offset: number): number | undefined {
  let element: Element | null;
  let within = offset;
  if (node.nodeType === Node.TEXT_NODE) {
    element = node.parentElement;
  } else {
    const child = node.childNodes[offset] ?? null;
    const piece = child instanceof Element ? (child.closest('[data-s]') ?? child.querySelector('[data-s]')) : null;
    if (piece) return Number(piece.getAttribute('data-s'));
    element = node instanceof Element ? node : node.parentElement;
    within = element?.textContent?.length ?? 0;
  }
  const piece = element?.closest('[data-s]');
  if (!piece) return undefined;
  return Number(piece.getAttribute('data-s')) + within;
}

export interface SourceRange {
  readonly start: number;
  readonly end: number;
}

/** The current selection in the article as source offsets, or undefined when it cannot be mapped. */
export function selectedRange(article: HTMLElement): SourceRange | undefined {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0);
  if (!article.contains(range.commonAncestorContainer)) return undefined;
  const start = sourceOffset(range.startContainer, range.startOffset);
  const end = sourceOffset(range.endContainer, range.endOffset);
  if (start === undefined || end === undefined || Number.isNaN(start) || Number.isNaN(end) || end <= start) return undefined;
  return { start, end };
}
