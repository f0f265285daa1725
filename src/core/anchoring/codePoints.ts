/**
 * Converts W3C code point offsets to UTF-16 offsets in O(log n) after one pass over the text, so that
 * re-anchoring thousands of notes in a large article does not rescan the text for every note.
 */
export class CodePointIndex {
  /** Code point offsets at which a surrogate pair starts, ascending. */
  private readonly pairStarts: number[] = [];

  constructor(readonly text: string) {
    const pairs = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;
    let seen = 0;
    for (let match = pairs.exec(text); match; match = pairs.exec(text)) {
      this.pairStarts.push(match.index - seen);
      seen++;
    }
  }

  toUtf16(points: number): number {
    let low = 0;
    let high = this.pairStarts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((this.pairStarts[mid] as number) < points) low = mid + 1;
      else high = mid;
    }
    return Math.min(points + low, this.text.length);
  }
}
