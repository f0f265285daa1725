import type { Claim } from '../core/claims/types';
import { claimOfElement, linkSourceToClaim, type ClaimTooltip } from './claimMarks';

export interface PointerDeps {
  claims(): ReadonlyMap<string, Claim>;
  isReviewed(id: string): boolean;
  focusClaim(claim: Claim): void;
}

/** Hover shows a claim's details; hovering a named source lights its claim; clicking a claim makes it current. */
export function wirePointer(article: HTMLElement, tooltip: ClaimTooltip, deps: PointerDeps): void {
  // Text that scrolls under a resting pointer (j and k scroll the page) fires mouseover too: only a pointer that
  // moved since its last mousemove is a hover (one never seen moving: only before any scroll), else the details of
  // the claim under the pointer replace the focused claim's.
  let pointer: { x: number; y: number } | undefined;
  let scrolled = false;
  article.addEventListener('mousemove', (event) => {
    pointer = { x: event.clientX, y: event.clientY };
  });
  window.addEventListener('scroll', () => (scrolled = true), { passive: true, once: true });
  const moved = (event: MouseEvent): boolean => (pointer ? pointer.x !== event.clientX || pointer.y !== event.clientY : !scrolled);
  // The focused claim's details that a hover replaced come back when the pointer leaves; after Escape there are none.
  let focusedDetails: ReturnType<ClaimTooltip['showing']>;
  article.addEventListener('mouseover', (event) => {
    const hit = claimOfElement(event.target, deps.claims());
    if (!hit) return;
    if (moved(event)) {
      const shown = tooltip.showing();
      if (!shown || shown.anchor === document.activeElement) focusedDetails = shown;
      tooltip.show(hit.mark, hit.claim, deps.isReviewed(hit.claim.id));
    }
    if (hit.mark.classList.contains('claim-source')) linkSourceToClaim(article, hit.mark, true);
  });
  article.addEventListener('mouseout', (event) => {
    const hit = claimOfElement(event.target, deps.claims());
    // Only leaving the claim whose details are shown hides them: a claim that scrolled away from under a resting
    // pointer (j and k scroll the page) must not take the focused claim's details with it.
    if (hit && tooltip.showing()?.anchor === hit.mark && document.activeElement !== hit.mark) {
      const back = focusedDetails?.anchor === document.activeElement ? focusedDetails : undefined;
      if (back) tooltip.show(back.anchor, back.claim, deps.isReviewed(back.claim.id));
      else tooltip.hide();
      focusedDetails = undefined;
    }
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
