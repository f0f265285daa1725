import { fnv1a } from './hash';

const FNV_PRIME = 0x01000193;
/** The seed of word features: hashing "w:" + word equals hashing word from this seed. */
export const WORD_SEED = fnv1a('w:');
const NUM_HASH = fnv1a('<num>', WORD_SEED);
const YEAR_HASH = fnv1a('<year>', WORD_SEED);

const NUMBER = -1;
const YEAR = -2;
const SYMBOL = -3;
const PLAIN = -4;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * The model's word tokens of a sentence (exactly wordTokens' list), scanned once: each token's hash is
 * computed from the characters as they are read, and its string is built only when asked for, because
 * most sentences need the hashes (trigger mask, model) and only a few words as text.
 */
export class SentenceWords {
  /** wordHash of each token. */
  readonly hashes: number[] = [];
  private heads: number[] = NONE;
  readonly hasDigit: boolean;
  private readonly source: string;
  // Per token: start, end, and the apostrophe's offset or a token kind (NUMBER, YEAR, SYMBOL, PLAIN).
  private readonly spans: number[] = [];
  private cached: string[] | undefined;

  constructor(text: string) {
    this.source = text.toLowerCase();
    this.hasDigit = this.scan();
  }

  /** wordHash of X for each token X's ("year's"): the trigger index also counts it as the bare word. */
  get possessiveHeads(): readonly number[] {
    return this.heads;
  }

  get length(): number {
    return this.hashes.length;
  }

  /** The i-th token as wordTokens spells it. */
  word(i: number): string {
    const start = this.spans[3 * i] ?? 0;
    const end = this.spans[3 * i + 1] ?? 0;
    const kind = this.spans[3 * i + 2] ?? PLAIN;
    if (kind === NUMBER) return '<num>';
    if (kind === YEAR) return '<year>';
    if (kind === SYMBOL) return this.source.charAt(start);
    if (kind === PLAIN) return this.source.slice(start, end);
    return `${this.source.slice(start, kind)}'${this.source.slice(kind + 1, end)}`;
  }

  /** Whether word(a) < word(b), for two tokens that are not numbers, without building either string. */
  precedes(a: number, b: number): boolean {
    const aStart = this.spans[3 * a] ?? 0;
    const aLength = (this.spans[3 * a + 1] ?? 0) - aStart;
    const bStart = this.spans[3 * b] ?? 0;
    const bLength = (this.spans[3 * b + 1] ?? 0) - bStart;
    for (let k = 0; k < aLength && k < bLength; k++) {
      const x = this.codeAt(a, aStart + k);
      const y = this.codeAt(b, bStart + k);
      if (x !== y) return x < y;
    }
    return aLength < bLength;
  }

  // A word's characters are the lower-cased text's, its apostrophe always written '.
  private codeAt(token: number, at: number): number {
    return at === this.spans[3 * token + 2] ? 39 : this.source.charCodeAt(at);
  }

  /** Whether the i-th token is a number or a year rather than a word or a symbol. */
  isNumber(i: number): boolean {
    const kind = this.spans[3 * i + 2] ?? PLAIN;
    return kind === NUMBER || kind === YEAR;
  }

  get words(): string[] {
    this.cached ??= this.hashes.map((_, i) => this.word(i));
    return this.cached;
  }

  private scan(): boolean {
    const text = this.source;
    const hashes = this.hashes;
    const spans = this.spans;
    const n = text.length;
    let hasDigit = false;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c >= 97 && c <= 122) {
        const start = i;
        let hash = WORD_SEED;
        for (let d = c; d >= 97 && d <= 122; d = text.charCodeAt(++i)) hash = Math.imul(hash ^ d, FNV_PRIME);
        const q = text.charCodeAt(i);
        const t = text.charCodeAt(i + 1);
        let kind = PLAIN;
        if ((q === 39 || q === 0x2019) && t >= 97 && t <= 122) {
          kind = i;
          if (t === 115 && !isLower(text.charCodeAt(i + 2))) this.possessive(hash >>> 0);
          hash = Math.imul(hash ^ 39, FNV_PRIME);
          i++;
          for (let d = t; d >= 97 && d <= 122; d = text.charCodeAt(++i)) hash = Math.imul(hash ^ d, FNV_PRIME);
        }
        hashes.push(hash >>> 0);
        spans.push(start);
        spans.push(i);
        spans.push(kind);
      } else if (c >= 48 && c <= 57) {
        hasDigit = true;
        const start = i;
        for (;;) {
          const d = text.charCodeAt(i);
          if (isDigit(d) || ((d === 44 || d === 46) && isDigit(text.charCodeAt(i + 1)))) i++;
          else break;
        }
        const year = i - start === 4 && isYearHead(text.charCodeAt(start), text.charCodeAt(start + 1));
        hashes.push(year ? YEAR_HASH : NUM_HASH);
        spans.push(start);
        spans.push(i);
        spans.push(year ? YEAR : NUMBER);
      } else {
        if (c === 36 || c === 37 || c === 0x20ac || c === 0xa3) {
          hashes.push(Math.imul(WORD_SEED ^ c, FNV_PRIME) >>> 0);
          spans.push(i);
          spans.push(i + 1);
          spans.push(SYMBOL);
        }
        i++;
      }
    }
    return hasDigit;
  }

  private possessive(head: number): void {
    if (this.heads === NONE) this.heads = [];
    this.heads.push(head);
  }
}

const isLower = (c: number): boolean => c >= 97 && c <= 122;
const NONE: number[] = [];

// "18xx", "19xx", "20xx"
const isYearHead = (a: number, b: number): boolean => (a === 49 && (b === 56 || b === 57)) || (a === 50 && b === 48);
