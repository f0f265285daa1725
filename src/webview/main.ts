import type { Claim } from '../core/claims/types';
import type { NoteContent } from '../core/store/annotation';
import type { NoteView } from '../core/store/notes';
import { applyArticleEdit, type ArticleMessage, type HostToWebview, type WebviewCommand } from '../protocol/messages';
import { unpackArticle } from '../protocol/packedArticle';
import { AddNoteButton } from './addButton';
import { repaintArticle, type RebuiltBlocks } from './articleView';
import { claimHead, claimLabel, ClaimStatePainter, ClaimTooltip, markCurrent } from './claimMarks';
import { announce, byId, el } from './dom';
import { renderKeyboardHelp } from './help';
import { handleKey } from './keyboard';
import { enableToolbarArrows, focusFilters, renderLegend } from './legend';
import { interceptLinks } from './links';
import { layoutMargin, markDraftRange } from './margin';
import { NoteEditor, type EditedNote } from './noteEditor';
import { renderNotes } from './notesPanel';
import { reveal, revealNote } from './reveal';
import { wirePointer } from './pointer';
import { isClaimShown, notesOnClaim, reviewedClaimIds, stepClaim } from './review';
import { selectedRange, type SourceRange } from './selection';
import { STRINGS, useStrings } from './strings';
import { captureFocus, initialModel, knownTags, restoreFocus, type ViewModel } from './view';
import { updateState, vscode } from './vscodeApi';
import { captureScroll, restoreSavedScroll } from './scrollAnchor';

const article = byId('article');
const notesPane = byId('notes');
const toolbar = byId('toolbar');
const addButton = new AddNoteButton(() => startNote(), () => tooltip.place());
const tooltip = new ClaimTooltip([addButton.element]);
const saved = vscode.getState();

const model: ViewModel = initialModel(saved);
let margin: HTMLElement = el('div');
const claimState = new ClaimStatePainter();
let lastSelection: SourceRange | undefined;

const editor = new NoteEditor({
  margin: () => margin,
  relayout: () => layoutMargin(article, margin),
  markRange: (range) => markDraftRange(article, range),
  verdicts: () => model.article?.verdicts ?? [],
  knownTags: () => knownTags(model),
  save: (range, edited, content) => saveNote(range, edited, content),
  closed: () => focusCurrent(),
});

function documentUri(): string {
  return model.article?.documentUri ?? '';
}

function saveNote(range: SourceRange, edited: EditedNote | undefined, content: NoteContent): void {
  if (!model.article) return;
  if (edited) vscode.postMessage({ type: 'updateNote', documentUri: documentUri(), id: edited.id, base: edited.base, content });
  else vscode.postMessage({ type: 'addNote', documentUri: documentUri(), start: range.start, end: range.end, content });
  announce(STRINGS.noteSaved);
}

function shownClaims(): Claim[] {
  return [...model.claims.values()].filter((c) => isClaimShown(c, model.filter, model.reviewed));
}

function currentClaim(): Claim | undefined {
  return model.currentClaimId ? model.claims.get(model.currentClaimId) : undefined;
}

/** `rebuilt`: the only blocks a repaint made anew; undefined after anything else, which may touch every claim. */
function refreshClaimState(rebuilt?: RebuiltBlocks): void {
  if (!model.article) return;
  claimState.apply(article, model.claims, model.filter, model.reviewed, rebuilt);
  markCurrent(article, model.currentClaimId);
  renderLegend(toolbar, model.article.claims, model.reviewed.size, model.filter, {
    onToggleKind: (kind) => {
      const hidden = new Set(model.filter.hiddenKinds);
      if (hidden.has(kind)) hidden.delete(kind);
      else hidden.add(kind);
      setFilter({ ...model.filter, hiddenKinds: hidden });
    },
    onToggleUnsourced: () => setFilter({ ...model.filter, unsourcedOnly: !model.filter.unsourcedOnly }),
    onToggleUnreviewed: () => setFilter({ ...model.filter, unreviewedOnly: !model.filter.unreviewedOnly }),
  });
}

function setFilter(filter: ViewModel['filter']): void {
  model.filter = filter;
  updateState({ hiddenKinds: [...filter.hiddenKinds], unsourcedOnly: filter.unsourcedOnly, unreviewedOnly: filter.unreviewedOnly });
  refreshClaimState();
  const shown = shownClaims().length;
  announce(shown === 0 ? STRINGS.noMoreClaims : STRINGS.claimsShown(shown, model.claims.size));
}

