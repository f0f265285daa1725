/** FNV-1a over UTF-16 code units: tiny, deterministic and identical in every runtime. */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** A short stable id for the `occurrence`-th claim with this text (FNV is streamed: no joined copy). */
export function claimId(textHash: number, occurrence: number): string {
  return `c${fnv1a(`\u241f${occurrence}`, textHash).toString(16).padStart(8, '0')}`;
}
