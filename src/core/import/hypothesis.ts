import { asArray, asString, findSelectors, isRecord, type ImportedNote, type SkippedNote } from './types';

/** Hypothesis ids are short tokens; their public page is the annotation's IRI. */
export function hypothesisIri(id: string): string | null {
  return /^[A-Za-z0-9_-]{1,64}$/.test(id) ? `https://hypothes.is/a/${id}` : null;
}

function authorOf(row: Record<string, unknown>): string {
  const info = row['user_info'];
  const display = isRecord(info) ? asString(info['display_name']) : null;
  if (display && display.trim()) return display.trim();
  const user = asString(row['user']);
  const account = user?.match(/^acct:([^@]+)@/);
  return account?.[1] ?? user ?? 'Unknown';
}

/** A row of Hypothesis's JSON export (or of its API's search results). */
export function readHypothesisRow(row: unknown): ImportedNote | SkippedNote {
  if (!isRecord(row)) return { id: null, article: null, reason: 'not a JSON object' };
  const rawId = asString(row['id']);
  const id = rawId === null ? null : hypothesisIri(rawId);
  if (asArray(row['references']).length > 0) return { id, article: null, reason: 'a reply to another annotation' };
  const sources: string[] = [];
  let found: ReturnType<typeof findSelectors> = { quote: null, position: null };
  for (const target of asArray(row['target'])) {
    if (!isRecord(target)) continue;
    const source = asString(target['source']);
    const selectors = findSelectors(target['selector']);
    const passage = found.quote === null && found.position === null && (selectors.quote !== null || selectors.position !== null);
    if (source !== null) {
      if (passage) sources.unshift(source);
      else sources.push(source);
    }
    if (passage) found = selectors;
  }
  const uri = asString(row['uri']);
  if (uri !== null && !sources.includes(uri)) sources.push(uri);
  if (found.quote === null && found.position === null) {
    return { id, article: null, reason: 'a page note (no quote selector)' };
  }
  const tags = asArray(row['tags']).filter((t): t is string => typeof t === 'string');
  return {
    id,
    sources,
    quote: found.quote,
    position: found.position,
    content: { body: asString(row['text']) ?? '', tags, verdict: null, evidence: [] },
    creator: authorOf(row),
    created: asString(row['created']),
    modified: asString(row['updated']) ?? asString(row['created']),
  };
}

/** Hypothesis rows are objects with a uri and a target list, and are not typed as W3C annotations. */
export function looksLikeHypothesisRow(value: unknown): boolean {
  return isRecord(value) && !('type' in value) && typeof value['uri'] === 'string' && Array.isArray(value['target']);
}
