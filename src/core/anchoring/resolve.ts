import { findPosition, findQuote, positionToUtf16, type TextSelector } from './selectors';

export type AnchorStatus = 'anchored' | 'drifted' | 'orphaned';

export interface Anchor {
  readonly status: AnchorStatus;
  /** UTF-16 offsets into the current text; null when orphaned. */
  readonly start: number | null;
  readonly end: number | null;
  /** The text now at the anchor; differs from the quote when drifted. */
  readonly currentText: string | null;
  /** Why the anchor is what it is, for the UI. */
  readonly reason: string;
}

const ORPHANED: Anchor = { status: 'orphaned', start: null, end: null, currentText: null, reason: 'quote not found' };

function contextScore(text: string, start: number, end: number, prefix: string, suffix: string): number {
  let score = 0;
  for (let i = 1; i <= prefix.length && start - i >= 0; i++) {
    if (text[start - i] !== prefix[prefix.length - i]) break;
    score++;
  }
  for (let i = 0; i < suffix.length && end + i < text.length; i++) {
    if (text[end + i] !== suffix[i]) break;
    score++;
  }
  return score;
}

/**
 * Finds where a note's quote is in the current text: the stored position when the quote is still there,
 * else the exact quote whose surrounding context matches best. A quote that is not found is orphaned,
 * never moved to a lookalike.
 */
export function resolveAnchor(text: string, selectors: readonly TextSelector[]): Anchor {
  const quote = findQuote(selectors);
  const position = findPosition(selectors);
  if (!quote) {
    if (!position) return ORPHANED;
    const { start, end } = positionToUtf16(text, position);
    if (end <= start || end > text.length) return ORPHANED;
    return { status: 'anchored', start, end, currentText: text.slice(start, end), reason: 'position' };
  }
  if (position) {
    const { start, end } = positionToUtf16(text, position);
    if (text.slice(start, end) === quote.exact) {
      return { status: 'anchored', start, end, currentText: quote.exact, reason: 'position and quote match' };
    }
  }
  const prefix = quote.prefix ?? '';
  const suffix = quote.suffix ?? '';
  let best = -1;
  let bestScore = -1;
  let ties = 0;
  for (let at = text.indexOf(quote.exact); at >= 0; at = text.indexOf(quote.exact, at + 1)) {
    const score = contextScore(text, at, at + quote.exact.length, prefix, suffix);
    if (score > bestScore) {
      best = at;
      bestScore = score;
      ties = 0;
    } else if (score === bestScore) {
      ties++;
    }
  }
  if (best < 0 || quote.exact.length === 0) return ORPHANED;
  const end = best + quote.exact.length;
  if (ties > 0) {
    return { status: 'drifted', start: best, end, currentText: quote.exact, reason: 'several places match equally' };
  }
  return { status: 'anchored', start: best, end, currentText: quote.exact, reason: 'quote and context' };
}
