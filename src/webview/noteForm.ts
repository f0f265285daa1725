import type { NoteContent } from '../core/store/annotation';
import { el } from './dom';
import { renderNoteMarkdown } from './markdown';
import { splitList, tagCompletions } from './review';
import { STRINGS } from './strings';

export interface NoteFormOptions {
  readonly quote: string;
  readonly verdicts: readonly string[];
  readonly knownTags: readonly string[];
  readonly initial?: NoteContent;
  onSave(content: NoteContent): void;
  onCancel(): void;
  onChange?(content: NoteContent): void;
}

function field(label: string, control: HTMLElement): HTMLElement {
  return el('label', { class: 'field' }, el('span', { class: 'label' }, label), control);
}

/** The inline note editor: Markdown body with a preview, verdict, tags with completion, evidence links. */
export function noteForm(options: NoteFormOptions): HTMLFormElement {
  const initial = options.initial;
  const body = el('textarea', { id: 'note-body', rows: '5', placeholder: STRINGS.bodyPlaceholder });
  body.value = initial?.body ?? '';
  const preview = el('div', { id: 'note-preview', class: 'preview markdown', role: 'region', 'aria-label': STRINGS.preview, tabindex: '0', hidden: '' });
  const previewToggle = el('button', { id: 'note-preview-toggle', type: 'button', class: 'secondary', 'aria-pressed': 'false', 'aria-controls': 'note-preview' }, STRINGS.preview);

  const verdict = el('select', { id: 'note-verdict' }, el('option', { value: '' }, STRINGS.noVerdict));
  const choices = initial?.verdict && !options.verdicts.includes(initial.verdict) ? [...options.verdicts, initial.verdict] : options.verdicts;
  for (const v of choices) verdict.append(el('option', { value: v }, v));
  verdict.value = initial?.verdict ?? '';

  const tagList = el('datalist', { id: 'known-tags' });
  const tags = el('input', { id: 'note-tags', type: 'text', list: 'known-tags', autocomplete: 'off', placeholder: 'e.g. trade, statistics' });
  tags.value = initial?.tags.join(', ') ?? '';
  const refreshTags = (): void => {
    tagList.replaceChildren(...tagCompletions(tags.value, options.knownTags).slice(0, 50).map((t) => el('option', { value: t })));
  };
  refreshTags();

  const evidence = el('textarea', { id: 'note-evidence', rows: '2', placeholder: 'https://…' });
  evidence.value = initial?.evidence.join('\n') ?? '';

  const save = el('button', { id: 'note-save', type: 'submit' }, STRINGS.save);
  const cancel = el('button', { id: 'note-cancel', type: 'button', class: 'secondary' }, STRINGS.cancel);
  const form = el(
    'form',
    { id: 'note-form', class: 'note-form', 'aria-label': STRINGS.noteEditor },
    el('blockquote', { class: 'quote' }, options.quote),
    el('div', { class: 'body-head' }, el('label', { for: 'note-body', class: 'label' }, STRINGS.noteBody), previewToggle),
    body,
    preview,
    el('div', { class: 'row' }, field(STRINGS.verdict, verdict), field(STRINGS.tags, tags)),
    tagList,
    field(STRINGS.evidence, evidence),
    el('div', { class: 'row actions' }, save, cancel, el('span', { class: 'hint' }, STRINGS.formHint)),
  );

  const content = (): NoteContent => ({
    body: body.value,
    verdict: verdict.value || null,
    tags: splitList(tags.value),
    evidence: splitList(evidence.value),
  });
  previewToggle.addEventListener('click', () => {
    const showing = previewToggle.getAttribute('aria-pressed') === 'true';
    previewToggle.setAttribute('aria-pressed', String(!showing));
    previewToggle.textContent = showing ? STRINGS.preview : STRINGS.write;
    if (!showing) renderNoteMarkdown(preview, body.value.trim() ? body.value : `*${STRINGS.nothingToPreview}*`);
    preview.hidden = showing;
    body.hidden = !showing;
    (showing ? body : preview).focus();
  });
  tags.addEventListener('input', refreshTags);
  form.addEventListener('input', () => options.onChange?.(content()));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    options.onSave(content());
  });
  cancel.addEventListener('click', () => options.onCancel());
  form.addEventListener('keydown', (event) => {
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      options.onCancel();
    }
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  return form;
}
