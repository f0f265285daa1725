import { fnv1a } from './hash';

const FNV_PRIME = 0x01000193;
/** The seed of word features: hashing "w:" + word equals hashing word from this seed. */
export const WORD_SEED = fnv1a('w:');
const NUM_HASH = fnv1a('<num>', WORD_SEED) | 0;
const YEAR_HASH = fnv1a('<year>', WORD_SEED) | 0;

export const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLower = (c: number): boolean => c >= 97 && c <= 122;
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;
const isSymbol = (c: number): boolean => c === 36 || c === 37 || c === 0x20ac || c === 0xa3;
// "18xx", "19xx", "20xx"
const isYearHead = (a: number, b: number): boolean => (a === 49 && (b === 56 || b === 57)) || (a === 50 && b === 48);
const NONE: readonly number[] = [];
// Every scan writes its tokens here, and each SentenceWords keeps an exact-size copy: arrays grown by push
// from empty were reallocated twice or three times a sentence, the largest share of detection's garbage.
const HASHES: number[] = [];
const STARTS: number[] = [];
/** How many tokens the last scan wrote to HASHES and STARTS. */
let scanned = 0;
// What a scan reports seeing, as bits (see SentenceWords.scan).
const DIGIT = 1;
const DOUBLE_QUOTE = 2;
const QUESTION_MARK = 4;
/** "İ" or the Kelvin sign, which lower-case into ASCII letters. */
const CASE_SHIFTING = 8;
// $ € £ ¥
const isCurrency = (c: number): boolean => c === 36 || c === 0x20ac || c === 0xa3 || c === 0xa5;
/** JavaScript's \s. */
export const isJsSpace = (c: number): boolean =>
  (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** Whether a token's text is already as wordTokens spells it: no capitals, no ’. */
function isPlainLower(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c === 0x2019) return false;
  }
  return true;
}

/**
 * The character code at i, 0 outside the text: reading past the end (NaN) would make V8 drop the
 * optimised code of every loop here and fall back to slower code that handles it.
 */
export function codeAt(text: string, i: number): number {
  return i >>> 0 < text.length ? text.charCodeAt(i) : 0;
}

