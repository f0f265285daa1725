import { sourceOffset } from './offsets';

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
  const start = sourceOffset(article, range.startContainer, range.startOffset);
  const end = sourceOffset(article, range.endContainer, range.endOffset);
  if (start === undefined || end === undefined || Number.isNaN(start) || Number.isNaN(end) || end <= start) return undefined;
  return { start, end };
}
