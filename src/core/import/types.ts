import type { TextPositionSelector, TextQuoteSelector } from '../anchoring/selectors';
import type { NoteContent } from '../store/annotation';

export type ImportFormat = 'w3c' | 'hypothesis';

/** A note read from another tool's file, before it is tied to a workspace article. */
export interface ImportedNote {
  /** An absolute IRI, or null when the file gave none usable (a new id is made). */
  readonly id: string | null;
  /** What the note's targets name (IRIs or paths), in the file's order. */
  readonly sources: readonly string[];
  readonly quote: TextQuoteSelector | null;
  readonly position: TextPositionSelector | null;
  readonly content: NoteContent;
  readonly creator: string;
  readonly created: string | null;
  readonly modified: string | null;
}

export interface SkippedNote {
  readonly id: string | null;
  readonly article: string | null;
  readonly reason: string;
}

export interface ParsedImport {
  readonly format: ImportFormat;
  readonly notes: readonly ImportedNote[];
  /** Entries of the file that are not notes on a passage (replies, page notes, broken entries). */
  readonly skipped: readonly SkippedNote[];
}

export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

export function asString(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

export function quoteSelector(value: Record<string, unknown>): TextQuoteSelector | null {
  const exact = asString(value['exact']);
  if (exact === null || exact.length === 0) return null;
  const prefix = asString(value['prefix']);
  const suffix = asString(value['suffix']);
  return {
    type: 'TextQuoteSelector', exact,
    ...(prefix !== null ? { prefix } : {}),
    ...(suffix !== null ? { suffix } : {}),
  };
}

export function positionSelector(value: Record<string, unknown>): TextPositionSelector | null {
  const start = value['start'];
  const end = value['end'];
  if (typeof start !== 'number' || typeof end !== 'number') return null;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) return null;
  return { type: 'TextPositionSelector', start, end };
}

/** The first quote and position selectors among a target's selectors (quotes inside refinements too). */
export function findSelectors(selectors: unknown): { quote: TextQuoteSelector | null; position: TextPositionSelector | null } {
  let quote: TextQuoteSelector | null = null;
  let position: TextPositionSelector | null = null;
  const visit = (value: unknown, depth: number): void => {
    for (const item of asArray(value)) {
      if (!isRecord(item) || depth > 4) continue;
      if (item['type'] === 'TextQuoteSelector') quote ??= quoteSelector(item);
      // A refined position counts inside its parent selector's range, not the document: only top-level ones.
      if (item['type'] === 'TextPositionSelector' && depth === 0) position ??= positionSelector(item);
      if (item['refinedBy'] !== undefined) visit(item['refinedBy'], depth + 1);
    }
  };
  visit(selectors, 0);
  return { quote, position };
}
