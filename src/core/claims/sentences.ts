import type { Sentence } from './types';

// Words that end with a period without ending the sentence.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'vs', 'etc', 'eg', 'ie', 'cf', 'al',
  'inc', 'ltd', 'co', 'corp', 'bros', 'dept', 'univ', 'assn', 'est', 'approx', 'fig', 'vol', 'pp',
  'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'sgt', 'adm', 'maj', 'cmdr', 'rev', 'hon', 'pres',
  'amb', 'sec', 'supt', 'no', 'nos', 'art', 'ch', 'sept', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul',
  'aug', 'sep', 'oct', 'nov', 'dec', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'ave', 'blvd',
  'rd', 'p', 'para', 'op', 'ed', 'eds', 'govt', 'mln', 'bln', 'tr', 'km', 'kg', 'lb', 'lbs', 'oz',
]);

// Titles precede names, so they never end a sentence.
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'mt', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'sgt',
  'adm', 'maj', 'cmdr', 'rev', 'hon', 'pres', 'amb', 'supt', 'messrs', 'mme', 'mlle',
]);

// These abbreviate only before a number ("No. 5", "p. 12"); otherwise they are ordinary words.
const NUMBER_PREFIXES = new Set(['no', 'nos', 'p', 'pp', 'art', 'vol', 'fig', 'ch', 'para', 'op', 'sec']);

// After "U.S." or "etc." a new sentence usually starts with one of these.
const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i',
  'you', 'there', 'but', 'and', 'so', 'yet', 'however', 'in', 'on', 'at', 'for', 'if', 'when', 'while',
  'as', 'his', 'her', 'their', 'our', 'my', 'what', 'why', 'how', 'after', 'before', 'since', 'both',
  'meanwhile', 'still', 'some', 'many', 'most', 'all', 'one', 'last', 'next', 'today', 'yesterday',
]);

const CLOSERS = '"\'”’)]»';
const LEADING_SPACE = /[ \t\r\f\v\u00a0]*/y;
const LIST_MARKER = /^[ \t]*(?:[-*+•]|\d{1,3}[.)]|[a-zA-Z][.)](?=\s)|#{1,6}|>+)[ \t]+/;

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f' || ch === '\u00a0' || ch === '\ufeff';
}

// . ! ? and the ellipsis character
const isTerminalCode = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 0x2026;

function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && /[A-Za-z.]/.test(text.charAt(i - 1))) i--;
  return text.slice(i, dot);
}

function wordAfter(text: string, from: number): string {
  const match = /^[\s"'“‘(\[]*([A-Za-z]+)/.exec(text.slice(from, from + 40));
  return match?.[1] ?? '';
}

/** Whether the period at `dot` (followed by whitespace at `next`) ends a sentence. */
function periodEnds(text: string, dot: number, next: number): boolean {
  const word = wordBefore(text, dot);
  const bare = word.replace(/\./g, '').toLowerCase();
  const following = wordAfter(text, next);
  const first = following.charAt(0);
  if (/[a-z]/.test(first)) return false;
  if (NUMBER_PREFIXES.has(bare)) return !/^\s*\d/.test(text.slice(next, next + 8));
  if (TITLES.has(bare)) return false;
  // Initials ("George W. Bush"), dotted acronyms ("U.S.", "a.m.") and abbreviations end a sentence
  // only when a typical sentence opener follows.
  const initial = /^[A-Z]$/.test(word);
  const acronym = /^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word);
  if (initial || acronym || ABBREVIATIONS.has(bare)) return SENTENCE_STARTERS.has(following.toLowerCase());
  return true;
}

function pushTrimmed(text: string, start: number, end: number, out: Sentence[]): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charAt(s))) s++;
  while (e > s && isSpace(text.charAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e, text: text.slice(s, e), index: out.length });
}

/** Splits one block (a paragraph or list item without hard breaks) into sentences. */
function splitBlock(text: string, start: number, end: number, out: Sentence[]): void {
  let sentenceStart = start;
  let i = start;
  while (i < end) {
    if (!isTerminalCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const first = i;
    while (i < end && isTerminalCode(text.charCodeAt(i))) i++;
    const onlyPeriod = i - first === 1 && text.charAt(first) === '.';
    let after = i;
    while (after < end && CLOSERS.includes(text.charAt(after))) after++;
    if (after < end && !isSpace(text.charAt(after))) continue;
    let ends = true;
    if (after < end) {
      ends = onlyPeriod ? periodEnds(text, first, after) : !/[a-z]/.test(wordAfter(text, after).charAt(0));
    }
    if (!ends) continue;
    pushTrimmed(text, sentenceStart, after, out);
    sentenceStart = after;
    i = after;
  }
  pushTrimmed(text, sentenceStart, end, out);
}

/**
 * Splits text into sentences with exact UTF-16 offsets. Blank lines, headings and list items are hard
 * breaks; a single newline inside a paragraph is a soft wrap. List and heading markers and fenced code
 * blocks are left out.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let blockStart = -1;
  let lineStart = 0;
  let inCode = false;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    LEADING_SPACE.lastIndex = lineStart;
    LEADING_SPACE.exec(text);
    const contentStart = LEADING_SPACE.lastIndex;
    // Fenced code is not prose: the fence lines and everything between them are skipped.
    const fence = text.startsWith('```', contentStart) || text.startsWith('~~~', contentStart);
    if (fence) inCode = !inCode;
    const blank = fence || inCode || contentStart >= lineEnd;
    // Markers are short: looking at the head of the line keeps this linear on huge lines.
    const marker = blank ? null : LIST_MARKER.exec(text.slice(lineStart, Math.min(lineEnd, lineStart + 24)));
    if (blank || marker) {
      if (blockStart !== -1) splitBlock(text, blockStart, lineStart, out);
      blockStart = blank ? -1 : lineStart + (marker?.[0].length ?? 0);
      if (marker?.[0].trimStart().startsWith('#')) {
        splitBlock(text, blockStart, lineEnd, out);
        blockStart = -1;
      }
    } else if (blockStart === -1) {
      blockStart = lineStart;
    }
    lineStart = lineEnd + 1;
  }
  if (blockStart !== -1) splitBlock(text, blockStart, text.length, out);
  return out;
}
