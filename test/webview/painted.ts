import type { NoteView } from '../../src/core/store/notes';
import { articleMessage } from './fixtures';
import type { WebviewPage } from './page';

/**
 * The article's DOM with attributes and classes sorted, the probes left out and the chunks unwrapped (where an edit
 * leaves chunk boundaries is layout, not content): what a reader and the offsets see.
 */
export const NORMALISED = `(() => {
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.data;
    if (node.nodeType !== Node.ELEMENT_NODE) return '';
    if (node.classList.contains('chunk')) return [...node.childNodes].map(walk).join('');
    const attrs = [...node.attributes].filter((a) => a.name !== 'data-probe')
      .map((a) => a.name === 'class' ? 'class=' + [...node.classList].sort().join(' ') : a.name + '=' + a.value).sort();
    return '<' + node.tagName + ' ' + attrs.join(' ') + '>' + [...node.childNodes].map(walk).join('') + '</>';
  };
  return walk(document.getElementById('article'));
})()`;

/** The article painted at once by the webview's own renderer, in a fresh page (the filters, kept in the state, stay). */
export async function fullPaint(view: WebviewPage, text: string, format: 'plaintext' | 'markdown', notes: readonly NoteView[] = []): Promise<string> {
  await view.page.reload();
  await view.send(articleMessage(text, notes, { format, blocks: undefined }));
  return view.page.evaluate<string>(NORMALISED);
}
