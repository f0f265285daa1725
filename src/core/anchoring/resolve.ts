import { exactCandidates, fuzzyCandidates, nearbyFuzzyCandidates, type Candidate, type SearchSpec } from './candidates';
import { CodePointIndex } from './codePoints';
import { findPosition, findQuote, type TextSelector } from './selectors';
import { changedFacts } from './significance';

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

export interface ResolveOptions {
  /** Shared across the notes of one text, so positions convert without rescanning it. */
  readonly index?: CodePointIndex;
  /** How far the text moved under neighbouring notes: the next places to look, after the stored position. */
  readonly shifts?: readonly number[];
  /** Search only near the expected places (a second look); the whole text was searched already. */
  readonly nearbyOnly?: boolean;
}

/** The floors below which a place is not this note's text. Tests pin what they mean for users. */
export const ANCHOR_THRESHOLDS = {
  /** Share of the quote that may differ in a fuzzy match (also bounds the search's cost). */
  maxErrorRate: 0.3,
  maxErrors: 128,
  /** A fuzzy match this close to the quote, with no changed figure or name, stays anchored. */
  anchoredQuoteScore: 0.9,
  /** The surrounding text must still agree this much; a lookalike sentence elsewhere does not. */
  minContextScore: 0.5,
  /** Far from where the note was (beyond nearDistance), a fuzzy match needs this much agreement. */
  farContextScore: 0.75,
  nearDistance: 500,
  /** Two places whose scores are this close are ambiguous. */
  tieMargin: 0.05,
  /** An exact quote this long is distinctive enough to anchor near its old place even where its context changed... */
  distinctiveLength: 30,
  /** ...and this long (and found once) to anchor far from it (a moved paragraph). */
  distinctiveFarLength: 50,
  /** Shorter quotes are only ever matched exactly. */
  minFuzzyLength: 4,
} as const;

const ORPHANED: Anchor = { status: 'orphaned', start: null, end: null, currentText: null, reason: 'the quote and its context are no longer in the article' };

/** The cheap check that settles most notes: the quote and its whole context, unchanged, at one of the expected places. */
function anchorInPlace(text: string, exact: string, prefix: string, suffix: string, expected: readonly number[]): Anchor | undefined {
  for (const start of expected) {
    if (contextIntact(text, start, exact, prefix, suffix)) {
      return { status: 'anchored', start, end: start + exact.length, currentText: exact, reason: 'the quote and its context, in place' };
    }
  }
  return undefined;
}

function contextIntact(text: string, at: number, exact: string, prefix: string, suffix: string): boolean {
  const end = at + exact.length;
  return (
    at >= 0 &&
    text.startsWith(exact, at) &&
    text.slice(Math.max(0, at - prefix.length), at) === prefix &&
    text.slice(end, end + suffix.length) === suffix
  );
}

function combined(candidate: Candidate): number {
  return 0.6 * candidate.quoteScore + 0.4 * candidate.contextScore;
}

/** Being far from where the note was costs a little: of two places that agree about as well, the near one wins. */
const FAR_PENALTY = 0.15;

function best(candidates: readonly Candidate[], spec: SearchSpec): Candidate | undefined {
  const value = (c: Candidate): number => combined(c) - (isFar(spec, c) ? FAR_PENALTY : 0);
  let top: Candidate | undefined;
  for (const c of candidates) {
    if (!top || value(c) > value(top) || (value(c) === value(top) && c.distance < top.distance)) top = c;
  }
  return top;
}

function rival(candidates: readonly Candidate[], chosen: Candidate): Candidate | undefined {
  return candidates.find(
    (c) => c !== chosen && (c.end <= chosen.start || c.start >= chosen.end) && combined(c) >= combined(chosen) - ANCHOR_THRESHOLDS.tieMargin,
  );
}

function at(text: string, c: Candidate, status: Anchor['status'], reason: string): Anchor {
  return { status, start: c.start, end: c.end, currentText: text.slice(c.start, c.end), reason };
}

function isFar(spec: SearchSpec, c: Candidate): boolean {
  return spec.expected.length > 0 && c.distance > Math.max(ANCHOR_THRESHOLDS.nearDistance, 2 * spec.exact.length);
}

/**
 * The exact quote qualifies by its context, or by being long enough to say something by itself: near
 * where the note was, 30 characters; far from it, 50 characters and found only once (a moved paragraph),
 * because a shorter phrase repeated elsewhere is how an article reuses its wording, not where a note went.
 */
function exactQualifies(spec: SearchSpec, c: Candidate, occurrences: number): boolean {
  const length = spec.exact.length;
  if (!isFar(spec, c)) return c.contextScore >= ANCHOR_THRESHOLDS.minContextScore || length >= ANCHOR_THRESHOLDS.distinctiveLength;
  return c.contextScore >= ANCHOR_THRESHOLDS.farContextScore || (length >= ANCHOR_THRESHOLDS.distinctiveFarLength && occurrences === 1);
}

