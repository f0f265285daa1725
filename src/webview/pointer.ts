import type { Claim } from '../core/claims/types';
import { claimOfElement, linkSourceToClaim, type ClaimTooltip } from './claimMarks';

export interface PointerDeps {
  claims(): ReadonlyMap<string, Claim>;
  isReviewed(id: string): boolean;
  focusClaim(claim: Claim): void;
}

/** Hover shows a claim's details; hovering a named source lights its claim; clicking a claim makes it current. */
export function wirePointer(article: HTMLElement, tooltip: ClaimTooltip, deps: PointerDeps): void {
  article.addEventListener('mouseover', (event) => {
    const hit = claimOfElement(event.target, deps.claims());
    if (!hit) return;
    tooltip.show(hit.mark, hit.claim, deps.isReviewed(hit.claim.id));
    if (hit.mark.classList.contains('claim-source')) linkSourceToClaim(article, hit.mark, true);
  });
  article.addEventListener('mouseout', (event) => {
    const hit = claimOfElement(event.target, deps.claims());
    if (hit && document.activeElement !== hit.mark) tooltip.hide();
    if (hit?.mark.classList.contains('claim-source')) linkSourceToClaim(article, hit.mark, false);
  });
  article.addEventListener('click', (event) => {
    const hit = claimOfElement(event.target, deps.claims());
    if (hit && document.getSelection()?.isCollapsed !== false) deps.focusClaim(hit.claim);
  });
  article.addEventListener('focusout', (event) => {
    if (!(event.relatedTarget instanceof Element && event.relatedTarget.closest('mark.claim'))) tooltip.hide();
  });
}
