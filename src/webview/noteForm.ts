import type { NoteContent } from '../core/store/annotation';
import { el } from './dom';

export interface NoteFormOptions {
  readonly quote: string;
  readonly verdicts: readonly string[];
  readonly initial?: NoteContent;
  onSave(content: NoteContent): void;
  onCancel(): void;
}

function splitList(value: string): string[] {
  return value.split(/[,\n]/).map((v) => v.trim()).filter((v) => v.length > 0);
}

/** The inline note editor: Markdown body, verdict, tags and evidence links. */
export function noteForm(options: NoteFormOptions): HTMLFormElement {
  const body = el('textarea', { id: 'note-body', rows: '5', 'aria-label': 'Note (Markdown)', placeholder: 'What did you find? (Markdown)' });
  body.value = options.initial?.body ?? '';
  const verdict = el('select', { id: 'note-verdict', 'aria-label': 'Verdict' }, el('option', { value: '' }, 'No verdict'));
  for (const v of options.verdicts) verdict.append(el('option', { value: v }, v));
  verdict.value = options.initial?.verdict ?? '';
  const tags = el('input', { id: 'note-tags', type: 'text', 'aria-label': 'Tags, comma separated', placeholder: 'tags, comma separated' });
  tags.value = options.initial?.tags.join(', ') ?? '';
  const evidence = el('input', { id: 'note-evidence', type: 'text', 'aria-label': 'Evidence links, comma separated', placeholder: 'evidence links' });
  evidence.value = options.initial?.evidence.join(', ') ?? '';
  const save = el('button', { id: 'note-save', type: 'submit' }, 'Save note');
  const cancel = el('button', { id: 'note-cancel', type: 'button', class: 'secondary' }, 'Cancel');
  const form = el(
    'form',
    { id: 'note-form', class: 'note-form', 'aria-label': 'Note editor' },
    el('blockquote', { class: 'quote' }, options.quote),
    body,
    el('div', { class: 'row' }, verdict, tags),
    evidence,
    el('div', { class: 'row' }, save, cancel),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    options.onSave({ body: body.value, verdict: verdict.value || null, tags: splitList(tags.value), evidence: splitList(evidence.value) });
  });
  cancel.addEventListener('click', () => options.onCancel());
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') options.onCancel();
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) form.requestSubmit();
  });
  setTimeout(() => body.focus(), 0);
  return form;
}
