import type { NoteView } from '../core/store/notes';
import { isOpenableLink } from '../core/render/links';
import { el } from './dom';
import { renderNoteMarkdown } from './markdown';
import { STRINGS } from './strings';
import { changedText } from './textDiff';

export interface NoteActions {
  onSelect(note: NoteView): void;
  onEdit(note: NoteView): void;
  onDelete(note: NoteView): void;
  onReattach(note: NoteView): void;
  onAcceptDrift(note: NoteView): void;
}

function shorten(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

function actionButton(label: string, className: string, run: () => void): HTMLButtonElement {
  const button = el('button', { type: 'button', class: `secondary ${className}` }, label);
  button.addEventListener('click', (event) => {
    event.stopPropagation();
    run();
  });
  return button;
}

function driftDetails(note: NoteView): HTMLElement {
  if (note.status === 'orphaned' || note.currentText === null) {
    return el('div', { class: 'drift' }, el('p', {}, STRINGS.notFound), el('p', {}, el('span', { class: 'label' }, `${STRINGS.was}: `), el('del', {}, note.quote)));
  }
  const change = changedText(note.quote, note.currentText);
  return el(
    'div',
    { class: 'drift' },
    el('p', {}, el('span', { class: 'label' }, `${STRINGS.was}: `), change.before, el('del', {}, change.removed), change.after),
    el('p', {}, el('span', { class: 'label' }, `${STRINGS.now}: `), change.before, el('ins', {}, change.added), change.after),
  );
}

function noteCard(note: NoteView, actions: NoteActions): HTMLElement {
  const verdict = note.verdict ?? STRINGS.noVerdict;
  const status = note.status === 'anchored' ? [] : [el('span', { class: `status status-${note.status}` }, note.status === 'drifted' ? STRINGS.drifted : STRINGS.orphaned)];
  const card = el(
    'article',
    {
      class: `note note-${note.status}`,
      'data-note-id': note.id,
      'data-start': String(note.start ?? 0),
      tabindex: '0',
      'aria-label': `${STRINGS.noteOn(shorten(note.quote, 80))}, ${verdict}${note.status === 'anchored' ? '' : `, ${note.status}`}`,
    },
    el(
      'header',
      {},
      ...status,
      el('span', { class: `verdict${note.verdict ? '' : ' none'}` }, verdict),
      el('span', { class: 'creator' }, note.creator),
      el('time', { datetime: note.modified }, note.modified.slice(0, 10)),
    ),
  );
  if (note.status === 'anchored') card.append(el('blockquote', { class: 'quote' }, shorten(note.quote, 160)));
  else card.append(driftDetails(note));
  if (note.body.trim()) {
    const body = el('div', { class: 'body markdown' });
    renderNoteMarkdown(body, note.body);
    card.append(body);
  }
  if (note.tags.length > 0) card.append(el('p', { class: 'tags' }, ...note.tags.map((t) => el('span', { class: 'tag' }, t))));
  if (note.evidence.length > 0) {
    card.append(el('ul', { class: 'evidence', 'aria-label': STRINGS.evidenceList }, ...note.evidence.map((e) => el('li', {}, isOpenableLink(e) ? el('a', { href: e }, e) : e))));
  }
  const buttons = [actionButton(STRINGS.edit, 'edit', () => actions.onEdit(note))];
  if (note.status !== 'anchored') buttons.push(actionButton(STRINGS.reattach, 'reattach', () => actions.onReattach(note)));
  if (note.status === 'drifted' && note.currentText !== null) buttons.push(actionButton(STRINGS.acceptNewText, 'accept-drift', () => actions.onAcceptDrift(note)));
  buttons.push(actionButton(STRINGS.delete, 'delete', () => actions.onDelete(note)));
  card.append(el('div', { class: 'actions' }, ...buttons));
  card.addEventListener('click', (event) => {
    if (!(event.target instanceof Element && event.target.closest('a, button'))) actions.onSelect(note);
  });
  card.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && event.target === card) actions.onSelect(note);
  });
  return card;
}

export interface RenderedNotes {
  readonly margin: HTMLElement;
}

/** Notes beside their text (the margin), then the drifted and orphaned ones in their own section. */
export function renderNotes(container: HTMLElement, notes: readonly NoteView[], problems: readonly string[], actions: NoteActions): RenderedNotes {
  const margin = el('div', { id: 'margin-notes', class: 'margin' });
  const placed = notes.filter((n) => n.status === 'anchored');
  const lost = notes.filter((n) => n.status !== 'anchored');
  for (const note of placed) margin.append(noteCard(note, actions));
  container.replaceChildren(el('h2', { id: 'notes-heading' }, STRINGS.notes(notes.length)));
  for (const problem of problems) container.append(el('p', { class: 'problem', role: 'alert' }, problem));
  if (notes.length === 0) container.append(el('p', { class: 'empty' }, STRINGS.emptyNotes));
  container.append(margin);
  if (lost.length > 0) {
    container.append(
      el(
        'section',
        { id: 'lost-notes', 'aria-labelledby': 'lost-heading' },
        el('h3', { id: 'lost-heading' }, STRINGS.lost(lost.length)),
        ...lost.map((note) => noteCard(note, actions)),
      ),
    );
  }
  return { margin };
}
