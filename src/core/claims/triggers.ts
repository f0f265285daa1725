import { wordHash } from './features';
import type { SentenceWords } from './words';

const TABLE_BITS = 16;
const TABLE_MASK = (1 << TABLE_BITS) - 1;

/**
 * Which word groups a sentence touches, as a bit mask (at most 32 groups). Words are looked up by the
 * hash the model computes anyway, in a table: a collision can only set an extra bit, so a pattern may
 * run needlessly but is never skipped wrongly.
 */
export class TriggerIndex {
  private readonly table = new Uint32Array(1 << TABLE_BITS);

  constructor(groups: readonly (ReadonlySet<string> | undefined)[]) {
    // A bit per group: a 33rd group would wrap around onto the first and skip patterns wrongly.
    if (groups.length > 32) throw new Error(`TriggerIndex: ${groups.length} groups, at most 32 fit a mask`);
    groups.forEach((group, i) => {
      for (const word of group ?? []) this.table[wordHash(word) & TABLE_MASK] = (this.table[wordHash(word) & TABLE_MASK] ?? 0) | (1 << i);
    });
  }

  /** The groups the words touch; a possessive also counts as its bare word ("year's" as "year"). */
  mask(words: readonly string[], hashes: readonly number[]): number {
    let mask = 0;
    for (let i = 0; i < words.length; i++) {
      mask |= this.table[(hashes[i] ?? 0) & TABLE_MASK] ?? 0;
      const word = words[i] ?? '';
      if (word.endsWith("'s")) mask |= this.table[wordHash(word.slice(0, -2)) & TABLE_MASK] ?? 0;
    }
    return mask;
  }

  /**
   * The mask also counting each side of a word with an apostrophe ("o'clock": "o" and "clock"), for
   * patterns whose word may sit there.
   */
  wideMaskOf(words: SentenceWords, mask: number): number {
    let wide = mask;
    const parts = words.apostropheParts;
    for (let i = 0; i < parts.length; i++) wide |= this.table[(parts[i] ?? 0) & TABLE_MASK] ?? 0;
    return wide;
  }

  /** The same mask from a sentence's scanned words, without their strings. */
  maskOf(words: SentenceWords): number {
    let mask = 0;
    // Indexed loops: for...of here allocated an iterator result per word (the arrays mix small and large integers).
    const hashes = words.hashes;
    for (let i = 0; i < hashes.length; i++) mask |= this.table[(hashes[i] ?? 0) & TABLE_MASK] ?? 0;
    const heads = words.possessiveHeads;
    for (let i = 0; i < heads.length; i++) mask |= this.table[(heads[i] ?? 0) & TABLE_MASK] ?? 0;
    return mask;
  }
}
