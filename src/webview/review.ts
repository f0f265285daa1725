import type { Claim } from '../core/claims/types';
import type { NoteView } from '../core/store/notes';

/** What the analyst chose to see; the legend and the keyboard both go through it. */
export interface ClaimFilter {
  readonly hiddenKinds: ReadonlySet<string>;
  readonly unsourcedOnly: boolean;
  readonly unreviewedOnly: boolean;
}

export const NO_FILTER: ClaimFilter = { hiddenKinds: new Set(), unsourcedOnly: false, unreviewedOnly: false };

function overlaps(note: NoteView, claim: Claim): boolean {
  return note.start !== null && note.end !== null && note.start < claim.end && note.end > claim.start;
}

/** Notes on a claim: those whose current anchor overlaps it (orphaned notes are on nothing). */
export function notesOnClaim(claim: Claim, notes: readonly NoteView[]): NoteView[] {
  return notes.filter((n) => n.status !== 'orphaned' && overlaps(n, claim));
}

/** A claim is reviewed once a note with a verdict overlaps it. */
export function reviewedClaimIds(claims: readonly Claim[], notes: readonly NoteView[]): Set<string> {
  const withVerdict = notes.filter((n) => n.verdict !== null && n.verdict !== '');
  return new Set(claims.filter((c) => notesOnClaim(c, withVerdict).length > 0).map((c) => c.id));
}

export function isClaimShown(claim: Claim, filter: ClaimFilter, reviewed: ReadonlySet<string>): boolean {
  if (filter.hiddenKinds.has(claim.kind)) return false;
  if (filter.unsourcedOnly && claim.source) return false;
  if (filter.unreviewedOnly && reviewed.has(claim.id)) return false;
  return true;
}

/**
 * The next shown claim after (or before) a position in the article, wrapping around the ends.
 * `from` is the current claim's start, or the caret offset when no claim is current.
 */
export function stepClaim(
  claims: readonly Claim[],
  from: number | undefined,
  direction: 1 | -1,
  accept: (claim: Claim) => boolean,
): Claim | undefined {
  const ordered = claims.filter(accept).sort((a, b) => a.start - b.start || a.end - b.end);
  if (ordered.length === 0) return undefined;
  if (from === undefined) return direction === 1 ? ordered[0] : ordered[ordered.length - 1];
  if (direction === 1) return ordered.find((c) => c.start > from) ?? ordered[0];
  return [...ordered].reverse().find((c) => c.start < from) ?? ordered[ordered.length - 1];
}

export function kindCounts(claims: readonly Claim[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const claim of claims) counts.set(claim.kind, (counts.get(claim.kind) ?? 0) + 1);
  return counts;
}

/** Splits the tags field and offers completions for the tag being typed after the last comma. */
export function tagCompletions(typed: string, known: readonly string[]): string[] {
  const cut = typed.lastIndexOf(',');
  const head = cut >= 0 ? `${typed.slice(0, cut + 1).trimEnd()} ` : '';
  const partial = typed.slice(cut + 1).trim().toLowerCase();
  const used = new Set(splitList(typed.slice(0, cut + 1)).map((t) => t.toLowerCase()));
  return known
    .filter((tag) => !used.has(tag.toLowerCase()) && tag.toLowerCase().startsWith(partial))
    .map((tag) => `${head}${tag}`);
}

export function splitList(value: string): string[] {
  return value.split(/[,\n]/).map((v) => v.trim()).filter((v) => v.length > 0);
}
