/** One line of the printed table. */
export interface Row {
  readonly section: string;
  readonly measure: string;
  readonly size: string;
  /** Article bytes, for the growth table. */
  readonly bytes: number;
  readonly notes: string;
  readonly oursMs: number;
  readonly baselineMs: number;
  readonly ratio: number;
  readonly pairs: number;
  readonly baseline: string;
  /** The issue's target and bar for this ratio, when it sets one. */
  readonly target?: number;
  readonly bar?: number;
  /** What oursMs and baselineMs count when not milliseconds. */
  readonly unit?: string;
  /** Extra facts, e.g. accuracy of both sides. */
  readonly detail?: string;
  /** False when accuracy or another condition fails, whatever the ratio. */
  readonly conditionHolds?: boolean;
}

export function verdict(row: Row): string {
  if (row.bar === undefined) return '';
  if (row.conditionHolds === false || !(row.ratio <= row.bar)) return 'FAIL';
  if (row.target !== undefined && row.ratio <= row.target) return 'target met';
  return 'bar met';
}

export function formatRatio(ratio: number): string {
  if (!Number.isFinite(ratio)) return 'n/a';
  if (ratio >= 100) return `${ratio.toFixed(0)}x`;
  if (ratio >= 10) return `${ratio.toFixed(1)}x`;
  return `${ratio.toFixed(2)}x`;
}

function formatValue(value: number, unit = 'ms'): string {
  if (!Number.isFinite(value)) return 'n/a';
  return `${value >= 100 ? value.toFixed(0) : value.toFixed(1)} ${unit}`;
}

function pad(cells: readonly string[], widths: readonly number[]): string {
  return `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
}

/** A Markdown table: readable in a terminal and pasted as is into BENCHMARKS.md. */
export function markdownTable(header: readonly string[], body: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  return [pad(header, widths), rule, ...body.map((r) => pad(r, widths))].join('\n');
}

export function resultsTable(rows: readonly Row[]): string {
  const header = ['Measure', 'Article', 'Notes', 'Ours', 'Baseline', 'Baseline value', 'Ratio', 'Pairs', 'Target / bar', 'Verdict', 'Detail'];
  const body = rows.map((r) => [
    `${r.section}: ${r.measure}`,
    r.size,
    r.notes,
    formatValue(r.oursMs, r.unit),
    r.baseline,
    formatValue(r.baselineMs, r.unit),
    formatRatio(r.ratio),
    String(r.pairs),
    r.bar === undefined ? '' : `${r.target === undefined ? '' : `${r.target}x / `}${r.bar}x`,
    verdict(r),
    r.detail ?? '',
  ]);
  return markdownTable(header, body);
}
