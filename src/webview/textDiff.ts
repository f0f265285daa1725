/** Old and new text split into what they share at each end and the changed middle, cut at word boundaries. */
export interface ChangedText {
  readonly before: string;
  readonly removed: string;
  readonly added: string;
  readonly after: string;
}

function words(text: string): string[] {
  return text.match(/\s+|[^\s]+/g) ?? [];
}

/** Enough to show what changed in a drifted quote ("18.9" became "19.4"), not a general diff. */
export function changedText(was: string, now: string): ChangedText {
  const a = words(was);
  const b = words(now);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return {
    before: a.slice(0, head).join(''),
    removed: a.slice(head, a.length - tail).join(''),
    added: b.slice(head, b.length - tail).join(''),
    after: a.slice(a.length - tail).join(''),
  };
}
