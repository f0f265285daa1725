import { byId, el } from './dom';
import { STRINGS } from './strings';

/** The keyboard map, one click (or Tab and Enter) away at the top of the view. */
export function renderKeyboardHelp(): void {
  const map = byId('keyboard-map');
  map.replaceChildren(...STRINGS.keyboardMap().flatMap(([keys, what]) => [el('dt', {}, el('kbd', {}, keys)), el('dd', {}, what)]));
  const summary = document.querySelector('#keyboard-help summary');
  if (summary) summary.textContent = STRINGS.keyboardHelp;
}
