/**
 * Words whose change alters what a sentence claims: figures and dates (anything with a digit),
 * names (capitalised words), and negations. A quote that differs from the article in one of these has
 * not merely been reworded: the note is shown as drifted, with the old and the new text.
 */
const WORD = /[\p{L}\p{N}]+(?:[.,:/'’-][\p{L}\p{N}]+)*/gu;
const NEGATIONS = new Set(['not', 'no', 'never', 'none', 'nor', 'without', "n't", 'cannot']);

function words(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const match of text.matchAll(WORD)) counts.set(match[0], (counts.get(match[0]) ?? 0) + 1);
  return counts;
}

function isSignificant(word: string): boolean {
  return /\p{N}/u.test(word) || /^\p{Lu}/u.test(word) || NEGATIONS.has(word.toLowerCase()) || /n['’]t$/i.test(word);
}

/** The significant words that one text has and the other lacks, both ways. */
export function changedFacts(before: string, after: string): string[] {
  const old = words(before);
  const now = words(after);
  const changed: string[] = [];
  const compare = (a: Map<string, number>, b: Map<string, number>): void => {
    for (const [word, count] of a) {
      if (count > (b.get(word) ?? 0) && isSignificant(word)) changed.push(word);
    }
  };
  compare(old, now);
  compare(now, old);
  return changed;
}
