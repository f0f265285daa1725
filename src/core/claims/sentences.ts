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
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS, ...TITLES, ...NUMBER_PREFIXES].map((word) => word.length));

// After "U.S." or "etc." a new sentence usually starts with one of these.
const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i',
  'you', 'there', 'but', 'and', 'so', 'yet', 'however', 'in', 'on', 'at', 'for', 'if', 'when', 'while',
  'as', 'his', 'her', 'their', 'our', 'my', 'what', 'why', 'how', 'after', 'before', 'since', 'both',
  'meanwhile', 'still', 'some', 'many', 'most', 'all', 'one', 'last', 'next', 'today', 'yesterday',
]);

const LIST_MARKER = /^[ \t]*(?:[-*+•]|\d{1,3}[.)]|[a-zA-Z][.)](?=\s)|#{1,6}|>+)[ \t]+/;

// " ' ” ’ ) ] »
const isCloser = (c: number): boolean => c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93 || c === 0xbb;
// space, tab, newline, carriage return, form feed, no-break space, byte order mark
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 0xa0 || c === 0xfeff;
// What may lead a line before its content: space, tab, carriage return, form feed, vertical tab, no-break space.
const isLeadingSpace = (c: number): boolean => c === 32 || c === 9 || c === 13 || c === 12 || c === 11 || c === 0xa0;
const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isLowerLetter = (c: number): boolean => c >= 97 && c <= 122;
/** JavaScript's \s. */
const isJsSpace = (c: number): boolean =>
  (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
// " ' “ ‘ ( [ may open the next sentence before its first word.
const isOpener = (c: number): boolean => isJsSpace(c) || c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 40 || c === 91;

/** The character code at i, 0 outside the text: V8 optimises charCodeAt for reads inside the string. */
const codeAt = (text: string, i: number): number => (i >>> 0 < text.length ? text.charCodeAt(i) : 0);

// . ! ? and the ellipsis character
const isTerminalCode = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 0x2026;

/** Where the first word after `from` starts and ends, past openers, within 40 characters and the block. */
function wordAfterAt(text: string, from: number, blockEnd: number): [number, number] {
  const limit = Math.min(blockEnd, from + 40);
  let i = from;
  while (i < limit && isOpener(codeAt(text, i))) i++;
  const start = i;
  while (i < limit && isLetter(codeAt(text, i))) i++;
  return [start, i];
}

function wordAfter(text: string, from: number, blockEnd: number): string {
  const [start, end] = wordAfterAt(text, from, blockEnd);
  return text.slice(start, end);
}

/** Whether the first word after `from` starts with a lower-case letter. */
function lowerWordAfter(text: string, from: number, blockEnd: number): boolean {
  const [start, end] = wordAfterAt(text, from, blockEnd);
  return end > start && isLowerLetter(codeAt(text, start));
}

/**
 * Whether the period at `dot` (followed by whitespace at `next`) ends a sentence. Only the block
 * [blockStart, blockEnd) is read, so that a block's sentences do not depend on the text around it.
 */
function periodEnds(text: string, dot: number, next: number, blockStart: number, blockEnd: number): boolean {
  let wordStart = dot;
  let dotted = false;
  for (let c = codeAt(text, wordStart - 1); wordStart > blockStart && (isLetter(c) || c === 46); c = codeAt(text, --wordStart - 1)) dotted ||= c === 46;
  // Most periods follow a figure or a word longer than any abbreviation, title or initial: only the next
  // word's case decides, and no string needs building.
  if (!dotted && (wordStart === dot || dot - wordStart > LONGEST_ABBREVIATION)) return !lowerWordAfter(text, next, blockEnd);
  const word = text.slice(wordStart, dot);
  const bare = (dotted ? word.replace(/\./g, '') : word).toLowerCase();
  const following = wordAfter(text, next, blockEnd);
  if (isLowerLetter(codeAt(following, 0))) return false;
  if (NUMBER_PREFIXES.has(bare)) return !/^\s*\d/.test(text.slice(next, Math.min(blockEnd, next + 8)));
  if (TITLES.has(bare)) return false;
  // Initials ("George W. Bush"), dotted acronyms ("U.S.", "a.m.") and abbreviations end a sentence
  // only when a typical sentence opener follows.
  const initial = word.length === 1 && word >= 'A' && word <= 'Z';
  const acronym = dotted && /^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word);
  if (initial || acronym || ABBREVIATIONS.has(bare)) return SENTENCE_STARTERS.has(following.toLowerCase());
  return true;
}

function pushTrimmed(text: string, start: number, end: number, out: Sentence[]): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(codeAt(text, s))) s++;
  while (e > s && isSpace(codeAt(text, e - 1))) e--;
  if (e > s) out.push({ start: s, end: e, text: text.slice(s, e), index: out.length });
}

