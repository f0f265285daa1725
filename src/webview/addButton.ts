import { el } from './dom';
import { STRINGS } from './strings';

/** The floating "Add note" button: under a mouse selection, or under the claim just clicked. */
export class AddNoteButton {
  readonly element = el('button', { id: 'add-note', type: 'button', class: 'floating', hidden: '' }, STRINGS.addNote);

  /** `shown`: told whenever the button appears or moves, so what floats beside it can keep clear of it. */
  constructor(
    onPress: () => void,
    private readonly shown: () => void = () => undefined,
  ) {
    document.body.append(this.element);
    // Pressing must not clear the selection the note is for.
    this.element.addEventListener('mousedown', (event) => event.preventDefault());
    this.element.addEventListener('click', onPress);
  }

  showUnder(rect: DOMRect | undefined, forWhat: 'selection' | 'claim'): void {
    // Read now, not at load: the host's strings arrive with the first article.
    this.element.textContent = STRINGS.addNote;
    this.element.hidden = false;
    this.element.dataset['for'] = forWhat;
    if (rect) {
      this.element.style.top = `${rect.bottom + window.scrollY + 4}px`;
      this.element.style.left = `${Math.max(4, rect.left + window.scrollX)}px`;
    }
    this.shown();
  }

  /** A selection that goes away hides the button, unless it is there for a clicked claim. */
  selectionGone(): void {
    if (this.element.dataset['for'] !== 'claim') this.hide();
  }

  hide(): void {
    this.element.hidden = true;
    delete this.element.dataset['for'];
  }
}

/** Scrolls to a piece of the view and makes it stand out for a moment. */
export function flash(target: HTMLElement | undefined | null): void {
  if (!target) return;
  target.scrollIntoView({ block: 'center' });
  target.classList.add('flash');
  setTimeout(() => target.classList.remove('flash'), 1500);
}
