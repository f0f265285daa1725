const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over UTF-16 code units: tiny, deterministic and identical in every runtime. */
export function fnv1a(text: string, seed = FNV_OFFSET): number {
  return fnv1aRange(text, 0, text.length, seed);
}

/**
 * fnv1a of text.slice(start, end), read in place: a claim's text is a slice of the article, and reading the
 * article itself is the faster path for V8.
 */
export function fnv1aRange(text: string, start: number, end: number, seed = FNV_OFFSET): number {
  let hash = seed >>> 0;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME) >>> 0;
  return hash >>> 0;
}

// U+241F, the symbol for unit separator, then the occurrence's decimal digits.
const SEPARATOR = 0x241f;

/** A short stable id for the `occurrence`-th claim with this text (FNV is streamed: no joined copy). */
export function claimId(textHash: number, occurrence: number): string {
  const separated = Math.imul((textHash >>> 0) ^ SEPARATOR, FNV_PRIME) >>> 0;
  return `c${fnv1a(String(occurrence), separated).toString(16).padStart(8, '0')}`;
}
