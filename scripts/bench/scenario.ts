import { CONTEXT_LENGTH, type TextPositionSelector, type TextQuoteSelector } from '../../src/core/anchoring/selectors';
import { createAnnotation, type Annotation } from '../../src/core/store/annotation';
import { cloneArticle, loadPool, renderArticleText, varyNumbers, type Article, type ArticleSentence, type Rendered } from './article';
import { Random } from './random';

/** Where a note was made: which sentence, and which part of it (offsets inside the sentence). */
interface NotePlace {
  readonly sentenceId: number;
  readonly from: number;
  readonly to: number;
}

/** What a correct re-anchoring says about one note, given the edit the benchmark made. */
export type Expected =
  | { readonly kind: 'anchored'; readonly start: number; readonly end: number }
  | { readonly kind: 'changed'; readonly start: number; readonly end: number }
  | { readonly kind: 'deleted' };

export interface Scenario {
  readonly original: Rendered;
  readonly edited: Rendered;
  readonly annotations: Annotation[];
  readonly expected: Expected[];
  readonly edits: { readonly inserted: number; readonly changed: number; readonly deleted: number };
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, value));
}

function placeNotes(rendered: Rendered, article: Article, count: number, random: Random): NotePlace[] {
  const texts = sentenceTexts(article);
  const spans = rendered.sentences;
  const indexes = count <= spans.length ? random.sample(spans.length, count) : Array.from({ length: count }, () => random.int(0, spans.length - 1));
  return indexes.map((i) => {
    const span = spans[i];
    if (!span) throw new Error('no sentence');
    const text = texts.get(span.id) ?? '';
    if (random.next() < 0.6) return { sentenceId: span.id, from: 0, to: text.length };
    // A part of the sentence around one of its figures, at least four words, as an analyst selects what to check.
    const words = [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, figure: /\d/.test(m[0]) }));
    const figures = words.map((w, k) => (w.figure ? k : -1)).filter((k) => k >= 0);
    const around = figures.length > 0 ? random.pick(figures) : random.int(0, words.length - 1);
    let first = random.int(Math.max(0, around - 3), around);
    let last = random.int(around, Math.min(words.length - 1, around + 6));
    while (last - first < 3 && (first > 0 || last < words.length - 1)) {
      if (first > 0) first--;
      else last++;
    }
    return { sentenceId: span.id, from: words[first]?.start ?? 0, to: words[last]?.end ?? text.length };
  });
}

function sentenceTexts(article: Article): Map<number, string> {
  const texts = new Map<number, string>();
  for (const block of article.blocks) if (block.kind === 'paragraph') for (const s of block.sentences) texts.set(s.id, s.text);
  return texts;
}

function sentenceObjects(article: Article): Map<number, ArticleSentence> {
  const found = new Map<number, ArticleSentence>();
  for (const block of article.blocks) if (block.kind === 'paragraph') for (const s of block.sentences) found.set(s.id, s);
  return found;
}

/**
 * The selectors describeRange would write. Built here because describeRange counts code points from the start of
 * the text for every note, which makes setting up 10,000 notes on 5 MB take minutes; the generated text has no
 * characters outside the BMP, so code points and UTF-16 offsets are the same.
 */
function selectorsFor(text: string, start: number, end: number): [TextQuoteSelector, TextPositionSelector] {
  return [
    { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start), suffix: text.slice(end, end + CONTEXT_LENGTH) },
    { type: 'TextPositionSelector', start, end },
  ];
}

function annotate(rendered: Rendered, places: readonly NotePlace[]): Annotation[] {
  if (/[\ud800-\udfff]/.test(rendered.text)) throw new Error('generated text must stay in the BMP');
  const starts = new Map(rendered.sentences.map((s) => [s.id, s.start]));
  return places.map((place, i) => {
    const base = starts.get(place.sentenceId) ?? 0;
    const day = String(1 + (i % 28)).padStart(2, '0');
    return createAnnotation({
      id: `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      now: `2026-11-${day}T10:00:00.000Z`,
      creator: 'Bench Analyst',
      source: 'reports/generated.md',
      selector: selectorsFor(rendered.text, base + place.from, base + place.to),
      content: { body: `Checked against the ministry's figures (note ${i}).`, tags: ['bench', `batch-${i % 7}`], verdict: i % 3 === 0 ? 'verified' : 'needs source', evidence: [`https://example.org/source/${i}`] },
    });
  });
}

interface NumberChange {
  readonly at: number;
  readonly oldLength: number;
  readonly newLength: number;
}

