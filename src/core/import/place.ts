import { resolveAnchor, type AnchorStatus } from '../anchoring/resolve';
import { describeRange, type TextPositionSelector, type TextQuoteSelector } from '../anchoring/selectors';
import { isDateTime } from '../export/uri';
import { createAnnotation, type Annotation } from '../store/annotation';
import { noteFilePath, type NoteStore } from '../store/noteStore';
import { resolveNote } from '../store/notes';
import { utf16ToCodePoint } from '../text/offsets';
import type { ImportedNote, ImportFormat, ParsedImport, SkippedNote } from './types';

/** A workspace article that imported notes go to. */
export interface ImportArticle {
  /** Workspace-relative path, as the store names it. */
  readonly article: string;
  readonly text: string;
  readonly store: NoteStore;
}

export interface ImportEnvironment {
  /** The article for a note's sources, or undefined when none is in the workspace. */
  findArticle(sources: readonly string[]): Promise<ImportArticle | undefined>;
  readonly now: string;
  newId(): string;
}

export interface ImportedEntry {
  readonly id: string;
  readonly article: string;
  readonly status: AnchorStatus;
  readonly quote: string;
}

export interface ImportSummary {
  readonly format: ImportFormat;
  readonly imported: readonly ImportedEntry[];
  readonly skipped: readonly SkippedNote[];
}

/**
 * The selectors to store: the file's own quote, with a position that points at it in this article
 * when it can be found; so the note re-anchors on every load exactly like a note made here.
 */
function selectorsFor(note: ImportedNote, text: string): readonly [TextQuoteSelector, TextPositionSelector] | null {
  if (note.quote === null) {
    if (note.position === null) return null;
    const anchor = resolveAnchor(text, [note.position]);
    return anchor.start === null || anchor.end === null ? null : describeRange(text, anchor.start, anchor.end);
  }
  const given: (TextQuoteSelector | TextPositionSelector)[] = note.position ? [note.quote, note.position] : [note.quote];
  const anchor = resolveAnchor(text, given);
  if (anchor.status !== 'anchored' && note.position) {
    // Another tool's position may count another text (Hypothesis counts the web page's): the quote and
    // its context alone then place the note, which keeps this article's context from then on.
    const byQuote = resolveAnchor(text, [note.quote]);
    if (byQuote.status === 'anchored' && byQuote.start !== null && byQuote.end !== null) return describeRange(text, byQuote.start, byQuote.end);
  }
  if (anchor.status === 'anchored' && anchor.start !== null && anchor.end !== null) {
    return [note.quote, { type: 'TextPositionSelector', start: utf16ToCodePoint(text, anchor.start), end: utf16ToCodePoint(text, anchor.end) }];
  }
  return [note.quote, note.position ?? { type: 'TextPositionSelector', start: 0, end: 0 }];
}

function toAnnotation(note: ImportedNote, id: string, target: ImportArticle, now: string): Annotation | null {
  const selector = selectorsFor(note, target.text);
  if (selector === null) return null;
  const created = note.created !== null && isDateTime(note.created) ? note.created : now;
  const modified = note.modified !== null && isDateTime(note.modified) ? note.modified : created;
  const annotation = createAnnotation({ id, now: created, creator: note.creator, source: target.article, selector, content: note.content });
  return { ...annotation, modified };
}

const MAX_ID_LENGTH = 200;

/**
 * Puts parsed notes into the workspace: each goes to the article its target names, keeps its id, and
 * is skipped when a note with that id (or that file name) is already there; nothing is overwritten.
 */
export async function importNotes(parsed: ParsedImport, env: ImportEnvironment): Promise<ImportSummary> {
  const imported: ImportedEntry[] = [];
  const skipped: SkippedNote[] = [...parsed.skipped];
  const present = new Map<string, { ids: Set<string>; files: Set<string> }>();
  for (const note of parsed.notes) {
    const target = await env.findArticle(note.sources);
    if (!target) {
      skipped.push({ id: note.id, article: null, reason: `no workspace file for ${note.sources[0] ?? 'its target'}` });
      continue;
    }
    let known = present.get(target.article);
    if (!known) {
      const loaded = await target.store.load(target.article);
      if (loaded.problems.length > 0) {
        const first = loaded.problems[0];
        throw new Error(`cannot read note file ${first?.path}: ${first?.problem} (left untouched; nothing imported into ${target.article})`);
      }
      known = { ids: new Set(loaded.annotations.map((a) => a.id)), files: new Set(loaded.annotations.map((a) => noteFilePath(a.target.source, a.id))) };
      present.set(target.article, known);
    }
    const id = note.id !== null && note.id.length <= MAX_ID_LENGTH ? note.id : env.newId();
    const file = noteFilePath(target.article, id);
    if (known.ids.has(id)) {
      skipped.push({ id, article: target.article, reason: 'already present' });
      continue;
    }
    if (known.files.has(file)) {
      skipped.push({ id, article: target.article, reason: 'another note already uses its file name' });
      continue;
    }
    const annotation = toAnnotation(note, id, target, env.now);
    if (annotation === null) {
      skipped.push({ id, article: target.article, reason: 'its position is outside the article and it has no quote' });
      continue;
    }
    await target.store.save(annotation);
    known.ids.add(id);
    known.files.add(file);
    const view = resolveNote(annotation, target.text);
    imported.push({ id, article: target.article, status: view.status, quote: view.quote });
  }
  return { format: parsed.format, imported, skipped };
}
