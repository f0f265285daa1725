import type { Claim } from '../core/claims/types';
import type { RebuiltBlocks } from './articleView';
import { el } from './dom';
import { isClaimShown, type ClaimFilter } from './review';
import { STRINGS } from './strings';

function idsOf(mark: HTMLElement, key: 'claimId' | 'sourceOf'): string[] {
  return (mark.dataset[key] ?? '').split(' ').filter((id) => id.length > 0);
}

/** The first painted piece of a claim: the one that takes focus when stepping through claims. */
export function claimHead(article: HTMLElement, id: string): HTMLElement | null {
  return article.querySelector<HTMLElement>(`mark.claim[data-claim-id~="${CSS.escape(id)}"]`);
}

/**
 * Marks the painted claims inside `roots` (in document order) with what the filters and the review state say
 * about them. Only classes and attributes change, so the caret, the selection and the focus stay put.
 */
export function applyClaimState(
  roots: readonly ParentNode[],
  claims: ReadonlyMap<string, Claim>,
  filter: ClaimFilter,
  reviewed: ReadonlySet<string>,
): void {
  const seen = new Set<string>();
  const shownIds = new Set<string>();
  for (const root of roots) {
    for (const mark of root.querySelectorAll<HTMLElement>('mark.claim')) {
      const ids = idsOf(mark, 'claimId');
      const shown = ids.some((id) => {
        const claim = claims.get(id);
        return claim !== undefined && isClaimShown(claim, filter, reviewed);
      });
      if (shown) for (const id of ids) shownIds.add(id);
      mark.classList.toggle('muted', !shown);
      mark.classList.toggle('reviewed', ids.length > 0 && ids.every((id) => reviewed.has(id)));
      const first = ids.find((id) => !seen.has(id));
      if (first !== undefined) {
        for (const id of ids) seen.add(id);
        mark.dataset['head'] = first;
        if (!mark.hasAttribute('tabindex')) mark.tabIndex = -1;
      }
    }
  }
  for (const root of roots) {
    for (const mark of root.querySelectorAll<HTMLElement>('mark.claim-source')) {
      const ids = idsOf(mark, 'sourceOf');
      // One lookup per id: a query per source mark made this quadratic (0.85 s at 1 MB).
      mark.classList.toggle('muted', !ids.some((id) => shownIds.has(id)));
    }
  }
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const id of a) if (!b.has(id)) return false;
  return true;
}

/** Whether every claim painted in the rebuilt blocks, and the source it names, lies inside them. */
function containedIn(rebuilt: RebuiltBlocks, claims: ReadonlyMap<string, Claim>): boolean {
  const inside = (start: number, end: number): boolean => start >= rebuilt.start && end <= rebuilt.end;
  for (const root of rebuilt.elements) {
    for (const mark of root.querySelectorAll<HTMLElement>('mark.claim, mark.claim-source')) {
      for (const id of idsOf(mark, mark.classList.contains('claim') ? 'claimId' : 'sourceOf')) {
        const claim = claims.get(id);
        if (!claim || !inside(claim.start, claim.end) || (claim.source && !inside(claim.source.start, claim.source.end))) return false;
      }
    }
  }
  return true;
}

/**
 * The claim state as last applied to the article. After an edit only the rebuilt blocks need it when the filter
 * and the reviews are those it was applied with, and no claim reaches from them into a kept block (a sentence
 * across a thematic break does): the kept blocks' markup, and so their claims' ids, kinds and sources, are
 * unchanged. At 1 MB, marking every claim was most of an edit's repaint.
 */
export class ClaimStatePainter {
  private filter: ClaimFilter | undefined;
  private reviewed: ReadonlySet<string> | undefined;

  /** `rebuilt`: the only blocks whose marks are new, or undefined when any mark may be. */
  apply(article: HTMLElement, claims: ReadonlyMap<string, Claim>, filter: ClaimFilter, reviewed: ReadonlySet<string>, rebuilt?: RebuiltBlocks): void {
    const scoped =
      rebuilt !== undefined && filter === this.filter && this.reviewed !== undefined && sameSet(reviewed, this.reviewed) && containedIn(rebuilt, claims);
    applyClaimState(scoped ? rebuilt.elements : [article], claims, filter, reviewed);
    this.filter = filter;
    this.reviewed = reviewed;
  }
}

export function claimLabel(claim: Claim, index: number, total: number, reviewed: boolean): string {
  const source = claim.source ? `${STRINGS.source}: ${claim.source.text}` : STRINGS.noSource;
  return STRINGS.claimAnnouncement(index, total, claim.kind, source, reviewed ? STRINGS.reviewed : STRINGS.notReviewed, claim.text);
}

/** The details box shown on hover and on keyboard focus: kind, score, why it was flagged, its source. */
export class ClaimTooltip {
  readonly element = el('div', { id: 'claim-tooltip', role: 'tooltip', class: 'claim-tooltip', hidden: '' });
  private shown: { readonly anchor: HTMLElement; readonly claim: Claim } | undefined;
  /** The claim's last piece, where the box goes below: looked up once per show (and after a repaint), not on every selection change. */
  private lastPiece: HTMLElement | undefined;

