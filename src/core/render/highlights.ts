/** A range of the article to paint, with the attributes that say what it is. */
export interface Highlight {
  readonly start: number;
  readonly end: number;
  readonly className: string;
  /** data-* attributes (without the prefix); values are escaped when written. */
  readonly data: Readonly<Record<string, string>>;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Paints source text [start, end) as HTML: each piece carries data-s, its source offset, so a selection
 * in the page maps back to the file; pieces under highlights become <mark>s with the highlights' classes.
 * Runs must be painted in increasing source order: the painter sweeps the highlights once.
 */
export class HighlightPainter {
  private next = 0;
  private active: Highlight[] = [];
  private readonly sorted: Highlight[];

  constructor(highlights: readonly Highlight[]) {
    this.sorted = [...highlights].filter((h) => h.end > h.start).sort((a, b) => a.start - b.start || b.end - a.end);
  }

  paint(text: string, start: number): string {
    const end = start + text.length;
    while (this.next < this.sorted.length && (this.sorted[this.next] as Highlight).start < end) {
      this.active.push(this.sorted[this.next] as Highlight);
      this.next++;
    }
    this.active = this.active.filter((h) => h.end > start);
    const here = this.active.filter((h) => h.start < end);
    if (here.length === 0) return piece(text, start, []);
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
      html += piece(text.slice(from - start, to - start), from, covering);
    }
    return html;
  }
}

function piece(text: string, offset: number, covering: readonly Highlight[]): string {
  if (covering.length === 0) return `<span data-s="${offset}">${escapeHtml(text)}</span>`;
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
  return `<mark class="${escapeHtml([...classes].join(' '))}" data-s="${offset}"${attrs}>${escapeHtml(text)}</mark>`;
}
