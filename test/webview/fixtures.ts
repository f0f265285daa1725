import { describeRange } from '../../src/core/anchoring/selectors';
import { detectClaims } from '../../src/core/claims';
import type { Claim } from '../../src/core/claims/types';
import { createAnnotation, type NoteContent } from '../../src/core/store/annotation';
import { resolveNotes, type NoteView } from '../../src/core/store/notes';
import { renderArticleBlocks } from '../../src/core/render/article';
import { articleHighlights } from '../../src/core/render/claimHighlights';
import type { ArticleMessage } from '../../src/protocol/messages';
import { SAMPLE_TEXT } from '../support/sample';

export const DOC = 'file:///workspace/samples/china-kazakhstan-op-ed.txt';
export const VERDICTS = ['unchecked', 'verified', 'misleading', 'false', 'unverifiable', 'needs source'];

export interface NoteSpec {
  readonly quote: string;
  readonly content: Partial<NoteContent>;
  readonly id?: string;
  /** The text the note was written on, when it differs from the article's text now. */
  readonly writtenOn?: string;
}

let counter = 0;

/** Notes as the host sends them: stored annotations resolved against the article's current text. */
export function notesFor(text: string, specs: readonly NoteSpec[]): NoteView[] {
  const annotations = specs.map((spec) => {
    const source = spec.writtenOn ?? text;
    const start = source.indexOf(spec.quote);
    if (start < 0) throw new Error(`not in the text: ${spec.quote}`);
    counter++;
    return createAnnotation({
      id: spec.id ?? `urn:uuid:00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
      now: `2026-11-28T10:00:${String(counter % 60).padStart(2, '0')}.000Z`,
      creator: 'Test Analyst',
      source: 'samples/china-kazakhstan-op-ed.txt',
      selector: describeRange(source, start, start + spec.quote.length),
      content: { body: '', tags: [], verdict: null, evidence: [], ...spec.content },
    });
  });
  return resolveNotes(annotations, text);
}

/**
 * An article message as the host sends it, rendered by the host (`blocks`) unless `extra` says otherwise
 * (`blocks: undefined` leaves the rendering to the webview, as for a long article).
 */
export function articleMessage(text: string = SAMPLE_TEXT, notes: readonly NoteView[] = [], extra: Partial<ArticleMessage> = {}): ArticleMessage {
  const message: ArticleMessage = {
    type: 'article',
    documentUri: DOC,
    version: 1,
    path: 'samples/china-kazakhstan-op-ed.txt',
    format: 'plaintext',
    text,
    claims: detectClaims(text),
    notes,
    verdicts: VERDICTS,
    problems: [],
    knownTags: ['trade', 'statistics', 'transport'],
    ...extra,
  };
  if ('blocks' in extra) return message;
  return { ...message, blocks: renderArticleBlocks(message.text, message.format, articleHighlights(message.claims, message.notes)) };
}

export function claimsIn(text: string = SAMPLE_TEXT): Claim[] {
  return detectClaims(text).sort((a, b) => a.start - b.start);
}
