import search from 'approx-string-match';
import { adjacentContextMatch, contextSimilarity } from './similarity';

export interface Candidate {
  readonly start: number;
  readonly end: number;
  /** Edits between the quote and the text here. */
  readonly errors: number;
  /** 1 - errors / quote length. */
  readonly quoteScore: number;
  /** Agreement of the surrounding text with the stored prefix and suffix, 0 to 1. */
  readonly contextScore: number;
  readonly distance: number;
}

export interface SearchSpec {
  readonly text: string;
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
  /** Where the quote is expected (its stored position, moved by earlier edits); -1 when unknown. */
  readonly expected: number;
}

/** Beyond this many places, a quote says too little to anchor by itself: context decides among the first ones. */
const MAX_EXACT_OCCURRENCES = 10_000;
/** Only the most promising places are scored in full (edit distance of the context). */
const CANDIDATES_SCORED = 12;
/** The fuzzy search looks first around the expected position, this far on each side at least. */
const MIN_WINDOW = 4_000;

interface Place {
  readonly start: number;
  readonly end: number;
  readonly errors: number;
}

function distanceFrom(spec: SearchSpec, start: number): number {
  return spec.expected < 0 ? 0 : Math.abs(start - spec.expected);
}

/** Scores the places whose adjacent context agrees best (ties: nearest first), skipping the rest. */
function score(spec: SearchSpec, places: readonly Place[]): Candidate[] {
  const ranked = places
    .map((p) => ({ ...p, quick: adjacentContextMatch(spec.text, p.start, p.end, spec.prefix, spec.suffix), distance: distanceFrom(spec, p.start) }))
    .sort((a, b) => b.quick - a.quick || a.errors - b.errors || a.distance - b.distance)
    .slice(0, CANDIDATES_SCORED);
  const length = Math.max(1, spec.exact.length);
  return ranked.map((p) => ({
    start: p.start,
    end: p.end,
    errors: p.errors,
    quoteScore: 1 - p.errors / length,
    contextScore: contextSimilarity(spec.text, p.start, p.end, spec.prefix, spec.suffix),
    distance: p.distance,
  }));
}

export function exactCandidates(spec: SearchSpec): Candidate[] {
  const places: Place[] = [];
  const { text, exact } = spec;
  for (let at = text.indexOf(exact); at >= 0 && places.length < MAX_EXACT_OCCURRENCES; at = text.indexOf(exact, at + 1)) {
    places.push({ start: at, end: at + exact.length, errors: 0 });
  }
  return score(spec, places);
}

/**
 * Places that match the quote with at most maxErrors edits: the best ones in the whole text, and the
 * best ones near the expected position (where an edited quote usually still is, even when a lookalike
 * elsewhere happens to be a little closer to the old wording).
 */
export function fuzzyCandidates(spec: SearchSpec, maxErrors: number): Candidate[] {
  const { text, exact } = spec;
  const places: Place[] = [...search(text, exact, maxErrors)];
  const window = Math.max(MIN_WINDOW, exact.length * 4);
  if (spec.expected >= 0 && text.length > 2 * window + exact.length) {
    const from = Math.max(0, spec.expected - window);
    const to = Math.min(text.length, spec.expected + exact.length + window);
    for (const match of search(text.slice(from, to), exact, maxErrors)) {
      places.push({ start: match.start + from, end: match.end + from, errors: match.errors });
    }
  }
  const unique = new Map<string, Place>();
  for (const place of places) unique.set(`${place.start}:${place.end}`, place);
  return score(spec, [...unique.values()]);
}