/**
 * Builds one edit session on an article with `noteCount` notes: paragraphs inserted at a few places (every later
 * note moves), a number changed inside some noted passages, some noted sentences deleted, and numbers changed in
 * sentences nobody annotated. Edited and deleted sentences are ones whose text occurs once in the article, so the
 * right answer is known; their lookalikes (the same sentence with other numbers) stay in the article.
 */
export function buildScenario(article: Article, noteCount: number, seed: number): Scenario {
  const random = new Random(seed);
  const original = renderArticleText(article);
  const places = placeNotes(original, article, noteCount, random);
  const annotations = annotate(original, places);
  const edited = cloneArticle(article);
  const objects = sentenceObjects(edited);
  const counts = new Map<string, number>();
  for (const s of objects.values()) counts.set(s.text, (counts.get(s.text) ?? 0) + 1);
  const unique = (id: number): boolean => counts.get(objects.get(id)?.text ?? '') === 1;

  const changes = new Map<number, NumberChange>();
  const deleted = new Set<number>();
  const noted = new Set(places.map((p) => p.sentenceId));
  const wantChanged = clamp(Math.round(noteCount * 0.02), 1, 40);
  const wantDeleted = clamp(Math.round(noteCount * 0.01), 1, 20);
  const order = [...places];
  for (let k = order.length - 1; k > 0; k--) {
    const j = random.int(0, k);
    [order[k], order[j]] = [order[j] as NotePlace, order[k] as NotePlace];
  }
  for (const place of order) {
    const id = place.sentenceId;
    if (changes.has(id) || deleted.has(id) || !unique(id)) continue;
    const sentence = objects.get(id);
    if (!sentence) continue;
    if (changes.size < wantChanged) {
      const run = [...sentence.text.matchAll(/\d+/g)].find((m) => m.index >= place.from && m.index + m[0].length <= place.to);
      if (run) {
        // A correction usually changes one digit of a figure: "18.9" becomes "18.7", "2012" becomes "2013".
        const digit = random.int(0, run[0].length - 1);
        const old = Number(run[0].charAt(digit));
        const lowest = digit === 0 && run[0].length > 1 ? 1 : 0;
        const next = lowest + ((old - lowest + random.int(1, 9 - lowest)) % (10 - lowest));
        const replacement = run[0].slice(0, digit) + String(next) + run[0].slice(digit + 1);
        sentence.text = sentence.text.slice(0, run.index) + replacement + sentence.text.slice(run.index + run[0].length);
        changes.set(id, { at: run.index, oldLength: run[0].length, newLength: replacement.length });
        continue;
      }
    }
    if (deleted.size < wantDeleted && /\d/.test(sentence.text)) deleted.add(id);
    if (changes.size >= wantChanged && deleted.size >= wantDeleted) break;
  }
  // Numbers changed where no note is: such edits must not disturb anything.
  for (const s of objects.values()) {
    if (!noted.has(s.id) && /\d/.test(s.text) && random.next() < 0.02) s.text = varyNumbers(s.text, random);
  }
  for (const block of edited.blocks) {
    if (block.kind === 'paragraph') block.sentences.splice(0, block.sentences.length, ...block.sentences.filter((s) => !deleted.has(s.id)));
  }
  const pool = loadPool().sentences;
  let nextId = Math.max(...objects.keys()) + 1;
  const inserted = 3;
  for (let k = inserted; k >= 1; k--) {
    const at = Math.floor((edited.blocks.length * k) / (inserted + 1));
    const sentences = Array.from({ length: 3 }, () => ({ id: nextId++, text: varyNumbers(random.pick(pool), random) }));
    edited.blocks.splice(at, 0, { kind: 'paragraph', sentences });
  }
  const after = renderArticleText(edited);
  const starts = new Map(after.sentences.map((s) => [s.id, s]));
  const expected = places.map((place): Expected => {
    const span = starts.get(place.sentenceId);
    if (!span) return { kind: 'deleted' };
    const change = changes.get(place.sentenceId);
    if (!change) return { kind: 'anchored', start: span.start + place.from, end: span.start + place.to };
    const changeEnd = change.at + change.oldLength;
    if (change.at < place.to && changeEnd > place.from) return { kind: 'changed', start: span.start, end: span.end };
    const shift = changeEnd <= place.from ? change.newLength - change.oldLength : 0;
    return { kind: 'anchored', start: span.start + place.from + shift, end: span.start + place.to + shift };
  });
  return { original, edited: after, annotations, expected, edits: { inserted, changed: changes.size, deleted: deleted.size } };
}
