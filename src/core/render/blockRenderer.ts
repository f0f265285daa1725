import { renderArticleBlocks, type ArticleBlock, type ArticleFormat } from './article';
import { sameHighlights, type Highlight } from './highlights';
import { sharedEnds } from './textEdit';

interface Rendered {
  readonly text: string;
  readonly format: ArticleFormat;
  readonly highlights: readonly Highlight[];
  readonly blocks: readonly ArticleBlock[];
  /** Markdown that may define link references (see MAY_DEFINE_REFERENCES), found once per text. */
  readonly mayDefineReferences: boolean;
}

// A link reference definition ("[id]: url") anywhere changes links in every block: such texts are rendered whole.
const MAY_DEFINE_REFERENCES = /\]:/;
// Blocks before the edit and after its end that are parsed again with it, so that a change at a block's edge that
// joins it to its neighbour (a removed blank line, a setext underline, a table's delimiter row) is parsed as such.
const MARGIN = 2;

function upperBound(values: readonly number[], value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((values[mid] as number) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The highlights that reach into [start, end), shifted to count from `from`. */
function within(highlights: readonly Highlight[], start: number, end: number, from: number): Highlight[] {
  const out: Highlight[] = [];
  for (const h of highlights) if (h.start < end && h.end > start && h.end > h.start) out.push({ ...h, start: h.start - from, end: h.end - from });
  return out;
}

/** For sorted, disjoint extents, the highlights that reach into each, in the order the painter sorts them. */
function perExtent(highlights: readonly Highlight[], extents: readonly (readonly [number, number])[]): Highlight[][] {
  const sorted = highlights.filter((h) => h.end > h.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Highlight[][] = [];
  let next = 0;
  let active: Highlight[] = [];
  for (const [start, end] of extents) {
    while (next < sorted.length && (sorted[next] as Highlight).start < end) active.push(sorted[next++] as Highlight);
    active = active.filter((h) => h.end > start);
    out.push(active.filter((h) => h.start < end));
  }
  return out;
}

/**
 * renderArticleBlocks, again after an edit: only the blocks around the change are parsed, and of the rest only those
 * whose highlights changed are painted again. The result equals a render of the whole text: a top-level Markdown
 * block parses the same from its own start as within the article, and the parse around the change runs on until it
 * starts a block where an old block started, in text the edit did not touch.
 */
export class ArticleBlockRenderer {
  private last: Rendered | undefined;
  /** Characters parsed by the last render, for the benchmark and the tests. */
  parsed = 0;

  render(text: string, format: ArticleFormat, highlights: readonly Highlight[]): ArticleBlock[] {
    const last = this.last;
    const mayDefineReferences = format === 'markdown' && MAY_DEFINE_REFERENCES.test(text);
    const patched = last && last.format === format && !last.mayDefineReferences && !mayDefineReferences ? this.patch(last, text, highlights) : null;
    let blocks = patched;
    if (!blocks) {
      blocks = renderArticleBlocks(text, format, highlights);
      this.parsed = text.length;
    }
    // A copy: the next render compares against these, and a caller may reuse its array (Highlight itself is readonly).
    this.last = { text, format, highlights: [...highlights], blocks, mayDefineReferences };
    return blocks;
  }

  private slice(text: string, format: ArticleFormat, highlights: readonly Highlight[], start: number, end: number): ArticleBlock[] {
    this.parsed += end - start;
    return renderArticleBlocks(text.slice(start, end), format, within(highlights, start, end, start)).map((b) => ({ base: b.base + start, html: b.html }));
  }

  private patch(last: Rendered, text: string, highlights: readonly Highlight[]): ArticleBlock[] | null {
    const old = last.text;
    const bases = last.blocks.map((b) => b.base);
    if (bases.length === 0) return null;
    const shift = text.length - old.length;
    const { head, tail } = sharedEnds(old, text);
    this.parsed = 0;
    const first = Math.max(0, upperBound(bases, head) - 1 - MARGIN);
    const start = first === 0 ? 0 : (bases[first] as number);
    const untouched = upperBound(bases, old.length - tail - 1);
    let middle: ArticleBlock[] | null = null;
    let resume = bases.length;
    for (let extra = MARGIN + 1; middle === null; extra *= 4) {
      const stop = untouched + extra;
      if (stop >= bases.length) {
        middle = this.slice(text, last.format, highlights, start, text.length);
        break;
      }
      const parsed = this.slice(text, last.format, highlights, start, (bases[stop] as number) + shift);
      // A block of the new parse that starts where an old one did, in untouched text, with a block after it.
      for (let k = 0; k + 1 < parsed.length; k++) {
        const at = (parsed[k] as ArticleBlock).base;
        if (at < text.length - tail) continue;
        const index = upperBound(bases, at - shift) - 1;
        if (index < 0 || bases[index] !== at - shift) continue;
        middle = parsed.slice(0, k);
        resume = index;
        break;
      }
    }
    // The old blocks kept, before the parsed stretch and after it, each with its extent (up to the next block).
    const keptIndices: number[] = [];
    for (let i = 0; i < first; i++) keptIndices.push(i);
    for (let i = resume; i < bases.length; i++) keptIndices.push(i);
    const oldExtents = keptIndices.map((i) => [bases[i] as number, i + 1 < bases.length ? (bases[i + 1] as number) : old.length] as const);
    const newExtents = oldExtents.map(([s, e], k) => (k < first ? [s, e] : [s + shift, e + shift]) as readonly [number, number]);
    const before = perExtent(last.highlights, oldExtents);
    const after = perExtent(highlights, newExtents);
    const repainted: ArticleBlock[] = [];
    for (let k = 0; k < keptIndices.length; k++) {
      const block = last.blocks[keptIndices[k] as number] as ArticleBlock;
      const [s, e] = newExtents[k] as readonly [number, number];
      if (sameHighlights(before[k] as Highlight[], after[k] as Highlight[], s - block.base)) {
        repainted.push(s === block.base ? block : { base: s, html: block.html });
        continue;
      }
      const again = this.slice(text, last.format, highlights, s, e);
      if (again.length !== 1 || (again[0] as ArticleBlock).base !== s) return null;
      repainted.push(again[0] as ArticleBlock);
    }
    return [...repainted.slice(0, first), ...middle, ...repainted.slice(first)];
  }
}
