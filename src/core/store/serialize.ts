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
  if (!Array.isArray(data['body'])) throw new StoreError(path, 'body is not a list');
  if (typeof data['created'] !== 'string' || typeof data['modified'] !== 'string') {
    throw new StoreError(path, 'created or modified missing');
  }
  return data as unknown as Annotation;
}
