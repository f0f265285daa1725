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
  // Kept as int32 in the loop (imul and xor give the same bits): a uint32 would be a double to V8.
  let hash = seed | 0;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash >>> 0;
}

// U+241F, the symbol for unit separator, then the occurrence's decimal digits.
const SEPARATOR = 0x241f;

/** A short stable id for the `occurrence`-th claim with this text, counted from 0 (FNV is streamed: no joined copy). */
export function claimId(textHash: number, occurrence: number): string {
  const separated = Math.imul(textHash ^ SEPARATOR, FNV_PRIME);
  // Most claims are a text's first occurrence: its one digit is hashed without building String(0).
  const hash = occurrence < 10 ? Math.imul(separated ^ (48 + occurrence), FNV_PRIME) : fnv1a(String(occurrence), separated);
  return hex8(hash);
}

const HEX = '0123456789abcdef';

/** "c" and the 8 lower-case hex digits of a uint32, as one string: toString(16) then padStart built three. */
function hex8(value: number): string {
  const digit = (shift: number): number => HEX.charCodeAt((value >>> shift) & 15);
  return String.fromCharCode(99, digit(28), digit(24), digit(20), digit(16), digit(12), digit(8), digit(4), digit(0));
}
