import type { WebviewCommand } from '../protocol/messages';

export interface KeyActions {
  run(command: WebviewCommand): void;
  newNote(): void;
  openNotesOfClaim(): void;
  escape(): void;
}

const COMMAND_KEYS: Readonly<Record<string, WebviewCommand>> = {
  j: 'nextClaim',
  k: 'previousClaim',
  u: 'nextUnreviewed',
  e: 'editNote',
  v: 'setVerdict',
  '/': 'filter',
};

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select, form') !== null);
}

/** Single-key shortcuts, as in mail and code-review tools; never while typing in the note form. */
export function handleKey(event: KeyboardEvent, actions: KeyActions): void {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
  if (event.key === 'Escape') {
    actions.escape();
    return;
  }
  if (event.key === 'Enter' && event.target instanceof Element && event.target.matches('mark.claim')) {
    event.preventDefault();
    actions.openNotesOfClaim();
    return;
  }
  const command = COMMAND_KEYS[event.key];
  if (command) {
    event.preventDefault();
    actions.run(command);
  } else if (event.key === 'n') {
    event.preventDefault();
    actions.newNote();
  }
}