const TERMINAL = /[.!?\u2026]/g;

/**
 * Finds the next . ! ? or … with a regex, which skips the prose between them far faster than a loop
 * in JavaScript, and remembers it, so that no stretch of the text is searched twice.
 */
class Terminals {
  private searched = 0;
  private next = -1;

  constructor(private readonly text: string) {}

  /** The first terminal at or after i, or the text's length when there is none. */
  from(i: number): number {
    if (i < this.searched || i > this.next) {
      TERMINAL.lastIndex = i;
      // test, not exec: a match is one character, so where it ends says where it is, and no result array is made.
      this.next = TERMINAL.test(this.text) ? TERMINAL.lastIndex - 1 : this.text.length;
      this.searched = i;
    }
    return this.next;
  }
}

/** Splits one block (a paragraph or list item without hard breaks) into sentences. */
function splitBlock(text: string, start: number, end: number, out: Sentence[], terminals: Terminals): void {
  let sentenceStart = start;
  let i = start;
  while (i < end) {
    i = terminals.from(i);
    if (i >= end) break;
    const first = i;
    while (i < end && isTerminalCode(codeAt(text, i))) i++;
    const onlyPeriod = i - first === 1 && codeAt(text, first) === 46;
    let after = i;
    while (after < end && isCloser(codeAt(text, after))) after++;
    if (after < end && !isSpace(codeAt(text, after))) continue;
    let ends = true;
    if (after < end) {
      ends = onlyPeriod ? periodEnds(text, first, after, start, end) : !lowerWordAfter(text, after, end);
    }
    if (!ends) continue;
    pushTrimmed(text, sentenceStart, after, out);
    sentenceStart = after;
    i = after;
  }
  pushTrimmed(text, sentenceStart, end, out);
}

/** Whether the line may start with a list or heading marker: most lines start with a word, which no marker is. */
function mayBeMarker(text: string, lineStart: number): boolean {
  let i = lineStart;
  while (codeAt(text, i) === 32 || codeAt(text, i) === 9) i++;
  const c = codeAt(text, i);
  if (isLetter(c)) return codeAt(text, i + 1) === 46 || codeAt(text, i + 1) === 41;
  // - * + • # > and digits
  return c === 45 || c === 42 || c === 43 || c === 0x2022 || c === 35 || c === 62 || (c >= 48 && c <= 57);
}

/**
 * The blocks that sentences never cross, as [start, end) offset pairs in order: paragraphs, list items and
 * headings. Blank lines, headings and list items are hard breaks; a single newline inside a paragraph is a
 * soft wrap. List and heading markers and fenced code blocks are left out.
 */
export function splitBlocks(text: string): number[] {
  const blocks: number[] = [];
  let blockStart = -1;
  let lineStart = 0;
  let inCode = false;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    let contentStart = lineStart;
    while (isLeadingSpace(codeAt(text, contentStart))) contentStart++;
    // Fenced code is not prose: the fence lines and everything between them are skipped.
    const fence = text.startsWith('```', contentStart) || text.startsWith('~~~', contentStart);
    if (fence) inCode = !inCode;
    const blank = fence || inCode || contentStart >= lineEnd;
    // Markers are short: looking at the head of the line keeps this linear on huge lines.
    const marker = blank || !mayBeMarker(text, lineStart) ? null : LIST_MARKER.exec(text.slice(lineStart, Math.min(lineEnd, lineStart + 24)));
    if (blank || marker) {
      if (blockStart !== -1) blocks.push(blockStart, lineStart);
      blockStart = blank ? -1 : lineStart + (marker?.[0].length ?? 0);
      if (marker?.[0].trimStart().startsWith('#')) {
        blocks.push(blockStart, lineEnd);
        blockStart = -1;
      }
    } else if (blockStart === -1) {
      blockStart = lineStart;
    }
    lineStart = lineEnd + 1;
  }
  if (blockStart !== -1) blocks.push(blockStart, text.length);
  return blocks;
}

/** Splits text into sentences with exact UTF-16 offsets, block by block (see splitBlocks). */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const terminals = new Terminals(text);
  const blocks = splitBlocks(text);
  for (let k = 0; k < blocks.length; k += 2) splitBlock(text, blocks[k] ?? 0, blocks[k + 1] ?? 0, out, terminals);
  return out;
}

/**
 * A function giving the sentences of one block of the text (see splitBlocks), with offsets into the text;
 * blocks are asked for in order, and share one search for terminal marks.
 */
export function sentenceSplitter(text: string): (start: number, end: number) => Sentence[] {
  const terminals = new Terminals(text);
  return (start, end) => {
    const out: Sentence[] = [];
    splitBlock(text, start, end, out, terminals);
    return out;
  };
}
