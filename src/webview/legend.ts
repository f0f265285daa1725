import { CLAIM_KINDS, type Claim } from '../core/claims/types';
import { el } from './dom';
import { kindCounts, type ClaimFilter } from './review';
import { STRINGS } from './strings';

export interface LegendHandlers {
  onToggleKind(kind: string): void;
  onToggleUnsourced(): void;
  onToggleUnreviewed(): void;
}

function toggle(label: string, pressed: boolean, attrs: Record<string, string>, onPress: () => void): HTMLButtonElement {
  const button = el('button', { type: 'button', 'aria-pressed': String(pressed), tabindex: '-1', ...attrs }, label);
  button.addEventListener('click', onPress);
  return button;
}

/** The legend is also the filter: one toggle per claim kind, then "unsourced only" and "unreviewed only". */
export function renderLegend(
  toolbar: HTMLElement,
  claims: readonly Claim[],
  reviewed: number,
  filter: ClaimFilter,
  handlers: LegendHandlers,
): void {
  const focusedKey = document.activeElement instanceof HTMLElement && toolbar.contains(document.activeElement)
    ? document.activeElement.dataset['key']
    : undefined;
  const counts = kindCounts(claims);
  const unsourced = claims.filter((c) => !c.source).length;
  const kinds = CLAIM_KINDS.filter((kind) => (counts.get(kind) ?? 0) > 0).map((kind) => {
    const count = counts.get(kind) ?? 0;
    const shown = !filter.hiddenKinds.has(kind);
    return toggle(
      `${kind} ${count}`,
      shown,
      { class: `legend claim-${kind}`, 'data-kind': kind, 'data-key': `kind-${kind}`, title: STRINGS.toggleKind(kind, count, shown) },
      () => handlers.onToggleKind(kind),
    );
  });
  const percent = claims.length === 0 ? 0 : Math.round((reviewed / claims.length) * 100);
  toolbar.replaceChildren(
    el('span', { class: 'summary' }, STRINGS.claimsSummary(claims.length, unsourced)),
    el('span', { class: 'kinds', role: 'group', 'aria-label': STRINGS.claimKinds }, ...kinds),
    toggle(STRINGS.unsourcedOnly, filter.unsourcedOnly, { id: 'filter-unsourced', class: 'filter', 'data-key': 'unsourced' }, handlers.onToggleUnsourced),
    toggle(STRINGS.unreviewedOnly, filter.unreviewedOnly, { id: 'filter-unreviewed', class: 'filter', 'data-key': 'unreviewed' }, handlers.onToggleUnreviewed),
    el(
      'span',
      { id: 'progress', class: 'progress' },
      el('progress', { max: String(Math.max(claims.length, 1)), value: String(reviewed), 'aria-hidden': 'true' }),
      el('span', { id: 'progress-text' }, STRINGS.progress(reviewed, claims.length), el('span', { class: 'visually-hidden' }, ` (${percent}%)`)),
    ),
  );
  const buttons = [...toolbar.querySelectorAll<HTMLButtonElement>('button')];
  const restore = buttons.find((b) => b.dataset['key'] === focusedKey) ?? buttons[0];
  if (restore) restore.tabIndex = 0;
  if (focusedKey && restore) restore.focus();
}

/** The ARIA toolbar pattern: one tab stop, arrow keys move between its buttons. */
export function enableToolbarArrows(toolbar: HTMLElement): void {
  toolbar.addEventListener('keydown', (event) => {
    const keys: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, Home: -Infinity, End: Infinity };
    const step = keys[event.key];
    if (step === undefined) return;
    const buttons = [...toolbar.querySelectorAll<HTMLButtonElement>('button')];
    const at = buttons.findIndex((b) => b === document.activeElement);
    if (at < 0) return;
    event.preventDefault();
    const next = step === -Infinity ? 0 : step === Infinity ? buttons.length - 1 : (at + step + buttons.length) % buttons.length;
    for (const b of buttons) b.tabIndex = -1;
    const target = buttons[next];
    if (target) {
      target.tabIndex = 0;
      target.focus();
    }
  });
}

/** Moves keyboard focus into the filters (the "/" key). */
export function focusFilters(toolbar: HTMLElement): void {
  const target = toolbar.querySelector<HTMLButtonElement>('button[tabindex="0"]') ?? toolbar.querySelector('button');
  target?.focus();
}
