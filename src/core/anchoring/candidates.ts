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
  /** Where the quote is expected: its stored position, and that position moved as far as neighbouring notes moved. Empty when unknown. */
  readonly expected: readonly number[];
}

/** Beyond this many places, a quote says too little to anchor by itself: context decides among the first ones. */
const MAX_EXACT_OCCURRENCES = 10_000;
/** Only the most promising places are scored in full (edit distance of the context). */
const CANDIDATES_SCORED = 12;
const NEAREST_SCORED = 3;
/** The fuzzy search looks first around the expected position, this far on each side at least. */
const MIN_WINDOW = 4_000;

interface Place {
  readonly start: number;
  readonly end: number;
  readonly errors: number;
}

function distanceFrom(spec: SearchSpec, start: number): number {
  let nearest = spec.expected.length === 0 ? 0 : Number.MAX_SAFE_INTEGER;
  for (const expected of spec.expected) nearest = Math.min(nearest, Math.abs(start - expected));
  return nearest;
}

/** Scores the places whose adjacent context agrees best (ties: nearest first), skipping the rest. */
function score(spec: SearchSpec, places: readonly Place[]): Candidate[] {
  const all = places.map((p) => ({ ...p, quick: adjacentContextMatch(spec.text, p.start, p.end, spec.prefix, spec.suffix), distance: distanceFrom(spec, p.start) }));
  // The best by adjacent context, and always the nearest ones: an edit right next to the quote
  // spoils its adjacent context but not its place.
  const byContext = [...all].sort((a, b) => b.quick - a.quick || a.errors - b.errors || a.distance - b.distance).slice(0, CANDIDATES_SCORED);
  const byDistance = [...all].sort((a, b) => a.distance - b.distance || a.errors - b.errors).slice(0, NEAREST_SCORED);
  const ranked = [...new Set([...byContext, ...byDistance])];
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

/** The exact occurrences most likely to be the note's (all of them scored when few), and how many there are. */
export function exactCandidates(spec: SearchSpec): { candidates: Candidate[]; occurrences: number } {
  const places: Place[] = [];
  const { text, exact } = spec;
  for (let at = text.indexOf(exact); at >= 0 && places.length < MAX_EXACT_OCCURRENCES; at = text.indexOf(exact, at + 1)) {
    places.push({ start: at, end: at + exact.length, errors: 0 });
  }
  return { candidates: score(spec, places), occurrences: places.length };
}

const EDGE = 8;

function nearest(text: string, needle: string, from: number, to: number, target: number): number {
  let found = -1;
  for (let at = text.indexOf(needle, Math.max(0, from)); at >= 0 && at <= to; at = text.indexOf(needle, at + 1)) {
    if (found < 0 || Math.abs(at - target) < Math.abs(found - target)) found = at;
  }
  return found;
}

/**
 * The matcher may align an edit at either end of the quote in several equally cheap ways, some of
 * which cut off the quote's first or last words. Where the quote's own first (last) characters are
 * still there, the match starts (ends) exactly on them, so the highlight covers the whole passage.
 */
function snapToQuoteEdges(text: string, exact: string, place: Place): Place {
  let start = -1;
  let end = -1;
  for (const edge of [EDGE, EDGE / 2]) {
    if (edge * 4 > exact.length) continue;
    const slack = 2 * Math.max(place.errors, edge) + edge;
    if (start < 0) start = nearest(text, exact.slice(0, edge), place.start - slack, place.start + slack, place.start);
    if (end < 0) {
      const tail = nearest(text, exact.slice(-edge), place.end - edge - slack, place.end - edge + slack, place.end - edge);
      if (tail >= 0) end = tail + edge;
    }
  }
  start = start >= 0 ? start : place.start;
  end = end >= 0 ? end : place.end;
  return end > start ? { start, end, errors: place.errors } : place;
}

/** The stretches around the expected positions, merged where they overlap; none when the text is small. */
function windowsAround(spec: SearchSpec): { from: number; to: number }[] {
  const window = Math.max(MIN_WINDOW, spec.exact.length * 4);
  if (spec.text.length <= 2 * window + spec.exact.length) return [];
  const ranges = [...spec.expected]
    .sort((a, b) => a - b)
    .map((at) => ({ from: Math.max(0, at - window), to: Math.min(spec.text.length, at + spec.exact.length + window) }));
  const merged: { from: number; to: number }[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range.from <= last.to) last.to = Math.max(last.to, range.to);
    else merged.push({ ...range });
  }
  return merged;
}

function scoreUnique(spec: SearchSpec, places: readonly Place[]): Candidate[] {
  const unique = new Map<string, Place>();
  for (const found of places) {
    const place = snapToQuoteEdges(spec.text, spec.exact, found);
    unique.set(`${place.start}:${place.end}`, place);
  }
  return score(spec, [...unique.values()]);
}

/** The best fuzzy matches near the expected position, where an edited quote usually still is; [] when the text is small. */
export function nearbyFuzzyCandidates(spec: SearchSpec, maxErrors: number): Candidate[] {
  const places: Place[] = [];
  for (const range of windowsAround(spec)) {
    for (const m of search(spec.text.slice(range.from, range.to), spec.exact, maxErrors)) {
      places.push({ start: m.start + range.from, end: m.end + range.from, errors: m.errors });
    }
  }
  return scoreUnique(spec, places);
}

/**
 * The best fuzzy matches in the whole text, plus the nearby ones: a lookalike elsewhere may be a little
 * closer to the old wording than the edited quote, and must not hide it.
 */
export function fuzzyCandidates(spec: SearchSpec, maxErrors: number, nearby: readonly Candidate[]): Candidate[] {
  const everywhere = search(spec.text, spec.exact, maxErrors);
  return scoreUnique(spec, [...everywhere, ...nearby]);
}
