import type { Claim, TextSpan } from '../claims/types';
import type { NoteView } from '../store/notes';
import type { ArticleBlock } from './article';

/**
 * A list of things placed in a text, after an edit, as a change to the list before it: the items the edit kept
 * are not repeated. The last `tail` items are the old ones moved by `shift` characters.
 */
export interface ListEdit<T> {
  readonly head: number;
  readonly tail: number;
  readonly shift: number;
  readonly middle: readonly T[];
}

/** How to compare and move one kind of placed item. */
interface Placed<T> {
  /** Whether `after` is `before` moved by `shift` characters. */
  readonly same: (before: T, after: T, shift: number) => boolean;
  readonly move: (item: T, shift: number) => T;
}

/**
 * How many leading items (`head`) and, of the rest, trailing items (`tail`) two lists share, by `same(a, b,
 * trailing)`: what an edit of one stretch of a text kept before and after it.
 */
export function commonEnds<T>(before: readonly T[], after: readonly T[], same: (a: T, b: T, trailing: boolean) => boolean): { head: number; tail: number } {
  const limit = Math.min(before.length, after.length);
  let head = 0;
  while (head < limit && same(before[head] as T, after[head] as T, false)) head++;
  let tail = 0;
  while (tail < limit - head && same(before[before.length - 1 - tail] as T, after[after.length - 1 - tail] as T, true)) tail++;
  return { head, tail };
}

function diff<T>(before: readonly T[], after: readonly T[], shift: number, placed: Placed<T>): ListEdit<T> {
  const { head, tail } = commonEnds(before, after, (a, b, trailing) => placed.same(a, b, trailing ? shift : 0));
  return { head, tail, shift, middle: after.slice(head, after.length - tail) };
}

function apply<T>(before: readonly T[], edit: ListEdit<T>, placed: Placed<T>): T[] {
  const kept = before.slice(before.length - edit.tail).map((item) => placed.move(item, edit.shift));
  return [...before.slice(0, edit.head), ...edit.middle, ...kept];
}

function sameSpan(a: TextSpan | null, b: TextSpan | null, shift: number): boolean {
  if (a === null || b === null) return a === b;
  return b.start === a.start + shift && b.end === a.end + shift && a.text === b.text;
}

const moveSpan = (span: TextSpan, shift: number): TextSpan => ({ start: span.start + shift, end: span.end + shift, text: span.text });

const CLAIMS: Placed<Claim> = {
  same: (a, b, shift) =>
    a.id === b.id && sameSpan(a, b, shift) && a.kind === b.kind && a.score === b.score && sameSpan(a.source, b.source, shift) &&
    a.cues.length === b.cues.length && a.cues.every((cue, i) => cue === b.cues[i]),
  move: (claim, shift) => ({ ...claim, ...moveSpan(claim, shift), source: claim.source && moveSpan(claim.source, shift) }),
};

// A block's markup counts its offsets from the block's start (data-b), so a moved block keeps its markup.
const BLOCKS: Placed<ArticleBlock> = {
  same: (a, b, shift) => b.base === a.base + shift && a.html === b.html,
  move: (block, shift) => ({ base: block.base + shift, html: block.html }),
};

/** The claims after an edit that changed the text's length by `shift`, as a change to those before it. */
export function diffClaims(before: readonly Claim[], after: readonly Claim[], shift: number): ListEdit<Claim> {
  return diff(before, after, shift, CLAIMS);
}

export function applyClaimsEdit(before: readonly Claim[], edit: ListEdit<Claim>): Claim[] {
  return apply(before, edit, CLAIMS);
}

/** The rendered blocks after an edit that changed the text's length by `shift`, as a change to those before it. */
export function diffBlocks(before: readonly ArticleBlock[], after: readonly ArticleBlock[], shift: number): ListEdit<ArticleBlock> {
  return diff(before, after, shift, BLOCKS);
}

export function applyBlocksEdit(before: readonly ArticleBlock[], edit: ListEdit<ArticleBlock>): ArticleBlock[] {
  return apply(before, edit, BLOCKS);
}

const movedBy = (a: number | null, b: number | null, shift: number): boolean => (a === null ? b === null : b === a + shift);
const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((item, i) => item === b[i]);

// Every field: an edit message sends only the notes this calls changed.
const NOTES: Placed<NoteView> = {
  same: (a, b, shift) =>
    a.id === b.id && a.status === b.status && movedBy(a.start, b.start, shift) && movedBy(a.end, b.end, shift) && a.quote === b.quote &&
    a.currentText === b.currentText && a.reason === b.reason && a.body === b.body && sameList(a.tags, b.tags) && a.verdict === b.verdict &&
    sameList(a.evidence, b.evidence) && a.creator === b.creator && a.created === b.created && a.modified === b.modified,
  move: (note, shift) => ({ ...note, start: note.start === null ? null : note.start + shift, end: note.end === null ? null : note.end + shift }),
};

/** The notes after an edit that changed the text's length by `shift`, as a change to those before it. */
export function diffNotes(before: readonly NoteView[], after: readonly NoteView[], shift: number): ListEdit<NoteView> {
  return diff(before, after, shift, NOTES);
}

export function applyNotesEdit(before: readonly NoteView[], edit: ListEdit<NoteView>): NoteView[] {
  return apply(before, edit, NOTES);
}