const noteActions = {
  onSelect: (note: NoteView): void => revealNote(article, note),
  onEdit: (note: NoteView): void => editor.edit(note),
  onDelete: (note: NoteView): void => {
    vscode.postMessage({ type: 'deleteNote', documentUri: documentUri(), id: note.id, base: note.modified });
    announce(STRINGS.noteDeleted);
  },
  onReattach: (note: NoteView): void => {
    const range = lastSelection ?? rangeOf(currentClaim());
    if (!range) {
      announce(STRINGS.reattachNeedsSelection);
      return;
    }
    vscode.postMessage({ type: 'reattachNote', documentUri: documentUri(), id: note.id, start: range.start, end: range.end });
  },
  onAcceptDrift: (note: NoteView): void => vscode.postMessage({ type: 'acceptDrift', documentUri: documentUri(), id: note.id }),
};

function rangeOf(claim: Claim | undefined): SourceRange | undefined {
  return claim ? { start: claim.start, end: claim.end } : undefined;
}

/** Repaints article and notes; scroll, focus and an open note form survive it. */
function paint(): void {
  if (!model.article) return;
  const focus = captureFocus();
  model.reviewed = reviewedClaimIds(model.article.claims, model.notes);
  repaintArticle(article, model, (rebuilt) => {
    refreshClaimState(rebuilt);
    margin = renderNotes(notesPane, model.notes, model.problems, noteActions).margin;
    editor.reattach();
    layoutMargin(article, margin);
  });
  restoreFocus(focus, article, notesPane);
  lastSelection = undefined;
}

function focusClaim(claim: Claim, say = true): void {
  model.currentClaimId = claim.id;
  lastSelection = undefined;
  addButton.hide();
  updateState({ currentClaimId: claim.id });
  markCurrent(article, claim.id);
  const head = claimHead(article, claim.id);
  if (!head) return;
  head.focus({ preventScroll: true });
  const rect = head.getBoundingClientRect();
  if (rect.top < 60 || rect.bottom > window.innerHeight - 20) head.scrollIntoView({ block: 'center' });
  tooltip.show(head, claim, model.reviewed.has(claim.id));
  if (say) {
    const ordered = [...model.claims.values()].sort((a, b) => a.start - b.start);
    announce(claimLabel(claim, ordered.indexOf(claim) + 1, ordered.length, model.reviewed.has(claim.id)));
  }
}

function focusCurrent(): void {
  const claim = currentClaim();
  const head = claim ? claimHead(article, claim.id) : null;
  (head ?? article).focus({ preventScroll: true });
}

function step(direction: 1 | -1, unreviewedOnly = false): void {
  const from = currentClaim()?.start ?? lastSelection?.start;
  const accept = (c: Claim): boolean => isClaimShown(c, model.filter, model.reviewed) && (!unreviewedOnly || !model.reviewed.has(c.id));
  const next = stepClaim([...model.claims.values()], from, direction, accept);
  if (next) focusClaim(next);
  else announce(unreviewedOnly ? STRINGS.allReviewed : STRINGS.noMoreClaims);
}

function notesHere(): NoteView[] {
  const active = document.activeElement instanceof HTMLElement ? document.activeElement.closest<HTMLElement>('.note[data-note-id]') : null;
  const onCard = active ? model.notes.filter((n) => n.id === active.dataset['noteId']) : [];
  if (onCard.length > 0) return onCard;
  const claim = currentClaim();
  return claim ? notesOnClaim(claim, model.notes) : [];
}

function startNote(focus: 'body' | 'verdict' = 'body'): void {
  const range = selectedRange(article) ?? lastSelection ?? rangeOf(currentClaim());
  if (!range || !model.article) {
    announce(STRINGS.selectFirst);
    return;
  }
  addButton.hide();
  editor.create(range, model.article.text.slice(range.start, range.end), focus);
}

function runCommand(command: WebviewCommand): void {
  switch (command) {
    case 'nextClaim':
      return step(1);
    case 'previousClaim':
      return step(-1);
    case 'nextUnreviewed':
      return step(1, true);
    case 'editNote': {
      const [note] = notesHere();
      if (note) editor.edit(note);
      else announce(STRINGS.noNoteHere);
      return;
    }
    case 'setVerdict': {
      const [note] = notesHere();
      if (note) editor.edit(note, 'verdict');
      else startNote('verdict');
      return;
    }
    case 'filter':
      return focusFilters(toolbar);
  }
}