/** codeAt with ASCII capitals lower-cased. */
function lowerAt(text: string, i: number): number {
  const c = codeAt(text, i);
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** Where the token starting at `start` ends (see SentenceWords for what a token is). */
function tokenEnd(text: string, start: number): number {
  let i = start;
  const c = lowerAt(text, i);
  if (isLower(c)) {
    while (isLower(lowerAt(text, i))) i++;
    if (isApostrophe(codeAt(text, i)) && isLower(lowerAt(text, i + 1))) {
      i++;
      while (isLower(lowerAt(text, i))) i++;
    }
    return i;
  }
  if (isDigit(c)) {
    while (isDigit(codeAt(text, i)) || ((codeAt(text, i) === 44 || codeAt(text, i) === 46) && isDigit(codeAt(text, i + 1)))) i++;
    return i;
  }
  return i + 1;
}

/**
 * The model's word tokens of a sentence, exactly wordTokens' list (lower-cased ASCII words with one inner
 * apostrophe, <num>, <year>, $ % € £), scanned once: each token's hash is computed as its characters are
 * read, and its string is built only when asked for. Most sentences need only the hashes (trigger mask,
 * model), so this spares a lower-cased copy of the sentence and a string per word.
 */
export class SentenceWords {
  /** wordHash of each token, as int32 (a uint32 above 2^31 would make the array one of doubles). */
  readonly hashes: readonly number[];
  readonly hasDigit: boolean;
  /** The text holds " or “. */
  readonly hasDoubleQuote: boolean;
  /** The text holds ?. */
  readonly hasQuestionMark: boolean;
  /**
   * The text holds "İ" or the Kelvin sign, which lower-case to ASCII letters ("i̇", "k"): it is scanned
   * lower-cased, as wordTokens does, and a word of a pattern may then hide inside a token.
   */
  readonly caseShifted: boolean;
  /** A number is followed at once by a letter: "30th" (no ordinal can match without it). */
  numberThenLetter = false;
  /** A number is followed, after at most one space, by "%" or a "p" ("18.9 percent"). */
  numberThenPercent = false;
  /** A number follows, after at most one space, a currency sign: "$5", "€ 12". */
  currencyThenNumber = false;
  /** A space, then a capital, then a lower-case letter: a capitalised word after the first. */
  capitalisedWord = false;
  private source: string;
  private readonly starts: readonly number[];
  private heads: number[] | null = null;
  private parts: number[] | null = null;
  private cached: string[] | undefined;

  constructor(text: string) {
    this.source = text;
    let found = this.scan();
    // Rare: the scan saw a letter that lower-cases into ASCII, so the text is scanned again lower-cased.
    if ((found & CASE_SHIFTING) !== 0) {
      this.source = text.toLowerCase();
      this.reset();
      found = this.scan() | CASE_SHIFTING;
    }
    this.hashes = HASHES.slice(0, scanned);
    this.starts = STARTS.slice(0, scanned);
    this.caseShifted = (found & CASE_SHIFTING) !== 0;
    this.hasDigit = (found & DIGIT) !== 0;
    this.hasDoubleQuote = (found & DOUBLE_QUOTE) !== 0;
    this.hasQuestionMark = (found & QUESTION_MARK) !== 0;
  }

  get length(): number {
    return this.hashes.length;
  }

  /** wordHash of X for each token X's ("year's"): the trigger index also counts it as the bare word. */
  get possessiveHeads(): readonly number[] {
    return this.heads ?? NONE;
  }

  /** wordHash of both sides of each token with an apostrophe ("o'clock": "o", "clock"). */
  get apostropheParts(): readonly number[] {
    return this.parts ?? NONE;
  }

  /** The i-th token as wordTokens spells it. */
  word(i: number): string {
    const start = this.starts[i] ?? 0;
    const c = lowerAt(this.source, start);
    if (isDigit(c)) return this.hashes[i] === YEAR_HASH ? '<year>' : '<num>';
    const end = tokenEnd(this.source, start);
    const word = this.source.slice(start, end);
    return isPlainLower(word) ? word : word.toLowerCase().replace('’', "'");
  }

  /** Where the i-th token starts in the sentence (in the lower-cased copy when caseShifted). */
  startOf(i: number): number {
    return this.starts[i] ?? this.source.length;
  }

  /** Whether the i-th token is a number or a year rather than a word or a symbol. */
  isNumber(i: number): boolean {
    // Every number hashes to one of two values: the hash rules out almost every word before the text is read.
    const hash = this.hashes[i];
    return (hash === NUM_HASH || hash === YEAR_HASH) && isDigit(codeAt(this.source, this.starts[i] ?? 0));
  }

  /** Whether word(a) < word(b), for two tokens that are not numbers, without building either string. */
  precedes(a: number, b: number): boolean {
    const text = this.source;
    const aStart = this.starts[a] ?? 0;
    const bStart = this.starts[b] ?? 0;
    const aLength = tokenEnd(text, aStart) - aStart;
    const bLength = tokenEnd(text, bStart) - bStart;
    for (let k = 0; k < aLength && k < bLength; k++) {
      const x = lowerAt(text, aStart + k);
      const y = lowerAt(text, bStart + k);
      if (x !== y) return (x === 0x2019 ? 39 : x) < (y === 0x2019 ? 39 : y);
    }
    return aLength < bLength;
  }

  get words(): string[] {
    this.cached ??= this.hashes.map((_, i) => this.word(i));
    return this.cached;
  }

  /** Undoes a scan, for the scan of the lower-cased copy. */
  private reset(): void {
    this.heads = null;
    this.parts = null;
    this.numberThenLetter = false;
    this.numberThenPercent = false;
    this.currencyThenNumber = false;
    this.capitalisedWord = false;
  }

  /** Scans the source into tokens; returns the FOUND bits for what it saw on the way. */
  private scan(): number {
    const text = this.source;
    const hashes = HASHES;
    const starts = STARTS;
    const n = text.length;
    let found = 0;
    let count = 0;
    let i = 0;
    // Plain charCodeAt reads guarded by i < n: the word loop is the hottest of detection.
    while (i < n) {
      const c = text.charCodeAt(i);
      // c | 32 lower-cases an ASCII capital, and falls in a-z for ASCII letters alone.
      const lowered = c | 32;
      if (lowered >= 97 && lowered <= 122) {
        const start = i;
        starts[count] = start;
        if (c !== lowered && i > 0 && isJsSpace(text.charCodeAt(i - 1)) && isLower(codeAt(text, i + 1))) this.capitalisedWord = true;
        let hash = Math.imul(WORD_SEED ^ lowered, FNV_PRIME);
        for (i++; i < n; i++) {
          const d = text.charCodeAt(i) | 32;
          if (d < 97 || d > 122) break;
          hash = Math.imul(hash ^ d, FNV_PRIME);
        }
        if (i < n && isApostrophe(text.charCodeAt(i)) && isLower(lowerAt(text, i + 1))) {
          hash = this.tail(hash, i);
          i = tokenEnd(text, start);
        }
        hashes[count++] = hash;
      } else if (c >= 48 && c <= 57) {
        found |= DIGIT;
        starts[count] = i;
        const start = i;
        i = tokenEnd(text, i);
        this.digitContext(start, i);
        hashes[count++] = i - start === 4 && isYearHead(codeAt(text, start), codeAt(text, start + 1)) ? YEAR_HASH : NUM_HASH;
      } else {
        if (isSymbol(c)) {
          starts[count] = i;
          hashes[count++] = Math.imul(WORD_SEED ^ c, FNV_PRIME) | 0;
        } else if (c === 34 || c === 0x201c) {
          found |= DOUBLE_QUOTE;
        } else if (c === 63) {
          found |= QUESTION_MARK;
        } else if (c === 0x130 || c === 0x212a) {
          found |= CASE_SHIFTING;
        }
        i++;
      }
    }
    scanned = count;
    return found;
  }

  /** Notes what surrounds the number at [start, end), for the cue patterns that need it. */
  private digitContext(start: number, end: number): void {
    const text = this.source;
    const next = codeAt(text, end);
    if (isLower(lowerAt(text, end))) this.numberThenLetter = true;
    const mark = isJsSpace(next) ? lowerAt(text, end + 1) : lowerAt(text, end);
    if (mark === 37 || mark === 112) this.numberThenPercent = true;
    const before = codeAt(text, start - 1);
    if (isCurrency(before) || (isJsSpace(before) && isCurrency(codeAt(text, start - 2)))) this.currencyThenNumber = true;
  }

  /** Continues a word's hash over its apostrophe at `at` and the letters after it; rare, so kept apart. */
  private tail(head: number, at: number): number {
    const text = this.source;
    let hash = Math.imul(head ^ 39, FNV_PRIME);
    let part = WORD_SEED;
    let i = at + 1;
    for (let d = lowerAt(text, i); isLower(d); d = lowerAt(text, ++i)) {
      hash = Math.imul(hash ^ d, FNV_PRIME);
      part = Math.imul(part ^ d, FNV_PRIME);
    }
    if (i === at + 2 && lowerAt(text, at + 1) === 115) (this.heads ??= []).push(head | 0);
    (this.parts ??= []).push(head | 0, part | 0);
    return hash;
  }
}
