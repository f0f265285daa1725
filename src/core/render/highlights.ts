/** A range of the article to paint, with the attributes that say what it is. */
export interface Highlight {
  readonly start: number;
  readonly end: number;
  readonly className: string;
  /** data-* attributes (without the prefix); values are escaped when written. */
  readonly data: Readonly<Record<string, string>>;
}

/** Whether `b` paints as `a` moved by `shift` characters: the same place, classes and data attributes. */
export function sameHighlight(a: Highlight, b: Highlight, shift = 0): boolean {
  if (a.start + shift !== b.start || a.end + shift !== b.end || a.className !== b.className) return false;
  const keys = Object.keys(a.data);
  if (keys.length !== Object.keys(b.data).length) return false;
  for (const key of keys) if (a.data[key] !== b.data[key]) return false;
  return true;
}

/** sameHighlight for two lists, item by item. */
export function sameHighlights(a: readonly Highlight[], b: readonly Highlight[], shift = 0): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameHighlight(a[i] as Highlight, b[i] as Highlight, shift)) return false;
  return true;
}

const UNSAFE = /[&<>"']/;

export function escapeHtml(text: string): string {
  if (!UNSAFE.test(text)) return text;
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * How much of the text carries its source offset (data-s): `every` piece (exports, which place footnotes by
 * it), or only `anchors`: marks, and text that does not continue the source right after the element or piece
 * before it. An anchor's text is contiguous in the source, so an offset inside a block is its nearest anchor's
 * plus the text between (src/webview/offsets.ts), with about a fifth of the elements.
 */
export type PieceMode = 'every' | 'anchors';

/**
 * Paints source text [start, end) as HTML: pieces carry data-s, their source offset, so a selection
 * in the page maps back to the file; pieces under highlights become <mark>s with the highlights' classes.
 * Runs must be painted in increasing source order: the painter sweeps the highlights once.
 */
export class HighlightPainter {
  /** Offsets are written relative to this one (a block's start, see renderArticleBlocks); 0 writes them as they are. */
  base = 0;
  private next = 0;
  private active: Highlight[] = [];
  private readonly sorted: Highlight[];

  constructor(highlights: readonly Highlight[], private readonly mode: PieceMode = 'every') {
    this.sorted = [...highlights].filter((h) => h.end > h.start).sort((a, b) => a.start - b.start || b.end - a.end);
  }

  /** `continues`: the text follows, in the page, an anchor (or block start) whose source ends at `start`. */
  paint(text: string, start: number, continues = false): string {
    const end = start + text.length;
    while (this.next < this.sorted.length && (this.sorted[this.next] as Highlight).start < end) {
      this.active.push(this.sorted[this.next] as Highlight);
      this.next++;
    }
    if (this.active.length > 0) this.active = this.active.filter((h) => h.end > start);
    const here = this.active.length > 0 ? this.active.filter((h) => h.start < end) : this.active;
    const bare = this.mode === 'anchors';
    if (here.length === 0) return bare && continues ? escapeHtml(text) : piece(text, start - this.base, []);
    const cuts = new Set<number>([start, end]);
    for (const h of here) {
      if (h.start > start) cuts.add(h.start);
      if (h.end < end) cuts.add(h.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    let html = '';
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i] as number;
      const to = points[i + 1] as number;
      const covering = here.filter((h) => h.start < to && h.end > from);
      const slice = text.slice(from - start, to - start);
      // After a mark the text goes on where the mark's source ends.
      html += bare && covering.length === 0 && (i > 0 || continues) ? escapeHtml(slice) : piece(slice, from - this.base, covering);
    }
    return html;
  }
}

/**
 * Whether a highlight covers an offset, for offsets asked in increasing order. A block whose text opens
 * under a mark leaves the offset to the mark, so the block's first child is text wherever it carries data-s.
 */
export function coverage(highlights: readonly Highlight[]): (offset: number) => boolean {
  const starts = highlights.filter((h) => h.end > h.start).sort((a, b) => a.start - b.start);
  let next = 0;
  let reach = -Infinity;
  return (offset: number): boolean => {
    while (next < starts.length && (starts[next] as Highlight).start <= offset) {
      reach = Math.max(reach, (starts[next] as Highlight).end);
      next++;
    }
    return reach > offset;
  };
}

/** The class and data attributes of a mark under these highlights, escaped. */
function markAttributes(covering: readonly Highlight[]): { readonly classes: string; readonly data: string } {
  const classes = new Set<string>();
  const data = new Map<string, string>();
  for (const h of covering) {
    for (const c of h.className.split(/\s+/)) if (c) classes.add(c);
    for (const [key, value] of Object.entries(h.data)) {
      const prior = data.get(key);
      data.set(key, prior && prior !== value ? `${prior} ${value}` : value);
    }
  }
  const attrs = [...data].map(([k, v]) => ` data-${k.replace(/[^a-z0-9-]/g, '')}="${escapeHtml(v)}"`).join('');
  return { classes: escapeHtml([...classes].join(' ')), data: attrs };
}

// Most pieces lie under one highlight, and a claim's highlight covers many pieces: its attributes are written once.
const singleAttributes = new WeakMap<Highlight, { readonly classes: string; readonly data: string }>();

function piece(text: string, offset: number, covering: readonly Highlight[]): string {
  if (covering.length === 0) return `<span data-s="${offset}">${escapeHtml(text)}</span>`;
  let attributes = covering.length === 1 ? singleAttributes.get(covering[0] as Highlight) : undefined;
  if (!attributes) {
    attributes = markAttributes(covering);
    if (covering.length === 1) singleAttributes.set(covering[0] as Highlight, attributes);
  }
  return `<mark class="${attributes.classes}" data-s="${offset}"${attributes.data}>${escapeHtml(text)}</mark>`;
}
