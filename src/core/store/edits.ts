import { describeRange } from '../anchoring/selectors';
import { createAnnotation, updateAnnotation, type Annotation, type NoteContent } from './annotation';
import { resolveNotes } from './notes';

/**
 * Attaches a note to another passage of the article's current text: new quote, context and position;
 * the same id, creator and created date; modified moves on so the change wins over older copies.
 */
export function reattachAnnotation(annotation: Annotation, text: string, start: number, end: number, now: string): Annotation {
  return { ...annotation, modified: now, target: { ...annotation.target, selector: describeRange(text, start, end) } };
}

/**
 * "Accept the new text" of a drifted note: the note stays where it was found and its quote becomes what
 * the article says there now. Pass the article's other notes so the note is found exactly where the
 * user saw it (their moves guide the search). An orphaned note has no such place: re-attach it instead.
 */
export function acceptCurrentText(annotation: Annotation, text: string, now: string, siblings: readonly Annotation[] = []): Annotation {
  const all = [...siblings.filter((a) => a.id !== annotation.id), annotation];
  const anchor = resolveNotes(all, text).find((view) => view.id === annotation.id);
  if (!anchor || anchor.start === null || anchor.end === null || anchor.start >= anchor.end) {
    throw new Error('This note is orphaned: select the passage it belongs to and re-attach it instead.');
  }
  return reattachAnnotation(annotation, text, anchor.start, anchor.end, now);
}

/** The same note, now about the article at its new path (after a rename or move). */
export function moveAnnotation(annotation: Annotation, source: string): Annotation {
  return { ...annotation, target: { ...annotation.target, source } };
}

/**
 * An analyst's edit of a note they saw as it was at `base` (its `modified` then), applied to the note as stored
 * now; null when someone changed the note since (another window, git, the CLI): see copyOnPassage.
 */
export function editContent(stored: Annotation, base: string, content: NoteContent, now: string): Annotation | null {
  return stored.modified === base ? updateAnnotation(stored, content, now) : null;
}

/** An edit that editContent refused, kept as a new note on the same passage: neither version is lost. */
export function copyOnPassage(stored: Annotation, content: NoteContent, now: string, copy: { readonly id: string; readonly creator: string }): Annotation {
  return createAnnotation({ id: copy.id, now, creator: copy.creator, source: stored.target.source, selector: stored.target.selector, content });
}
