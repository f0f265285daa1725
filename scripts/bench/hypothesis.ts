import approxSearch, { type Match } from 'approx-string-match';
import type { TextPositionSelector, TextQuoteSelector } from '../../src/core/anchoring/selectors';

/** Where the baseline put a note: exact text found (anchored), an approximate match (drifted), or nothing. */
export interface BaselineAnchor {
  readonly status: 'anchored' | 'drifted' | 'orphaned';
  readonly start: number | null;
  readonly end: number | null;
}

const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;

function allMatches(text: string, pattern: string, maxErrors: number): Match[] {
  const exact: Match[] = [];
  for (let at = text.indexOf(pattern); at >= 0; at = text.indexOf(pattern, at + 1)) {
    exact.push({ start: at, end: at + pattern.length, errors: 0 });
  }
  return exact.length > 0 ? exact : approxSearch(text, pattern, maxErrors);
}

function similarity(text: string, pattern: string): number {
  if (pattern.length === 0 || text.length === 0) return 0;
  const matches = allMatches(text, pattern, pattern.length);
  const fewest = matches.reduce((least, m) => Math.min(least, m.errors), pattern.length);
  return 1 - fewest / pattern.length;
}

/**
 * The baseline the issue names, written after Hypothesis's documented anchoring: the stored position when the text
 * there equals the quote; else every exact occurrence, or failing that every approximate match with up to
 * min(256, quote length / 2) errors; each scored by quote, prefix, suffix and distance from the old position,
 * best score wins, with no minimum score.
 */
export function hypothesisAnchor(text: string, quote: TextQuoteSelector, position: TextPositionSelector | undefined): BaselineAnchor {
  // The generated articles have no characters outside the BMP, so code points and UTF-16 offsets agree.
  if (position && text.slice(position.start, position.end) === quote.exact) {
    return { status: 'anchored', start: position.start, end: position.end };
  }
  const exact = quote.exact;
  if (exact.length === 0) return { status: 'orphaned', start: null, end: null };
  const matches = allMatches(text, exact, Math.min(256, exact.length / 2));
  const prefix = quote.prefix ?? '';
  const suffix = quote.suffix ?? '';
  let best: Match | undefined;
  let bestScore = -Infinity;
  for (const match of matches) {
    const quoteScore = 1 - match.errors / exact.length;
    const prefixScore = prefix ? similarity(text.slice(Math.max(0, match.start - prefix.length), match.start), prefix) : 1;
    const suffixScore = suffix ? similarity(text.slice(match.end, match.end + suffix.length), suffix) : 1;
    const positionScore = position ? 1 - Math.abs(match.start - position.start) / text.length : 1;
    const score = QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore + POSITION_WEIGHT * positionScore;
    if (score > bestScore) {
      best = match;
      bestScore = score;
    }
  }
  if (!best) return { status: 'orphaned', start: null, end: null };
  return { status: best.errors === 0 ? 'anchored' : 'drifted', start: best.start, end: best.end };
}
