import type { TextPositionSelector, TextQuoteSelector } from '../anchoring/selectors';
import { isAbsoluteUri } from '../export/uri';
import { asArray, asString, findSelectors, ImportError, isRecord, type ImportedNote, type SkippedNote } from './types';

interface BodyParts {
  comments: string[];
  tags: string[];
  verdict: string | null;
  evidence: string[];
}

function purposesOf(body: Record<string, unknown>, motivation: unknown): string[] {
  const own = asArray(body['purpose']).filter((p): p is string => typeof p === 'string');
  if (own.length > 0) return own;
  return asArray(motivation).filter((p): p is string => typeof p === 'string');
}

function resourceIri(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (isRecord(value)) return asString(value['id']) ?? asString(value['@id']);
  return null;
}

/** W3C bodies to the fields of a note; a body's own purpose wins over the annotation's motivation. */
function readBody(body: unknown, motivation: unknown, parts: BodyParts, depth = 0): void {
  if (typeof body === 'string') {
    if (isAbsoluteUri(body)) parts.evidence.push(body);
    else parts.comments.push(body);
    return;
  }
  if (!isRecord(body) || depth > 3) return;
  const types = asArray(body['type']);
  if (types.includes('Choice') || types.includes('Composite') || types.includes('List') || types.includes('Independents')) {
    const items = asArray(body['items']);
    const chosen = types.includes('Choice') ? items.slice(0, 1) : items;
    for (const item of chosen) readBody(item, body['purpose'] ?? motivation, parts, depth + 1);
    return;
  }
  const purposes = purposesOf(body, motivation);
  const value = asString(body['value']) ?? asString(body['chars']);
  const iri = value === null ? resourceIri(body['source']) ?? resourceIri(body) : null;
  const text = value ?? iri;
  if (text === null) return;
  if (purposes.includes('assessing') && parts.verdict === null) parts.verdict = text;
  else if (purposes.includes('tagging') || purposes.includes('classifying')) parts.tags.push(text);
  else if (purposes.includes('linking') || (value === null && iri !== null)) parts.evidence.push(text);
  else parts.comments.push(text);
}

function creatorName(value: unknown): string {
  const first = asArray(value)[0];
  if (typeof first === 'string' && first.trim()) return first;
  if (isRecord(first)) {
    for (const key of ['name', 'nickname', 'id']) {
      const found = asString(asArray(first[key])[0]);
      if (found && found.trim()) return found;
    }
  }
  return 'Unknown';
}

interface TargetRead {
  readonly sources: string[];
  readonly quote: TextQuoteSelector | null;
  readonly position: TextPositionSelector | null;
}

/** The target that names a passage comes first; every target's source is kept to find the article. */
function readTargets(target: unknown): TargetRead {
  const sources: string[] = [];
  let quote: TextQuoteSelector | null = null;
  let position: TextPositionSelector | null = null;
  for (const item of asArray(target)) {
    if (typeof item === 'string') {
      sources.push(item);
      continue;
    }
    if (!isRecord(item)) continue;
    const source = resourceIri(item['source']) ?? resourceIri(item);
    const found = findSelectors(item['selector']);
    const passage = quote === null && position === null && (found.quote !== null || found.position !== null);
    if (source !== null) {
      if (passage) sources.unshift(source);
      else sources.push(source);
    }
    if (passage) ({ quote, position } = found);
  }
  return { sources, quote, position };
}

export function readW3cAnnotation(value: unknown): ImportedNote | SkippedNote {
  if (!isRecord(value)) return { id: null, article: null, reason: 'not a JSON object' };
  const rawId = asString(value['id']);
  const id = rawId !== null && isAbsoluteUri(rawId) ? rawId : null;
  if (!asArray(value['type']).includes('Annotation')) return { id, article: null, reason: 'not of type Annotation' };
  const target = readTargets(value['target']);
  if (target.sources.length === 0) return { id, article: null, reason: 'no target' };
  if (target.quote === null && target.position === null) {
    return { id, article: null, reason: 'targets a whole document, not a passage (no quote or position selector)' };
  }
  const parts: BodyParts = { comments: [], tags: [], verdict: null, evidence: [] };
  const bodyValue = asString(value['bodyValue']);
  if (bodyValue !== null) parts.comments.push(bodyValue);
  for (const body of asArray(value['body'])) readBody(body, value['motivation'], parts);
  return {
    id,
    sources: target.sources,
    quote: target.quote,
    position: target.position,
    content: { body: parts.comments.join('\n\n'), tags: parts.tags, verdict: parts.verdict, evidence: parts.evidence },
    creator: creatorName(value['creator']),
    created: asString(value['created']),
    modified: asString(value['modified']),
  };
}

function pageItems(page: unknown, seen: Set<unknown>): unknown[] {
  if (!isRecord(page) || seen.has(page)) return [];
  seen.add(page);
  return [...asArray(page['items']), ...pageItems(page['next'], seen)];
}

/** The annotations in a W3C document: one annotation, an array, a page, or a collection with embedded pages. */
export function w3cEntries(data: unknown): unknown[] {
  if (Array.isArray(data)) return data;
  if (!isRecord(data)) throw new ImportError('not a W3C Web Annotation document');
  const types = asArray(data['type']);
  if (types.includes('AnnotationCollection')) {
    if (typeof data['first'] === 'string') {
      throw new ImportError('the collection links to its pages instead of embedding them: download the pages and import those');
    }
    return [...asArray(data['items']), ...pageItems(data['first'], new Set())];
  }
  if (types.includes('AnnotationPage')) return pageItems(data, new Set());
  return [data];
}
