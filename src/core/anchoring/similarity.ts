/** Levenshtein distance; used only on short strings (quote context, at most a few dozen characters). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = new Array<number>(b.length + 1);
  let current = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(substitution, (previous[j] as number) + 1, (current[j - 1] as number) + 1);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length] as number;
}

/** 1 for equal strings, 0 for nothing in common. */
export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - editDistance(a, b) / longest;
}

/** How many characters right before `start` equal the end of `prefix`, plus those after `end` equal the start of `suffix`. */
export function adjacentContextMatch(text: string, start: number, end: number, prefix: string, suffix: string): number {
  let matched = 0;
  for (let i = 1; i <= prefix.length && start - i >= 0; i++) {
    if (text.charCodeAt(start - i) !== prefix.charCodeAt(prefix.length - i)) break;
    matched++;
  }
  for (let i = 0; i < suffix.length && end + i < text.length; i++) {
    if (text.charCodeAt(end + i) !== suffix.charCodeAt(i)) break;
    matched++;
  }
  return matched;
}

/**
 * How well the text around a candidate agrees with the context stored with the note, from 0 to 1,
 * weighing prefix and suffix by how much of each was stored. A note made at the very start or end of
 * the article has a short or empty context; what is missing counts as agreeing only where the
 * candidate is also at that edge.
 */
export function contextSimilarity(text: string, start: number, end: number, prefix: string, suffix: string): number {
  const before = text.slice(Math.max(0, start - prefix.length), start);
  const after = text.slice(end, end + suffix.length);
  const total = prefix.length + suffix.length;
  if (total === 0) return start === 0 && end === text.length ? 1 : 0.5;
  return (similarity(prefix, before) * prefix.length + similarity(suffix, after) * suffix.length) / total;
}
