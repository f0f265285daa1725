import type { NoteView } from '../core/store/notes';

export type NoteFilterField = 'verdict' | 'tag' | 'author' | 'status';

/** What the Notes view shows: notes whose field has this value ('' is "no verdict"). */
export interface NoteFilter {
  readonly field: NoteFilterField;
  readonly value: string;
}

export function matchesFilter(note: NoteView, filter: NoteFilter | undefined): boolean {
  if (!filter) return true;
  switch (filter.field) {
    case 'verdict':
      return (note.verdict ?? '') === filter.value;
    case 'tag':
      return note.tags.includes(filter.value);
    case 'author':
      return note.creator === filter.value;
    case 'status':
      return note.status === filter.value;
  }
}

/** The values a field takes across the notes, sorted: what the filter offers to pick from. */
export function filterValues(notes: readonly NoteView[], field: NoteFilterField): string[] {
  const values = new Set<string>();
  for (const note of notes) {
    if (field === 'verdict') values.add(note.verdict ?? '');
    if (field === 'tag') for (const tag of note.tags) values.add(tag);
    if (field === 'author') values.add(note.creator);
    if (field === 'status') values.add(note.status);
  }
  return [...values].sort((a, b) => a.localeCompare(b));
}
