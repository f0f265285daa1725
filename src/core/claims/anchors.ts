import { fnv1a } from './hash';
import { WORD_SEED, type SentenceWords } from './words';

const TABLE_BITS = 12;
const TABLE_MASK = (1 << TABLE_BITS) - 1;
const hashOf = (word: string): number => fnv1a(word, WORD_SEED) | 0;

/** For one pattern: each lead word's hash, with the hashes the word after it must have (null: no condition). */
type LeadMap = ReadonlyMap<number, ReadonlySet<number> | null>;

/**
 * Parses "will shall | is are: expected due" (every match starts at "will" or "shall", or at "is" or
 * "are" followed by "expected" or "due") into lead hashes, and lists every word it names.
 */
function parseLeads(spec: string): { leads: LeadMap; named: string[] } {
  const leads = new Map<number, ReadonlySet<number> | null>();
  const named: string[] = [];
  for (const part of spec.split('|')) {
    const [heads = '', nexts] = part.split(':');
    const next = nexts === undefined ? null : nexts.trim().split(/\s+/);
    const nextHashes = next === null ? null : new Set(next.map(hashOf));
    for (const word of heads.trim().split(/\s+/)) {
      const known = leads.get(hashOf(word));
      // A word named twice may be followed by what either allows; once without a condition, by anything.
      leads.set(hashOf(word), known === null || nextHashes === null ? null : new Set([...(known ?? []), ...nextHashes]));
      named.push(word);
    }
    named.push(...(next ?? []));
  }
  return { leads, named };
}

/**
 * Runs a pattern only where the word scan says a match can start, instead of searching the whole
 * sentence: a pattern's `leads` name the scan tokens (as SentenceWords spells them) that every match starts
 * at, so a sticky copy of the pattern tried at each of them, left to right and past each match, finds
 * exactly what the global pattern finds. A sentence where a named word may hide beside an apostrophe
 * ("this year's": the token is "year's", the pattern sees "year"), or whose scan is of a lower-cased copy,
 * is searched whole as before.
 */
export class Anchors {
  private readonly leadTable = new Uint32Array(1 << TABLE_BITS);
  private readonly wordTable = new Uint32Array(1 << TABLE_BITS);
  private readonly leads: (LeadMap | null)[];
  private readonly sticky: (RegExp | null)[];
  private readonly global: readonly RegExp[];

  constructor(patterns: readonly { readonly pattern: RegExp; readonly leads: string }[]) {
    if (patterns.length > 32) throw new Error(`Anchors: ${patterns.length} patterns, at most 32 fit a mask`);
    this.leads = patterns.map(({ leads }, i) => {
      if (leads === '') return null;
      const parsed = parseLeads(leads);
      for (const hash of parsed.leads.keys()) this.leadTable[hash & TABLE_MASK] = (this.leadTable[hash & TABLE_MASK] ?? 0) | (1 << i);
      // "won't" also by what comes before its apostrophe: in "three'won't" the scan's tokens are "three'won" and "t".
      for (const word of parsed.named.flatMap((w) => [w, w.split("'")[0] ?? w])) this.wordTable[hashOf(word) & TABLE_MASK] = (this.wordTable[hashOf(word) & TABLE_MASK] ?? 0) | (1 << i);
      return parsed.leads;
    });
    this.global = patterns.map(({ pattern }) => pattern);
    this.sticky = patterns.map(({ pattern, leads }) => (leads === '' ? null : new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`)));
  }

  /**
   * The match of pattern i after `previous` (null: the first), at its leads when `scan` is given (see usable),
   * else by the global pattern from where its last match ended.
   */
  nextMatch(text: string, i: number, scan: SentenceWords | null, previous: RegExpExecArray | null): RegExpExecArray | null {
    if (scan === null) {
      const pattern = this.global[i] as RegExp;
      if (previous === null) pattern.lastIndex = 0;
      return pattern.exec(text);
    }
    // Past an empty match too, as the global search steps past one.
    return this.next(text, scan, i, previous === null ? 0 : previous.index + Math.max(1, previous[0].length));
  }

  /**
   * Whether pattern i can run at its leads in this sentence: it has leads, the scan is of the text itself,
   * and no word the leads name sits beside an apostrophe.
   */
  usable(tokens: SentenceWords, i: number): boolean {
    if (tokens.caseShifted || this.leads[i] === null) return false;
    const bit = 1 << i;
    const parts = tokens.apostropheParts;
    for (let k = 0; k < parts.length; k++) if (((this.wordTable[(parts[k] ?? 0) & TABLE_MASK] ?? 0) & bit) !== 0) return false;
    return true;
  }

  /**
   * The first match of pattern i at a lead token starting at or after `from`, or null; see usable. Each call
   * looks from the first token: a sentence has a few dozen, and a pattern a match or two in it.
   */
  private next(text: string, tokens: SentenceWords, i: number, from: number): RegExpExecArray | null {
    const bit = 1 << i;
    const leads = this.leads[i] as LeadMap;
    const sticky = this.sticky[i] as RegExp;
    const hashes = tokens.hashes;
    for (let t = 0; t < hashes.length; t++) {
      const hash = (hashes[t] ?? 0) | 0;
      if (((this.leadTable[hash & TABLE_MASK] ?? 0) & bit) === 0 || tokens.startOf(t) < from) continue;
      const next = leads.get(hash);
      if (next === undefined || (next !== null && !next.has((hashes[t + 1] ?? 0) | 0))) continue;
      sticky.lastIndex = tokens.startOf(t);
      const m = sticky.exec(text);
      if (m !== null) return m;
    }
    return null;
  }
}
