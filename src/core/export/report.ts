import { detectClaims } from '../claims';
import type { Claim } from '../claims/types';
import type { Annotation } from '../store/annotation';
import { resolveNotes, type NoteView } from '../store/notes';
import { exportMarkdown } from './markdown';

/** One article's worth of material for a report. */
export interface ArticleReport {
  /** Workspace-relative path of the article. */
  readonly path: string;
  readonly title: string;
  readonly notes: readonly NoteView[];
  readonly claims: readonly Claim[];
}

export function articleTitle(text: string, path: string): string {
  const firstLine = text.split(/\r?\n/).find((line) => line.trim().length > 0);
  const title = firstLine?.replace(/^#+\s*/, '').replace(/^\uFEFF/, '').trim();
  return title && title.length > 0 ? title.slice(0, 200) : path;
}


export function buildReport(path: string, text: string, annotations: readonly Annotation[]): ArticleReport {
  return { path, title: articleTitle(text, path), notes: resolveNotes(annotations, text), claims: detectClaims(text) };
}

export const EXPORT_FORMATS = ['markdown'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_EXTENSIONS: Readonly<Record<ExportFormat, string>> = { markdown: 'md' };

export function renderExport(format: ExportFormat, reports: readonly ArticleReport[], generated: string): string {
  switch (format) {
    case 'markdown':
      return exportMarkdown(reports, generated);
  }
}
