import type { NoteContent } from '../core/store/annotation';
import type { NoteView } from '../core/store/notes';
import { noteForm } from './noteForm';
import type { SourceRange } from './selection';
import { updateState, type DraftState } from './vscodeApi';

export interface NoteEditorDeps {
  margin(): HTMLElement;
  /** Marks (or, with undefined, unmarks) the passage the open form is about. */
  markRange(range: SourceRange | undefined): void;
  relayout(): void;
  verdicts(): readonly string[];
  knownTags(): readonly string[];
  /** `edited`: the note the form was opened on, and its `modified` then; undefined for a new note. */
  save(range: SourceRange, edited: EditedNote | undefined, content: NoteContent): void;
  closed(): void;
}

export interface EditedNote {
  readonly id: string;
  readonly base: string;
}

interface OpenForm {
  readonly form: HTMLFormElement;
  readonly range: SourceRange;
  readonly noteId: string | undefined;
}

/** The one note form that can be open: placed beside its text, kept across repaints, saved as a draft. */
export class NoteEditor {
  private open: OpenForm | undefined;
  private readonly resize = new ResizeObserver(() => this.deps.relayout());

  constructor(private readonly deps: NoteEditorDeps) {}

  create(range: SourceRange, quote: string, focus: 'body' | 'verdict' = 'body', initial?: NoteContent): void {
    this.show(range, undefined, quote, focus, initial);
  }

  edit(note: NoteView, focus: 'body' | 'verdict' = 'body', initial?: NoteContent): void {
    const range = { start: note.start ?? 0, end: note.end ?? 0 };
    const content = initial ?? { body: note.body, tags: note.tags, verdict: note.verdict, evidence: note.evidence };
    this.show(range, { id: note.id, base: note.modified }, note.quote, focus, content);
  }

  /** Brings back a form that was open when the panel was hidden or reloaded. */
  restore(draft: DraftState, text: string): void {
    if (draft.noteId) {
      const quote = text.slice(draft.start, draft.end);
      // A draft kept before drafts had a base counts as changed: saving it makes a copy rather than overwrite.
      this.show({ start: draft.start, end: draft.end }, { id: draft.noteId, base: draft.base ?? '' }, quote, 'body', draft.content, false);
    } else if (draft.end <= text.length && draft.start < draft.end) {
      this.show({ start: draft.start, end: draft.end }, undefined, text.slice(draft.start, draft.end), 'body', draft.content, false);
    }
  }

  /** After a repaint the margin is new: put the open form back in it. */
  reattach(): void {
    if (this.open) this.place(this.open);
  }

  close(): void {
    if (!this.open) return;
    this.resize.disconnect();
    this.open.form.remove();
    this.open = undefined;
    this.deps.markRange(undefined);
    updateState({ draft: null });
    this.deps.relayout();
    this.deps.closed();
  }

  private show(
    range: SourceRange,
    edited: EditedNote | undefined,
    quote: string,
    focus: 'body' | 'verdict',
    initial: NoteContent | undefined,
    scroll = true,
  ): void {
    if (this.open) this.close();
    const noteId = edited?.id;
    const form = noteForm({
      quote,
      verdicts: this.deps.verdicts(),
      knownTags: this.deps.knownTags(),
      initial,
      onSave: (content) => {
        this.deps.save(range, edited, content);
        this.close();
      },
      onCancel: () => this.close(),
      onChange: (content) => updateState({ draft: { start: range.start, end: range.end, noteId, base: edited?.base, content } }),
    });
    form.dataset['start'] = String(range.start);
    this.open = { form, range, noteId };
    this.place(this.open);
    this.resize.observe(form);
    // Focus at once, in the DOM: keys typed right after "n" must land in the note, not be lost.
    form.querySelector<HTMLElement>(focus === 'verdict' ? '#note-verdict' : '#note-body')?.focus({ preventScroll: true });
    if (scroll) form.scrollIntoView({ block: 'nearest' });
  }

  private place(open: OpenForm): void {
    const margin = this.deps.margin();
    const root = margin.parentElement ?? margin;
    for (const card of root.querySelectorAll('.note.editing')) card.classList.remove('editing');
    this.deps.markRange(open.noteId && open.range.end <= open.range.start ? undefined : open.range);
    const card = open.noteId ? root.querySelector<HTMLElement>(`.note[data-note-id="${CSS.escape(open.noteId)}"]`) : null;
    card?.classList.add('editing');
    if (card && card.parentElement !== margin) card.after(open.form);
    else margin.append(open.form);
    this.deps.relayout();
  }
}
