import { detectClaims } from '../claims';
import type { Claim } from '../claims/types';
import type { Annotation } from '../store/annotation';
import { resolveNotes, type NoteView } from '../store/notes';
import { exportCsv } from './csv';
import { exportHtml } from './html';
import { exportJsonLd } from './jsonld';
import { exportMarkdown } from './markdown';
import { encodePathSegments } from './uri';

/** One article's worth of material for a report. */
export interface ArticleReport {
  /** Workspace-relative path of the article. */
  readonly path: string;
  readonly title: string;
  /** The article as it is now; '' when the file is missing. */
  readonly text: string;
  /** The article file no longer exists: every note is orphaned, none is dropped. */
  readonly missing: boolean;
  /** In article order; drifted and orphaned notes keep their place in this list. */
  readonly notes: readonly NoteView[];
  /** The stored notes, for formats that carry the full W3C selectors. */
  readonly annotations: readonly Annotation[];
  readonly claims: readonly Claim[];
}

export function articleTitle(text: string, path: string): string {
  const firstLine = text.split(/\r?\n/).find((line) => line.trim().length > 0);
  const title = firstLine?.replace(/^\uFEFF/, '').replace(/^#+\s*/, '').trim();
  return title && title.length > 0 ? title.slice(0, 200) : path;
}

export function buildReport(path: string, text: string, annotations: readonly Annotation[]): ArticleReport {
  return {
    path, title: articleTitle(text, path), text, missing: false,
    notes: resolveNotes(annotations, text), annotations, claims: detectClaims(text),
  };
}

/** An annotated article whose file is gone: its notes are still reported, all orphaned. */
export function buildMissingReport(path: string, annotations: readonly Annotation[]): ArticleReport {
  return { ...buildReport(path, '', annotations), title: path, missing: true };
}

export const EXPORT_FORMATS = ['markdown', 'csv', 'jsonld', 'html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_EXTENSIONS: Readonly<Record<ExportFormat, string>> = {
  markdown: 'md', csv: 'csv', jsonld: 'jsonld', html: 'html',
};

export const EXPORT_LABELS: Readonly<Record<ExportFormat, string>> = {
  markdown: 'Markdown report',
  csv: 'CSV spreadsheet',
  jsonld: 'W3C Web Annotation (JSON-LD)',
  html: 'Standalone HTML page',
};

export interface ExportOptions {
  /** When the export was made (ISO 8601). */
  readonly generated: string;
  /** An absolute IRI for an article's workspace path: W3C targets need one (file:, https:, vscode-vfs:...). */
  readonly articleIri: (path: string) => string;
  /** The IRI of the exported AnnotationCollection, e.g. a fresh urn:uuid. */
  readonly collectionId: string;
}

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/**
 * Callers that pass only the generation time (benchmarks, quick scripts) get IRIs that name the
 * article by its workspace path alone; the CLI and the extension always pass real ones.
 */
function withDefaults(options: ExportOptions | string): ExportOptions {
  if (typeof options !== 'string') return options;
  return {
    generated: options,
    articleIri: (path) => `urn:article-annotator:article:${encodePathSegments(path)}`,
    collectionId: 'urn:article-annotator:export',
  };
}

/** The one entry point for every format: the CLI and the extension both call this. */
export function renderExport(format: ExportFormat, reports: readonly ArticleReport[], exportOptions: ExportOptions | string): string {
  const options = withDefaults(exportOptions);
  switch (format) {
    case 'markdown':
      return exportMarkdown(reports, options.generated);
    case 'csv':
      return exportCsv(reports);
    case 'jsonld':
      return exportJsonLd(reports, options);
    case 'html':
      return exportHtml(reports, options.generated);
  }
}
