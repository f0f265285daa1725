import type { Claim } from '../core/claims/types';
import type { NoteView } from '../core/store/notes';
import type { ArticleMessage } from '../protocol/messages';
import type { ClaimFilter } from './review';
import type { ViewState } from './vscodeApi';

/** Everything the webview shows, in one place: main.ts changes it, the painters read it. */
export interface ViewModel {
  article: ArticleMessage | undefined;
  notes: readonly NoteView[];
  problems: readonly string[];
  claims: ReadonlyMap<string, Claim>;
  reviewed: ReadonlySet<string>;
  filter: ClaimFilter;
  currentClaimId: string | undefined;
}

/** Before the first article arrives: the filters and the current claim as the analyst left them. */
export function initialModel(saved: ViewState | undefined): ViewModel {
  return {
    article: undefined,
    notes: [],
    problems: [],
    claims: new Map(),
    reviewed: new Set(),
    filter: {
      hiddenKinds: new Set(saved?.hiddenKinds ?? []),
      unsourcedOnly: saved?.unsourcedOnly ?? false,
      unreviewedOnly: saved?.unreviewedOnly ?? false,
    },
    currentClaimId: saved?.currentClaimId,
  };
}

/** Tags to complete from: those used anywhere in the workspace (from the host) and in this article. */
export function knownTags(model: ViewModel): string[] {
  const tags = new Set(model.article?.knownTags ?? []);
  for (const note of model.notes) for (const tag of note.tags) tags.add(tag);
  return [...tags].sort((a, b) => a.localeCompare(b));
}

/** What had the keyboard focus before a repaint, so the same thing has it afterwards. */
export type FocusKey =
  | { readonly kind: 'claim'; readonly id: string }
  | { readonly kind: 'note'; readonly id: string; readonly control: string | undefined }
  | { readonly kind: 'other' };

export function captureFocus(): FocusKey {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement)) return { kind: 'other' };
  const head = active.closest<HTMLElement>('mark.claim');
  if (head?.dataset['head']) return { kind: 'claim', id: head.dataset['head'] };
  const card = active.closest<HTMLElement>('.note[data-note-id]');
  if (card?.dataset['noteId']) {
    const control = active === card ? undefined : [...active.classList].find((c) => c !== 'secondary');
    return { kind: 'note', id: card.dataset['noteId'], control };
  }
  return { kind: 'other' };
}

export function restoreFocus(key: FocusKey, article: HTMLElement, notesPane: HTMLElement): void {
  if (key.kind === 'claim') {
    article.querySelector<HTMLElement>(`mark.claim[data-head="${CSS.escape(key.id)}"]`)?.focus({ preventScroll: true });
  } else if (key.kind === 'note') {
    const card = notesPane.querySelector<HTMLElement>(`.note[data-note-id="${CSS.escape(key.id)}"]`);
    const control = key.control ? card?.querySelector<HTMLElement>(`.${CSS.escape(key.control)}`) : null;
    (control ?? card)?.focus({ preventScroll: true });
  }
}
