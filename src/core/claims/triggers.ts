/**
 * Which word groups a sentence touches, as a bit mask: one map lookup per word instead of one set
 * scan per pattern. Patterns whose group is absent cannot match, so they are not run.
 */
export class TriggerIndex {
  private readonly bits = new Map<string, number>();

  constructor(groups: readonly (ReadonlySet<string> | undefined)[]) {
    groups.forEach((group, i) => {
      for (const word of group ?? []) this.bits.set(word, (this.bits.get(word) ?? 0) | (1 << i));
    });
  }

  /** The groups the words touch; a possessive also counts as its bare word ("year's" as "year"). */
  mask(words: readonly string[]): number {
    let mask = 0;
    for (const word of words) {
      mask |= this.bits.get(word) ?? 0;
      if (word.endsWith("'s")) mask |= this.bits.get(word.slice(0, -2)) ?? 0;
    }
    return mask;
  }
}
