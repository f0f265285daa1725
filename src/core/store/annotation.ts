import type { TextPositionSelector, TextQuoteSelector } from '../anchoring/selectors';

/** Bumped when the on-disk shape changes in a way older readers would misread. */
export const FORMAT_VERSION = 1;

export const DEFAULT_VERDICTS = ['unchecked', 'verified', 'misleading', 'false', 'unverifiable', 'needs source'] as const;

export interface TextualBody {
  readonly type: 'TextualBody';
  readonly value: string;
  readonly format?: 'text/markdown' | 'text/plain';
  readonly purpose: 'commenting' | 'tagging' | 'assessing';
}

/** An evidence link: a web resource the analyst used, given as a body with purpose linking. */
export interface LinkBody {
  readonly type: 'SpecificResource';
  readonly source: string;
  readonly purpose: 'linking';
}

export type AnnotationBody = TextualBody | LinkBody;

export interface AnnotationTarget {
  /** The article's path relative to the workspace folder, with forward slashes. */
  readonly source: string;
  readonly selector: readonly [TextQuoteSelector, TextPositionSelector];
}

export interface Agent {
  readonly type: 'Person';
  readonly name: string;
}

/** A note as stored: a W3C Web Annotation plus the store's own format marker. */
export interface Annotation {
  readonly '@context': 'http://www.w3.org/ns/anno.jsonld';
  readonly id: string;
  readonly type: 'Annotation';
  readonly motivation: 'commenting';
  readonly created: string;
  readonly modified: string;
  readonly creator: Agent;
  readonly body: readonly AnnotationBody[];
  readonly target: AnnotationTarget;
  readonly articleAnnotator: { readonly formatVersion: number };
}

/** The fields an analyst edits, independent of the W3C shape. */
export interface NoteContent {
  readonly body: string;
  readonly tags: readonly string[];
  readonly verdict: string | null;
  readonly evidence: readonly string[];
}

export function noteContent(annotation: Annotation): NoteContent {
  let body = '';
  let verdict: string | null = null;
  const tags: string[] = [];
  const evidence: string[] = [];
  for (const item of annotation.body) {
    if (item.type === 'SpecificResource') evidence.push(item.source);
    else if (item.purpose === 'commenting') body = item.value;
    else if (item.purpose === 'tagging') tags.push(item.value);
    else if (item.purpose === 'assessing') verdict = item.value;
  }
  return { body, tags, verdict, evidence };
}

export function contentToBodies(content: NoteContent): AnnotationBody[] {
  const bodies: AnnotationBody[] = [
    { type: 'TextualBody', value: content.body, format: 'text/markdown', purpose: 'commenting' },
  ];
  if (content.verdict) bodies.push({ type: 'TextualBody', value: content.verdict, purpose: 'assessing' });
  for (const tag of uniqueSorted(content.tags)) bodies.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  for (const link of content.evidence) bodies.push({ type: 'SpecificResource', source: link, purpose: 'linking' });
  return bodies;
}

function uniqueSorted(values: readonly string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter((v) => v.length > 0))].sort();
}

export interface NewAnnotation {
  readonly id: string;
  readonly now: string;
  readonly creator: string;
  readonly source: string;
  readonly selector: readonly [TextQuoteSelector, TextPositionSelector];
  readonly content: NoteContent;
}

export function createAnnotation(input: NewAnnotation): Annotation {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: input.id,
    type: 'Annotation',
    motivation: 'commenting',
    created: input.now,
    modified: input.now,
    creator: { type: 'Person', name: input.creator },
    body: contentToBodies(input.content),
    target: { source: input.source, selector: input.selector },
    articleAnnotator: { formatVersion: FORMAT_VERSION },
  };
}

export function updateAnnotation(annotation: Annotation, content: NoteContent, now: string): Annotation {
  return { ...annotation, modified: now, body: contentToBodies(content) };
}

export function newNoteId(randomUuid: () => string): string {
  return `urn:uuid:${randomUuid()}`;
}
