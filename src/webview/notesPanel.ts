import type { NoteView } from '../core/store/notes';
import { el } from './dom';

export interface NotesPanelOptions {
  onSelect(note: NoteView): void;
  onDelete(note: NoteView): void;
}

function noteCard(note: NoteView, options: NotesPanelOptions): HTMLElement {
  const status = note.status === 'anchored' ? [] : [el('span', { class: `status status-${note.status}` }, note.status)];
  const card = el(
    'article',
    { class: `note note-${note.status}`, 'data-note-id': note.id, tabindex: '0', 'aria-label': `Note on ${note.quote.slice(0, 80)}` },
    el('header', {}, ...status, el('span', { class: 'verdict' }, note.verdict ?? 'no verdict'), el('span', { class: 'creator' }, note.creator)),
    el('blockquote', { class: 'quote' }, note.quote),
  );
  if (note.status === 'drifted' && note.currentText !== null && note.currentText !== note.quote) {
    card.append(el('p', { class: 'now' }, 'Now: ', el('q', {}, note.currentText)));
  }
  if (note.body) card.append(el('p', { class: 'body' }, note.body));
  if (note.tags.length > 0) card.append(el('p', { class: 'tags' }, ...note.tags.map((t) => el('span', { class: 'tag' }, t))));
  if (note.evidence.length > 0) card.append(el('ul', { class: 'evidence' }, ...note.evidence.map((e) => el('li', {}, e))));
  const remove = el('button', { class: 'secondary delete', type: 'button', 'aria-label': 'Delete note' }, 'Delete');
  remove.addEventListener('click', (event) => {
    event.stopPropagation();
    options.onDelete(note);
  });
  card.append(remove);
  card.addEventListener('click', () => options.onSelect(note));
  card.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') options.onSelect(note);
  });
  return card;
}

/** The margin: notes in article order, then the drifted and orphaned ones in their own section. */
export function renderNotes(container: HTMLElement, notes: readonly NoteView[], problems: readonly string[], options: NotesPanelOptions): void {
  container.replaceChildren();
  container.append(el('h2', {}, `Notes (${notes.length})`));
  for (const problem of problems) container.append(el('p', { class: 'problem', role: 'alert' }, problem));
  const placed = notes.filter((n) => n.status === 'anchored');
  const lost = notes.filter((n) => n.status !== 'anchored');
  if (notes.length === 0) container.append(el('p', { class: 'empty' }, 'Select text in the article and choose “Add note”.'));
  for (const note of placed) container.append(noteCard(note, options));
  if (lost.length > 0) {
    container.append(el('h3', {}, `Drifted and orphaned (${lost.length})`));
    for (const note of lost) container.append(noteCard(note, options));
  }
}
