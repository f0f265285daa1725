import { looksLikeHypothesisRow, readHypothesisRow } from './hypothesis';
import { ImportError, isRecord, type ImportedNote, type ImportFormat, type ParsedImport, type SkippedNote } from './types';
import { readW3cAnnotation, w3cEntries } from './w3c';

function isSkipped(entry: ImportedNote | SkippedNote): entry is SkippedNote {
  return 'reason' in entry;
}

function hypothesisRows(data: unknown): unknown[] | null {
  if (Array.isArray(data)) return data.length > 0 && data.every(looksLikeHypothesisRow) ? data : null;
  if (!isRecord(data)) return null;
  for (const key of ['annotations', 'rows']) {
    const rows = data[key];
    if (Array.isArray(rows) && (rows.length === 0 ? 'export_date' in data || 'total' in data : rows.some(looksLikeHypothesisRow))) {
      return rows;
    }
  }
  return looksLikeHypothesisRow(data) ? [data] : null;
}

/**
 * Reads a W3C Web Annotation document (one annotation, an array, a page or a collection) or a
 * Hypothesis JSON export (its client's export file, its API's search results, or an array of rows).
 */
export function parseImport(text: string): ParsedImport {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ImportError(`not valid JSON (${(error as Error).message})`);
  }
  const rows = hypothesisRows(data);
  const format: ImportFormat = rows !== null ? 'hypothesis' : 'w3c';
  const entries = rows ?? w3cEntries(data);
  const read = rows !== null ? readHypothesisRow : readW3cAnnotation;
  const notes: ImportedNote[] = [];
  const skipped: SkippedNote[] = [];
  for (const entry of entries) {
    const result = read(entry);
    if (isSkipped(result)) skipped.push(result);
    else notes.push(result);
  }
  if (format === 'w3c' && notes.length === 0 && skipped.length > 0 && skipped.every((s) => s.reason === 'not of type Annotation')) {
    throw new ImportError('neither W3C Web Annotations nor a Hypothesis export');
  }
  return { format, notes, skipped };
}
