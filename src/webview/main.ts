import { CLAIM_KINDS, type Claim } from '../core/claims/types';
import { renderArticle } from '../core/render/article';
import { claimHighlights, noteHighlights } from '../core/render/claimHighlights';
import type { NoteContent } from '../core/store/annotation';
import type { NoteView } from '../core/store/notes';
import type { ArticleMessage, HostToWebview } from '../protocol/messages';
import { announce, byId, el } from './dom';
import { noteForm } from './noteForm';
import { renderNotes } from './notesPanel';
import { selectedRange, type SourceRange } from './selection';
import { updateState, vscode } from './vscodeApi';

const article = byId('article');
const notesPane = byId('notes');
const toolbar = byId('toolbar');
const addButton = el('button', { id: 'add-note', type: 'button', class: 'floating', hidden: '' }, 'Add note');
document.body.append(addButton);

let current: ArticleMessage | undefined;
let notes: readonly NoteView[] = [];
let problems: readonly string[] = [];
let pending: SourceRange | undefined;

function claimTitle(claim: Claim): string {
  const source = claim.source ? `source: ${claim.source.text}` : 'no source named';
  return `${claim.kind} · score ${claim.score.toFixed(2)} · ${source}\n${claim.cues.join('\n')}`;
}

function renderToolbar(claims: readonly Claim[]): void {
  const counts = CLAIM_KINDS.map((kind) => [kind, claims.filter((c) => c.kind === kind).length] as const);
  const unsourced = claims.filter((c) => !c.source).length;
  toolbar.replaceChildren(
    el('span', { class: 'summary' }, `${claims.length} claims, ${unsourced} with no source named`),
    ...counts.filter(([, n]) => n > 0).map(([kind, n]) => el('span', { class: `legend claim-${kind}` }, `${kind} ${n}`)),
  );
}

function paint(): void {
  if (!current) return;
  const highlights = [...claimHighlights(current.claims), ...noteHighlights(notes)];
  // Safe: the renderer escapes all article text and markdown-it runs with raw HTML off.
  article.innerHTML = renderArticle(current.text, current.format, highlights);
  const byId = new Map(current.claims.map((c) => [c.id, c]));
  for (const mark of article.querySelectorAll<HTMLElement>('mark.claim')) {
    const claim = byId.get(mark.dataset['claimId']?.split(' ')[0] ?? '');
    if (claim) mark.title = claimTitle(claim);
  }
  renderNotes(notesPane, notes, problems, {
    onSelect: (note) => reveal(note),
    onDelete: (note) => post({ type: 'deleteNote', id: note.id }),
  });
}

function post(message: { type: 'addNote'; start: number; end: number; content: NoteContent } | { type: 'deleteNote'; id: string }): void {
  if (!current) return;
  vscode.postMessage({ ...message, documentUri: current.documentUri });
}

function reveal(note: NoteView): void {
  const mark = article.querySelector<HTMLElement>(`mark[data-note-ids~="${CSS.escape(note.id)}"]`);
  mark?.scrollIntoView({ block: 'center' });
  mark?.classList.add('flash');
  setTimeout(() => mark?.classList.remove('flash'), 1200);
}

function openForm(range: SourceRange): void {
  if (!current) return;
  const text = current.text;
  addButton.hidden = true;
  const close = (): void => {
    form.remove();
    article.focus();
  };
  const form = noteForm({
    quote: text.slice(range.start, range.end),
    verdicts: current.verdicts,
    onSave: (content) => {
      post({ type: 'addNote', start: range.start, end: range.end, content });
      announce('Note saved');
      close();
    },
    onCancel: close,
  });
  notesPane.prepend(form);
}

function onSelectionChange(): void {
  pending = selectedRange(article);
  if (!pending) {
    addButton.hidden = true;
    return;
  }
  const rect = document.getSelection()?.getRangeAt(0).getBoundingClientRect();
  addButton.hidden = false;
  if (rect) {
    addButton.style.top = `${rect.bottom + window.scrollY + 4}px`;
    addButton.style.left = `${Math.max(4, rect.left + window.scrollX)}px`;
  }
}

function onMessage(message: HostToWebview): void {
  switch (message.type) {
    case 'article': {
      const restoring = current === undefined;
      current = message;
      notes = message.notes;
      problems = message.problems;
      renderToolbar(message.claims);
      const scroll = restoring ? (vscode.getState()?.scrollTop ?? 0) : window.scrollY;
      paint();
      window.scrollTo(0, scroll);
      updateState({ documentUri: message.documentUri });
      break;
    }
    case 'notes':
      if (message.documentUri !== current?.documentUri) return;
      notes = message.notes;
      problems = message.problems;
      {
        const scroll = window.scrollY;
        paint();
        window.scrollTo(0, scroll);
      }
      break;
    case 'startNote': {
      const range = selectedRange(article) ?? pending;
      if (range) openForm(range);
      else announce('Select some article text first');
      break;
    }
    case 'error':
      announce(message.message);
      break;
  }
}

window.addEventListener('message', (event: MessageEvent<HostToWebview>) => onMessage(event.data));
document.addEventListener('selectionchange', onSelectionChange);
addButton.addEventListener('mousedown', (event) => event.preventDefault());
addButton.addEventListener('click', () => {
  if (pending) openForm(pending);
});
// Links in articles never navigate the webview; opening them is the host's decision.
article.addEventListener('click', (event) => {
  if (event.target instanceof Element && event.target.closest('a')) event.preventDefault();
});
let scrollTimer: ReturnType<typeof setTimeout> | undefined;
window.addEventListener('scroll', () => {
  if (scrollTimer) clearTimeout(scrollTimer);
  scrollTimer = setTimeout(() => updateState({ scrollTop: window.scrollY }), 100);
});
vscode.postMessage({ type: 'ready' });
