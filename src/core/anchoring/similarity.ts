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

const WORD = /[\p{L}\p{N}]+/gu;

/** Dice coefficient of the two texts' word multisets. */
function wordSimilarity(stored: string, now: string): number {
  const counts = new Map<string, number>();
  let storedWords = 0;
  for (const [word] of stored.matchAll(WORD)) {
    counts.set(word, (counts.get(word) ?? 0) + 1);
    storedWords++;
  }
  let nowWords = 0;
  let shared = 0;
  for (const [word] of now.matchAll(WORD)) {
    nowWords++;
    const left = counts.get(word) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(word, left - 1);
    }
  }
  return storedWords + nowWords === 0 ? 1 : (2 * shared) / (storedWords + nowWords);
}

/**
 * Words, not characters, decide whether context agrees: in an article that repeats its phrases,
 * two unrelated 32-character windows share half their characters (". \n\nChina-Kazakhstan coo..."),
 * but rarely their words. Text with too few words to compare (CJK, bare punctuation) falls back to characters.
 */
function sideSimilarity(stored: string, now: string): number {
  const words = stored.match(WORD)?.length ?? 0;
  return words >= 3 ? wordSimilarity(stored, now) : similarity(stored, now);
}

/**
 * How well the text around a candidate agrees with the context stored with the note, from 0 to 1,
 * weighing prefix and suffix by how much of each was stored. A note made at the very start or end of
 * the article has a short or empty context.
 */
export function contextSimilarity(text: string, start: number, end: number, prefix: string, suffix: string): number {
  const before = text.slice(Math.max(0, start - prefix.length), start);
  const after = text.slice(end, end + suffix.length);
  const total = prefix.length + suffix.length;
  if (total === 0) return start === 0 && end === text.length ? 1 : 0.5;
  return (sideSimilarity(prefix, before) * prefix.length + sideSimilarity(suffix, after) * suffix.length) / total;
}
