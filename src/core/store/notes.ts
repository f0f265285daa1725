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

/** For each note, how far the nearest settled note before it (after it) moved; 0 when there is none. */
function neighbourShifts(anchors: readonly (Anchor | undefined)[], storedAt: readonly number[], step: 1 | -1): number[] {
  const shifts: number[] = new Array<number>(anchors.length).fill(0);
  let last = 0;
  for (let k = 0; k < anchors.length; k++) {
    const i = step === 1 ? k : anchors.length - 1 - k;
    shifts[i] = last;
    const anchor = anchors[i];
    if (anchor?.start !== null && anchor?.start !== undefined && (storedAt[i] ?? -1) >= 0) last = anchor.start - (storedAt[i] as number);
  }
  return shifts;
}

const RANK: Record<AnchorStatus, number> = { orphaned: 0, drifted: 1, anchored: 2 };

/**
 * Notes in article order; orphaned ones last, in the order they were written. Notes are resolved in
 * their stored order, each looking first where the note before it moved to: after an insertion near
 * the top, every later note is found in place without searching the article. A note that is not
 * anchored then gets a second look near where the anchored note after it moved (an edit between two
 * notes moves the second but not the first).
 */
export function resolveNotes(annotations: readonly Annotation[], text: string): NoteView[] {
  const index = new CodePointIndex(text);
  const ordered = [...annotations].sort((a, b) => storedStart(a) - storedStart(b));
  const storedAt = ordered.map((a) => {
    const position = findPosition(a.target.selector);
    return position ? index.toUtf16(position.start) : -1;
  });
  const used: number[] = [];
  let shift = 0;
  const anchors: Anchor[] = ordered.map((annotation, i) => {
    used.push(shift);
    const anchor = resolveAnchor(text, annotation.target.selector, { index, shifts: [shift] });
    if (anchor.status === 'anchored' && anchor.start !== null && (storedAt[i] ?? -1) >= 0) shift = anchor.start - (storedAt[i] as number);
    return anchor;
  });
  const after = neighbourShifts(anchors.map((a) => (a.status === 'anchored' ? a : undefined)), storedAt, -1);
  const views = ordered.map((annotation, i) => {
    let anchor = anchors[i] as Anchor;
    const next = after[i] ?? 0;
    if (anchor.status !== 'anchored' && next !== used[i]) {
      const retry = resolveAnchor(text, annotation.target.selector, { index, shifts: [next], nearbyOnly: true });
      if (RANK[retry.status] > RANK[anchor.status]) anchor = retry;
    }
    return toView(annotation, anchor);
  });
  return views.sort((a, b) => {
    const sa = a.start ?? Number.MAX_SAFE_INTEGER;
    const sb = b.start ?? Number.MAX_SAFE_INTEGER;
    return sa - sb || (a.created < b.created ? -1 : a.created > b.created ? 1 : 0);
  });
}
