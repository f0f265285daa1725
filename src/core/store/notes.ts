import { resolveAnchor, type AnchorStatus } from '../anchoring/resolve';
import { findQuote } from '../anchoring/selectors';
import { noteContent, type Annotation } from './annotation';

/** A note as the CLI, the webview and exports show it: resolved against the article's current text. */
export interface NoteView {
  readonly id: string;
  readonly status: AnchorStatus;
  readonly start: number | null;
  readonly end: number | null;
  readonly quote: string;
  /** What the article says there now, when it differs from the quote (drifted). */
  readonly currentText: string | null;
  readonly body: string;
  readonly tags: readonly string[];
  readonly verdict: string | null;
  readonly evidence: readonly string[];
  readonly creator: string;
  readonly created: string;
  readonly modified: string;
}

export function resolveNote(annotation: Annotation, text: string): NoteView {
  const anchor = resolveAnchor(text, annotation.target.selector);
  const content = noteContent(annotation);
  return {
    id: annotation.id,
    status: anchor.status,
    start: anchor.start,
    end: anchor.end,
    quote: findQuote(annotation.target.selector)?.exact ?? '',
    currentText: anchor.currentText,
    body: content.body,
    tags: content.tags,
    verdict: content.verdict,
    evidence: content.evidence,
    creator: annotation.creator.name,
    created: annotation.created,
    modified: annotation.modified,
  };
}

/** Notes in article order; orphaned ones last, in the order they were written. */
export function resolveNotes(annotations: readonly Annotation[], text: string): NoteView[] {
  const views = annotations.map((a) => resolveNote(a, text));
  return views.sort((a, b) => {
    const sa = a.start ?? Number.MAX_SAFE_INTEGER;
    const sb = b.start ?? Number.MAX_SAFE_INTEGER;
    return sa - sb || (a.created < b.created ? -1 : a.created > b.created ? 1 : 0);
  });
}