  /** `keepClear`: floating controls the box must never cover, such as the "Add note" button under a clicked claim. */
  constructor(private readonly keepClear: readonly HTMLElement[] = []) {
    document.body.append(this.element);
  }

  /** The claim whose details are on screen, and the piece they were shown for. */
  showing(): { readonly anchor: HTMLElement; readonly claim: Claim } | undefined {
    return this.element.hidden ? undefined : this.shown;
  }

  show(anchor: HTMLElement, claim: Claim, reviewed: boolean): void {
    const rows = el(
      'dl',
      {},
      el('dt', {}, STRINGS.kind),
      el('dd', {}, el('span', { class: `kind-swatch claim-${claim.kind}` }), claim.kind),
      el('dt', {}, STRINGS.score),
      el('dd', {}, claim.score.toFixed(2)),
      el('dt', {}, STRINGS.source),
      el('dd', { class: claim.source ? '' : 'unsourced-label' }, claim.source ? claim.source.text : STRINGS.noSource),
      el('dt', {}, STRINGS.why),
      el('dd', {}, claim.cues.length > 0 ? el('ul', {}, ...claim.cues.map((cue) => el('li', {}, cue))) : '—'),
    );
    this.element.replaceChildren(rows, el('p', { class: 'review-state' }, reviewed ? STRINGS.reviewed : STRINGS.notReviewed));
    this.element.hidden = false;
    this.shown = { anchor, claim };
    this.lastPiece = undefined;
    this.place();
    this.undescribe();
    anchor.setAttribute('aria-describedby', 'claim-tooltip');
  }

  /** Places the box again: a control it keeps clear of has just appeared or moved. */
  place(): void {
    const shown = this.showing();
    if (!shown) return;
    if (!this.lastPiece?.isConnected) this.lastPiece = [...document.querySelectorAll<HTMLElement>(`mark.claim[data-claim-id~="${CSS.escape(shown.claim.id)}"]`)].at(-1);
    const below = (this.lastPiece ?? shown.anchor).getBoundingClientRect();
    const rect = shown.anchor.getBoundingClientRect();
    const width = Math.min(360, window.innerWidth - 16);
    this.element.style.maxWidth = `${width}px`;
    const left = Math.max(8, Math.min(rect.left, window.innerWidth - width - 8));
    this.element.style.left = `${left + window.scrollX}px`;
    const { offsetWidth: boxWidth, offsetHeight: height } = this.element;
    const controls = this.keepClear.filter((control) => !control.hidden).map((control) => control.getBoundingClientRect());
    // Below the whole claim, so it hides none of it; else below the controls under it; else above the claim.
    const tops = [below.bottom + 6, ...controls.map((control) => control.bottom + 6), rect.top - height - 6];
    const clear = (top: number): boolean =>
      controls.every((c) => left + boxWidth <= c.left || c.right <= left || top + height <= c.top || c.bottom <= top);
    const fits = (top: number): boolean => top > 48 && top + height <= window.innerHeight;
    const top = tops.find((t) => clear(t) && fits(t)) ?? tops.find(clear) ?? tops[0] ?? 0;
    this.element.style.top = `${top + window.scrollY}px`;
  }

  hide(): void {
    this.element.hidden = true;
    this.shown = undefined;
    this.lastPiece = undefined;
    this.undescribe();
  }

  /** Only the piece the box is shown for is described by it, not every one it was shown for before. */
  private undescribe(): void {
    for (const mark of document.querySelectorAll('[aria-describedby="claim-tooltip"]')) mark.removeAttribute('aria-describedby');
  }
}

/** Every piece of the current claim shows it is current, not only the piece that holds the focus. */
export function markCurrent(article: HTMLElement, id: string | undefined): void {
  for (const mark of article.querySelectorAll('mark.claim.current')) mark.classList.remove('current');
  if (!id) return;
  for (const mark of article.querySelectorAll(`mark.claim[data-claim-id~="${CSS.escape(id)}"]`)) mark.classList.add('current');
}

/** The claim a painted piece belongs to (a claim piece or the source it names). */
export function claimOfElement(target: EventTarget | null, claims: ReadonlyMap<string, Claim>): { mark: HTMLElement; claim: Claim } | undefined {
  if (!(target instanceof Element)) return undefined;
  const mark = target.closest<HTMLElement>('mark.claim, mark.claim-source');
  if (!mark) return undefined;
  const ids = mark.classList.contains('claim') ? idsOf(mark, 'claimId') : idsOf(mark, 'sourceOf');
  const claim = ids.map((id) => claims.get(id)).find((c) => c !== undefined);
  return claim ? { mark, claim } : undefined;
}

/** Hovering a named source lights up the claim it backs. */
export function linkSourceToClaim(article: HTMLElement, mark: HTMLElement, on: boolean): void {
  for (const id of idsOf(mark, 'sourceOf')) {
    for (const piece of article.querySelectorAll(`mark.claim[data-claim-id~="${CSS.escape(id)}"]`)) piece.classList.toggle('linked', on);
  }
}
