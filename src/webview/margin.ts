import { domRange, pieceAtOffset } from './offsets';

export { domRange, pieceAtOffset } from './offsets';

/**
 * Where margin cards go: each as close to its text as it can be, never over the card above it.
 * `wanted` must be in ascending order; returns the top of each card.
 */
export function stackCards(wanted: readonly number[], heights: readonly number[], gap: number): number[] {
  const tops: number[] = [];
  let bottom = -Infinity;
  wanted.forEach((top, i) => {
    const placed = Math.max(top, bottom + gap);
    tops.push(placed);
    bottom = placed + (heights[i] ?? 0);
  });
  return tops;
}

/** Is the pane wide enough for notes beside the text (see the media query in webview.css)? */
export function isWide(): boolean {
  return window.matchMedia('(min-width: 761px)').matches;
}

/**
 * Puts each card of the margin beside the text it is about. On narrow panes the cards are a plain list
 * under the article, so the positions are cleared.
 */
export function layoutMargin(article: HTMLElement, margin: HTMLElement): void {
  const cards = [...margin.children].filter((c): c is HTMLElement => c instanceof HTMLElement);
  // No cards, nothing to measure: reading a position here would lay out the whole article at once.
  if (!isWide() || cards.length === 0) {
    for (const card of cards) card.style.top = '';
    margin.style.height = '';
    margin.classList.remove('positioned');
    return;
  }
  margin.classList.add('positioned');
  const origin = margin.getBoundingClientRect().top;
  const anchored = cards.map((card) => {
    const piece = pieceAtOffset(article, Number(card.dataset['start'] ?? '0'));
    return { card, want: piece ? piece.getBoundingClientRect().top - origin : 0 };
  });
  anchored.sort((a, b) => a.want - b.want);
  const tops = stackCards(anchored.map((a) => Math.max(0, a.want)), anchored.map((a) => a.card.offsetHeight), 8);
  anchored.forEach((a, i) => {
    a.card.style.top = `${tops[i] ?? 0}px`;
  });
  const last = anchored.length > 0 ? (tops[tops.length - 1] ?? 0) + (anchored[anchored.length - 1]?.card.offsetHeight ?? 0) : 0;
  margin.style.height = `${last}px`;
}

/** Keeps the passage a note is being written for visibly marked while the focus is in the form. */
export function markDraftRange(article: HTMLElement, range: { start: number; end: number } | undefined): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  const dom = range ? domRange(article, range.start, range.end) : undefined;
  if (dom) CSS.highlights.set('note-draft', new Highlight(dom));
  else CSS.highlights.delete('note-draft');
}