function fromExact(spec: SearchSpec): Anchor | undefined {
  const { candidates, occurrences } = exactCandidates(spec);
  const qualifying = candidates.filter((c) => exactQualifies(spec, c, occurrences));
  const chosen = best(qualifying, spec);
  if (!chosen) return undefined;
  if (isFar(spec, chosen) && spec.exact.length >= ANCHOR_THRESHOLDS.minFuzzyLength) {
    // The same words far away, while the note's own place is still there with a figure changed:
    // the note stays on its place (drifted), it does not jump to the copy.
    const local = best(nearbyFuzzyCandidates(spec, maxErrorsFor(spec.exact.length)).filter((c) => qualifies(spec, c)), spec);
    if (local && local.contextScore >= Math.max(ANCHOR_THRESHOLDS.farContextScore, chosen.contextScore)) return undefined;
  }
  if (rival(qualifying, chosen)) return at(spec.text, chosen, 'drifted', 'the quote appears in several places that match about as well');
  return at(spec.text, chosen, 'anchored', 'the quote, found by its context');
}

function maxErrorsFor(length: number): number {
  return Math.max(1, Math.min(ANCHOR_THRESHOLDS.maxErrors, Math.floor(length * ANCHOR_THRESHOLDS.maxErrorRate)));
}

function qualifies(spec: SearchSpec, c: Candidate): boolean {
  if (!isFar(spec, c)) return c.contextScore >= ANCHOR_THRESHOLDS.minContextScore;
  // Far from where the note was, a passage whose figures or names differ is a lookalike (the same
  // sentence with other numbers, further on), not this note's text edited in place.
  return c.contextScore >= ANCHOR_THRESHOLDS.farContextScore && changedFacts(spec.exact, spec.text.slice(c.start, c.end)).length === 0;
}

/**
 * Near the expected position first: a match there whose context clearly agrees is this note's text, and
 * the whole article is searched only when there is none (which is what makes a large article fast).
 */
function fuzzyChoices(spec: SearchSpec, maxErrors: number, nearbyOnly: boolean): Candidate[] {
  const nearby = nearbyFuzzyCandidates(spec, maxErrors);
  const local = nearby.filter((c) => qualifies(spec, c));
  if (nearbyOnly || local.some((c) => c.contextScore >= ANCHOR_THRESHOLDS.farContextScore)) return local;
  return fuzzyCandidates(spec, maxErrors, nearby).filter((c) => qualifies(spec, c));
}

function fromFuzzy(spec: SearchSpec, nearbyOnly: boolean): Anchor {
  const length = spec.exact.length;
  if (length < ANCHOR_THRESHOLDS.minFuzzyLength) return ORPHANED;
  const qualifying = fuzzyChoices(spec, maxErrorsFor(length), nearbyOnly);
  const chosen = best(qualifying, spec);
  if (!chosen) return ORPHANED;
  if (rival(qualifying, chosen)) return at(spec.text, chosen, 'drifted', 'several places match the changed quote about as well');
  const facts = changedFacts(spec.exact, spec.text.slice(chosen.start, chosen.end));
  if (facts.length > 0) return at(spec.text, chosen, 'drifted', `figures, dates or names changed: ${facts.join(', ')}`);
  if (chosen.quoteScore >= ANCHOR_THRESHOLDS.anchoredQuoteScore) return at(spec.text, chosen, 'anchored', 'the quote, lightly edited');
  return at(spec.text, chosen, 'drifted', 'the wording changed');
}

/** Only the cheap in-place check: undefined when the note is not intact where expected and needs a search. */
export function anchorWhereExpected(text: string, selectors: readonly TextSelector[], options: ResolveOptions = {}): Anchor | undefined {
  const quote = findQuote(selectors);
  const position = findPosition(selectors);
  if (!quote || !position || quote.exact.length === 0) return undefined;
  const expected = (options.index ?? new CodePointIndex(text)).toUtf16(position.start);
  const places = [expected, ...(options.shifts ?? []).map((shift) => expected + shift)];
  return anchorInPlace(text, quote.exact, quote.prefix ?? '', quote.suffix ?? '', places);
}

/**
 * Finds where a note's quote is in the current text. In order, cheapest first: the stored position (and
 * that position moved as far as earlier notes moved) with the quote and its context intact; the exact
 * quote, chosen among its occurrences by context; a fuzzy match that must reach a floor on the quote and
 * on the context. A changed figure, date or name, or two equally good places, make the note drifted;
 * below the floors it is orphaned, never moved to a lookalike.
 */
export function resolveAnchor(text: string, selectors: readonly TextSelector[], options: ResolveOptions = {}): Anchor {
  const quote = findQuote(selectors);
  const position = findPosition(selectors);
  const index = position ? (options.index ?? new CodePointIndex(text)) : undefined;
  const expected = position && index ? index.toUtf16(position.start) : -1;
  if (!quote) {
    if (!position || !index) return ORPHANED;
    const end = index.toUtf16(position.end);
    // A negative start (a hand-edited or foreign file) names no place in the text.
    if (expected < 0 || end <= expected) return ORPHANED;
    return { status: 'anchored', start: expected, end, currentText: text.slice(expected, end), reason: 'position only' };
  }
  const prefix = quote.prefix ?? '';
  const suffix = quote.suffix ?? '';
  if (quote.exact.length === 0) return ORPHANED;
  const expectedAt = expected < 0 ? [] : [...new Set([expected, ...(options.shifts ?? []).map((shift) => expected + shift)])];
  const inPlace = anchorInPlace(text, quote.exact, prefix, suffix, expectedAt);
  if (inPlace) return inPlace;
  const spec: SearchSpec = { text, exact: quote.exact, prefix, suffix, expected: expectedAt.filter((at) => at >= 0 && at <= text.length) };
  return fromExact(spec) ?? fromFuzzy(spec, options.nearbyOnly === true);
}
