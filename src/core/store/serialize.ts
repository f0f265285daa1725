import { FORMAT_VERSION, type Annotation } from './annotation';

export class StoreError extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path}: ${problem}`);
    this.name = 'StoreError';
  }
}

/** Keys in the order a reader expects them; anything else follows alphabetically, so output is stable. */
const KEY_ORDER = [
  '@context', 'id', 'type', 'motivation', 'created', 'modified', 'creator', 'name',
  'body', 'target', 'source', 'selector', 'exact', 'prefix', 'suffix', 'start', 'end',
  'value', 'format', 'purpose', 'articleAnnotator', 'formatVersion',
];

function orderKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(orderKeys);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  const rank = (key: string): number => {
    const i = KEY_ORDER.indexOf(key);
    return i < 0 ? KEY_ORDER.length : i;
  };
  entries.sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([k, v]) => [k, orderKeys(v)]));
}

/** Pretty, deterministic JSON: the same note always gives the same bytes, so git diffs stay small. */
export function serializeAnnotation(annotation: Annotation): string {
  return `${JSON.stringify(orderKeys(annotation), null, 2)}\n`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parseAnnotation(text: string, path: string): Annotation {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new StoreError(path, `not valid JSON (${(error as Error).message})`);
  }
  if (!isRecord(data)) throw new StoreError(path, 'not a JSON object');
  const marker = data['articleAnnotator'];
  const version = isRecord(marker) ? marker['formatVersion'] : undefined;
  if (typeof version !== 'number') throw new StoreError(path, 'missing articleAnnotator.formatVersion');
  if (version > FORMAT_VERSION) {
    throw new StoreError(path, `written by a newer version (format ${version}; this one reads up to ${FORMAT_VERSION})`);
  }
  if (data['type'] !== 'Annotation' || typeof data['id'] !== 'string') {
    throw new StoreError(path, 'not a W3C Annotation (type or id missing)');
  }
  const target = data['target'];
  if (!isRecord(target) || typeof target['source'] !== 'string' || !Array.isArray(target['selector'])) {
    throw new StoreError(path, 'target has no source or selector');
  }
  const selectorProblem = target['selector'].map(selectorProblemOf).find((p) => p !== undefined);
  if (selectorProblem) throw new StoreError(path, selectorProblem);
  if (!Array.isArray(data['body'])) throw new StoreError(path, 'body is not a list');
  const bodyProblem = data['body'].map(bodyProblemOf).find((p) => p !== undefined);
  if (bodyProblem) throw new StoreError(path, bodyProblem);
  if (!isRecord(data['creator']) || typeof data['creator']['name'] !== 'string') throw new StoreError(path, 'creator has no name');
  if (typeof data['created'] !== 'string' || typeof data['modified'] !== 'string') {
    throw new StoreError(path, 'created or modified missing');
  }
  return data as unknown as Annotation;
}

const isOffset = (value: unknown): boolean => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
const isOptionalString = (value: unknown): boolean => value === undefined || typeof value === 'string';

// Every reader (anchoring, the webview, exports) takes these fields as typed: a file that breaks them is refused here.
function selectorProblemOf(selector: unknown): string | undefined {
  if (!isRecord(selector) || typeof selector['type'] !== 'string') return 'a selector is not an object with a type';
  if (selector['type'] === 'TextQuoteSelector') {
    const ok = typeof selector['exact'] === 'string' && isOptionalString(selector['prefix']) && isOptionalString(selector['suffix']);
    return ok ? undefined : 'a TextQuoteSelector has no exact text, or a prefix or suffix that is not text';
  }
  if (selector['type'] === 'TextPositionSelector') {
    const ok = isOffset(selector['start']) && isOffset(selector['end']) && (selector['start'] as number) <= (selector['end'] as number);
    return ok ? undefined : 'a TextPositionSelector has no valid start and end';
  }
  return undefined;
}

function bodyProblemOf(body: unknown): string | undefined {
  if (!isRecord(body)) return 'a body is not an object';
  if (body['type'] === 'SpecificResource') return typeof body['source'] === 'string' ? undefined : 'an evidence link has no source';
  if (body['type'] === 'TextualBody') return typeof body['value'] === 'string' ? undefined : 'a text body has no value';
  return 'a body is neither a TextualBody nor a SpecificResource';
}
