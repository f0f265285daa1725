import type { Claim } from '../core/claims/types';
import type { NoteView } from '../core/store/notes';
import { flash } from './addButton';
import { pieceAtOffset } from './margin';
import type { ViewModel } from './view';

export interface RevealDeps {
  readonly article: HTMLElement;
  readonly notesPane: HTMLElement;
  readonly model: ViewModel;
  focusClaim(claim: Claim): void;
}

/** Brings a note's text into view. */
export function revealNote(article: HTMLElement, note: NoteView): void {
  if (note.start === null) return;
  flash(article.querySelector<HTMLElement>(`mark[data-note-ids~="${CSS.escape(note.id)}"]`) ?? pieceAtOffset(article, note.start));
}

/**
 * What the host asks to see (the Notes view, a hover link): a claim takes the focus as with j/k;
 * a note shows its text and its card takes the focus; an orphaned note has only its card.
 */
export function reveal(deps: RevealDeps, start: number, end: number, noteId: string | undefined): void {
  const { model, article, notesPane } = deps;
  const note = model.notes.find((n) => (noteId ? n.id === noteId : n.start === start && n.end === end));
  const claim = noteId ? undefined : [...model.claims.values()].find((c) => c.start === start && c.end === end);
  if (claim) {
    deps.focusClaim(claim);
    return;
  }
  const card = note ? notesPane.querySelector<HTMLElement>(`.note[data-note-id="${CSS.escape(note.id)}"]`) : null;
  if (note && note.start !== null) revealNote(article, note);
  else if (card) flash(card);
  else if (start >= 0) flash(pieceAtOffset(article, start));
  (card ?? article).focus({ preventScroll: true });
}