function showArticle(message: ArticleMessage): void {
  const first = model.article === undefined;
  if (first && message.strings) {
    useStrings(message.strings);
    renderKeyboardHelp();
  }
  model.article = message;
  model.notes = message.notes;
  model.problems = message.problems;
  model.claims = new Map(message.claims.map((c) => [c.id, c]));
  if (first && !saved?.hiddenKinds && message.shownKinds) {
    model.filter = { ...model.filter, hiddenKinds: new Set(message.claims.map((c) => c.kind).filter((k) => !message.shownKinds?.includes(k))) };
  }
  paint();
  if (first) {
    if (saved?.documentUri === message.documentUri) restoreSavedScroll(article, saved.scrollAnchor, saved.scrollTop);
    if (saved?.documentUri === message.documentUri && saved.draft) editor.restore(saved.draft, message.text);
  }
  updateState({ documentUri: message.documentUri });
}

/** The version of the last article whose packed bytes could not be read (see onMessage). */
let unreadableVersion: number | undefined;

function onMessage(message: HostToWebview): void {
  if (message.type === 'articlePacked') {
    const unpacked = unpackArticle(message);
    if (unpacked) return showArticle(unpacked);
    // Bytes that are not the article they name cannot be shown: ready asks for the article again, once a version,
    // so that a host whose every answer is unreadable is not asked for ever.
    console.warn(`Article Annotator: the article of version ${message.version} arrived unreadable`);
    if (unreadableVersion !== message.version) vscode.postMessage({ type: 'ready' });
    unreadableVersion = message.version;
    return;
  }
  if (message.type === 'articleSent') {
    if (model.article?.documentUri !== message.documentUri || model.article.version !== message.version) vscode.postMessage({ type: 'ready' });
    return;
  }
  if (message.type !== 'article' && message.documentUri !== model.article?.documentUri) return;
  switch (message.type) {
    case 'article':
      return showArticle(message);
    case 'articleEdit':
      // An edit of another message than the one shown cannot be applied: ready asks for the whole article again.
      if (model.article?.version === message.baseVersion) showArticle(applyArticleEdit(model.article, message));
      else vscode.postMessage({ type: 'ready' });
      return;
    case 'notes':
      model.notes = message.notes;
      model.problems = message.problems;
      paint();
      return;
    case 'startNote':
      return startNote();
    case 'reveal':
      return reveal({ article, notesPane, model, focusClaim }, message.start, message.end, message.noteId);
    case 'command':
      return runCommand(message.command);
    case 'error':
      announce(message.message);
      return;
  }
}

function onSelectionChange(): void {
  const range = selectedRange(article);
  if (range) lastSelection = range;
  if (range) addButton.showUnder(document.getSelection()?.getRangeAt(0).getBoundingClientRect(), 'selection');
  else addButton.selectionGone();
}

window.addEventListener('message', (event: MessageEvent<HostToWebview>) => onMessage(event.data));
document.addEventListener('selectionchange', onSelectionChange);
document.addEventListener('keydown', (event) =>
  handleKey(event, {
    run: runCommand,
    newNote: () => startNote(),
    openNotesOfClaim: () => {
      const [note] = notesHere();
      const card = note ? notesPane.querySelector<HTMLElement>(`.note[data-note-id="${CSS.escape(note.id)}"]`) : null;
      if (card) card.focus();
      else announce(STRINGS.noNoteHere);
    },
    escape: () => {
      tooltip.hide();
      addButton.hide();
      document.getSelection()?.removeAllRanges();
      focusCurrent();
    },
  }),
);
renderKeyboardHelp();
interceptLinks(article);
interceptLinks(notesPane);
enableToolbarArrows(toolbar);
wirePointer(article, tooltip, {
  claims: () => model.claims,
  isReviewed: (id) => model.reviewed.has(id),
  focusClaim: (claim) => {
    focusClaim(claim, false);
    const pieces = article.querySelectorAll<HTMLElement>(`mark.claim[data-claim-id~="${CSS.escape(claim.id)}"]`);
    addButton.showUnder(pieces[pieces.length - 1]?.getBoundingClientRect(), 'claim');
  },
});
let scrollTimer: ReturnType<typeof setTimeout> | undefined;
window.addEventListener('scroll', () => {
  if (scrollTimer) clearTimeout(scrollTimer);
  scrollTimer = setTimeout(() => updateState({ scrollAnchor: captureScroll(article) }), 100);
});
new ResizeObserver(() => layoutMargin(article, margin)).observe(article);
vscode.postMessage({ type: 'ready' });
