import type { Claim } from '../claims/types';
import type { NoteView } from '../store/notes';
import type { Highlight } from './highlights';

export function claimHighlights(claims: readonly Claim[]): Highlight[] {
  const out: Highlight[] = [];
  for (const claim of claims) {
    out.push({
      start: claim.start,
      end: claim.end,
      className: `claim claim-${claim.kind}${claim.source ? '' : ' unsourced'}`,
      data: { 'claim-id': claim.id, kind: claim.kind },
    });
    if (claim.source) {
      out.push({
        start: claim.source.start,
        end: claim.source.end,
        className: 'claim-source',
        data: { 'source-of': claim.id },
      });
    }
  }
  return out;
}

export function noteHighlights(notes: readonly NoteView[]): Highlight[] {
  const out: Highlight[] = [];
  for (const note of notes) {
    if (note.start === null || note.end === null) continue;
    out.push({
      start: note.start,
      end: note.end,
      className: `note-anchor${note.status === 'drifted' ? ' drifted' : ''}`,
      data: { 'note-ids': note.id },
    });
  }
  return out;
}

/** What the annotator paints over an article: its claims and their sources, then the notes' passages. */
export function articleHighlights(claims: readonly Claim[], notes: readonly NoteView[]): Highlight[] {
  return [...claimHighlights(claims), ...noteHighlights(notes)];
}
