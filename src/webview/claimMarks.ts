import type { Claim } from '../core/claims/types';
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
 * Marks the painted claims with what the filters and the review state say about them.
 * Only classes and attributes change, so the caret, the selection and the focus stay put.
 */
export function applyClaimState(
  article: HTMLElement,
  claims: ReadonlyMap<string, Claim>,
  filter: ClaimFilter,
  reviewed: ReadonlySet<string>,
): void {
  const seen = new Set<string>();
  const shownIds = new Set<string>();
  for (const mark of article.querySelectorAll<HTMLElement>('mark.claim')) {
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
  for (const mark of article.querySelectorAll<HTMLElement>('mark.claim-source')) {
    const ids = idsOf(mark, 'sourceOf');
    // One lookup per id: a query per source mark made this quadratic (0.85 s at 1 MB).
    mark.classList.toggle('muted', !ids.some((id) => shownIds.has(id)));
  }
}

export function claimLabel(claim: Claim, index: number, total: number, reviewed: boolean): string {
  const source = claim.source ? `${STRINGS.source}: ${claim.source.text}` : STRINGS.noSource;
  return STRINGS.claimAnnouncement(index, total, claim.kind, source, reviewed ? STRINGS.reviewed : STRINGS.notReviewed, claim.text);
}

/** The details box shown on hover and on keyboard focus: kind, score, why it was flagged, its source. */
export class ClaimTooltip {
  readonly element = el('div', { id: 'claim-tooltip', role: 'tooltip', class: 'claim-tooltip', hidden: '' });

  constructor() {
    document.body.append(this.element);
  }

  show(anchor: HTMLElement, claim: Claim, reviewed: boolean): void {
    const pieces = [...document.querySelectorAll<HTMLElement>(`mark.claim[data-claim-id~="${CSS.escape(claim.id)}"]`)];
    const below = (pieces[pieces.length - 1] ?? anchor).getBoundingClientRect();
    const rows = el(
      'dl',
      {},
      el('dt', {}, 'Kind'),
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
    const rect = anchor.getBoundingClientRect();
    const width = Math.min(360, window.innerWidth - 16);
    this.element.style.maxWidth = `${width}px`;
    this.element.style.left = `${Math.max(8, Math.min(rect.left, window.innerWidth - width - 8)) + window.scrollX}px`;
    // Below the whole claim, so it hides none of it; above it when there is no room below.
    const height = this.element.offsetHeight;
    const top = below.bottom + 6 + height > window.innerHeight && rect.top - height - 6 > 48 ? rect.top - height - 6 : below.bottom + 6;
    this.element.style.top = `${top + window.scrollY}px`;
    anchor.setAttribute('aria-describedby', 'claim-tooltip');
  }

  hide(): void {
    this.element.hidden = true;
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
