import type { NoteView } from '../store/notes';
import type { ArticleReport } from './report';

export const CSV_COLUMNS = [
  'article', 'id', 'quote', 'start', 'end', 'status', 'verdict', 'tags', 'body', 'evidence', 'author', 'created', 'modified',
] as const;

/**
 * Excel on Windows reads a CSV without a byte order mark in the local code page, which garbles every
 * non-ASCII character (names, quotes, emoji); with it, Excel, LibreOffice, Google Sheets and csv readers
 * that know 'utf-8-sig' all read UTF-8.
 */
export const CSV_BOM = '\uFEFF';

/** What a spreadsheet would start evaluating as a formula, including full-width forms some locales accept. */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const FORMULA_AFTER_SPACE = /^[\s\u00A0\u3000]+[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * OWASP's CSV injection advice: a cell that starts like a formula gets a leading apostrophe, so the
 * spreadsheet shows it as text. Leading spaces are looked through: some spreadsheets trim them first.
 */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) || FORMULA_AFTER_SPACE.test(cell) ? `'${cell}` : cell;
}

/** RFC 4180: every field quoted, quotes doubled; line breaks inside a field are kept inside the quotes. */
export function csvField(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

function textCell(value: string): string {
  return csvField(neutraliseFormula(value));
}

function numberCell(value: number | null): string {
  return value === null ? '' : String(value);
}

function noteRow(article: string, note: NoteView): string {
  return [
    textCell(article),
    textCell(note.id),
    textCell(note.quote),
    numberCell(note.start),
    numberCell(note.end),
    textCell(note.status),
    textCell(note.verdict ?? ''),
    textCell(note.tags.join('; ')),
    textCell(note.body),
    textCell(note.evidence.join('\n')),
    textCell(note.creator),
    textCell(note.created),
    textCell(note.modified),
  ].join(',');
}

/** One row per note, in article order; start/end are UTF-16 offsets as in `notes --json`, empty when orphaned. */
export function exportCsv(reports: readonly ArticleReport[]): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const report of reports) {
    for (const note of report.notes) rows.push(noteRow(report.path, note));
  }
  return `${CSV_BOM}${rows.join('\r\n')}\r\n`;
}
