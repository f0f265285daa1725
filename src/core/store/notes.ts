import { CodePointIndex } from '../anchoring/codePoints';
import { resolveAnchor, type Anchor, type AnchorStatus } from '../anchoring/resolve';
import { findPosition, findQuote } from '../anchoring/selectors';
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
  /** Why the note is anchored, drifted or orphaned, in words for the user. */
  readonly reason?: string;
  readonly body: string;
  readonly tags: readonly string[];
  readonly verdict: string | null;
  readonly evidence: readonly string[];
  readonly creator: string;
  readonly created: string;
  readonly modified: string;
}

function toView(annotation: Annotation, anchor: Anchor): NoteView {
  const content = noteContent(annotation);
  return {
    id: annotation.id,
    status: anchor.status,
    start: anchor.start,
    end: anchor.end,
    quote: findQuote(annotation.target.selector)?.exact ?? '',
    currentText: anchor.currentText,
    reason: anchor.reason,
    body: content.body,
    tags: content.tags,
    verdict: content.verdict,
    evidence: content.evidence,
    creator: annotation.creator.name,
    created: annotation.created,
    modified: annotation.modified,
  };
}

export function resolveNote(annotation: Annotation, text: string): NoteView {
  return toView(annotation, resolveAnchor(text, annotation.target.selector));
}

function storedStart(annotation: Annotation): number {
  return findPosition(annotation.target.selector)?.start ?? Number.MAX_SAFE_INTEGER;
}

/**
 * Notes in article order; orphaned ones last, in the order they were written. Notes are resolved in
 * their stored order so that each can first look where the edits moved the note before it: after an
 * insertion near the top, every later note is found in place without searching the article.
 */
export function resolveNotes(annotations: readonly Annotation[], text: string): NoteView[] {
  const index = new CodePointIndex(text);
  const inStoredOrder = [...annotations].sort((a, b) => storedStart(a) - storedStart(b));
  let shift = 0;
  const views = inStoredOrder.map((annotation) => {
    const anchor = resolveAnchor(text, annotation.target.selector, { index, shift });
    const position = findPosition(annotation.target.selector);
    if (anchor.status === 'anchored' && anchor.start !== null && position) shift = anchor.start - index.toUtf16(position.start);
    return toView(annotation, anchor);
  });
  return views.sort((a, b) => {
    const sa = a.start ?? Number.MAX_SAFE_INTEGER;
    const sb = b.start ?? Number.MAX_SAFE_INTEGER;
    return sa - sb || (a.created < b.created ? -1 : a.created > b.created ? 1 : 0);
  });
}
