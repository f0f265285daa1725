import { findByline } from './byline';
import { assignIds, pushBlockClaims, type Decide } from './detect';
import { fnv1aRange } from './hash';
import { sentenceSplitter, splitBlocks } from './sentences';
import type { Claim, ClaimKind } from './types';

/** A claim of a cached block, offsets relative to the block and without the texts the article gives back. */
interface CachedClaim {
  readonly start: number;
  readonly end: number;
  readonly kind: ClaimKind;
  readonly score: number;
  readonly source: { readonly start: number; readonly end: number } | null;
  readonly cues: readonly string[];
  /** fnv1a of the claim's text, from which its id is made. */
  readonly textHash: number;
}

/** A block's claims, and its text as the map holds it: a detached copy (see detached). */
interface CachedBlock {
  readonly text: string;
  readonly claims: readonly CachedClaim[];
}

/**
 * A copy of a string or of plain data that shares no memory with the text it came from: a slice of an
 * article keeps the whole article alive, and a cache that outlives an edit must not keep every version.
 */
function detached<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * Claim detection for a text that is edited: blocks (paragraphs, list items, headings) whose text has not
 * changed since the last call keep their claims, and only the others are analysed again. The result is
 * exactly detectClaims' for the same text; a unit test holds the two to that over random edits.
 */
export class ClaimCache {
  private blocks = new Map<string, CachedBlock>();
  /**
   * The last text and its claims: after an edit the annotator, the text editor's highlights and the Notes
   * view each ask for the same text, and a pass over a 5 MB article's paragraphs costs 20-35 ms each time.
   */
  private last: { readonly text: string; readonly claims: readonly Claim[] } | undefined;
  /** How many blocks the last call analysed, rather than took from the cache. */
  analysedBlocks = 0;

  constructor(private readonly decide: Decide) {}

  detect(text: string): Claim[] {
    this.analysedBlocks = 0;
    // Each caller gets its own array: one that sorts or filters it in place changes nothing for the others.
    if (this.last !== undefined && this.last.text === text) return [...this.last.claims];
    const claims = this.detectAgain(text);
    this.last = { text, claims: [...claims] };
    return claims;
  }

  private detectAgain(text: string): Claim[] {
    if (text.trim().length === 0) {
      this.blocks = new Map();
      return [];
    }
    const byline = findByline(text);
    const sentencesOf = sentenceSplitter(text);
    const blocks = splitBlocks(text);
    // Only the blocks of this text stay: the cache never holds more than one version of the article.
    const kept = new Map<string, CachedBlock>();
    // Blocks analysed in this call, as slices of this text until they are detached together at the end.
    const analysed = new Map<string, CachedBlock>();
    const claims: Claim[] = [];
    const textHashes: number[] = [];
    for (let k = 0; k < blocks.length; k += 2) {
      const start = blocks[k] ?? 0;
      const end = blocks[k + 1] ?? 0;
      const key = text.slice(start, end);
      // The byline's block depends on the rest of the text, which names it the byline: never cached.
      const holdsByline = byline !== null && byline.span.start >= start && byline.span.end <= end;
      const cached = holdsByline ? undefined : (this.blocks.get(key) ?? analysed.get(key));
      if (cached) {
        for (const claim of cached.claims) {
          claims.push(placed(claim, start, text));
          textHashes.push(claim.textHash);
        }
        if (!analysed.has(key)) kept.set(cached.text, cached);
        continue;
      }
      const first = claims.length;
      pushBlockClaims(sentencesOf(start, end), this.decide, byline, claims);
      for (let i = first; i < claims.length; i++) textHashes.push(fnv1aRange(text, (claims[i] as Claim).start, (claims[i] as Claim).end));
      this.analysedBlocks++;
      if (!holdsByline) analysed.set(key, { text: key, claims: claims.slice(first).map((claim, i) => relative(claim, start, textHashes[first + i] ?? 0)) });
    }
    // One copy of everything new: a copy per block cost more than the analysis it saves on the next edit.
    for (const block of detached([...analysed.values()])) {
      // Claims from the cache share these lists with it, edit after edit: nobody may change them.
      for (const claim of block.claims) Object.freeze(claim.cues);
      kept.set(block.text, block);
    }
    this.blocks = kept;
    assignIds(claims, textHashes);
    return claims;
  }
}

function relative(claim: Claim, offset: number, textHash: number): CachedClaim {
  const source = claim.source ? { start: claim.source.start - offset, end: claim.source.end - offset } : null;
  return { start: claim.start - offset, end: claim.end - offset, kind: claim.kind, score: claim.score, source, cues: claim.cues, textHash };
}

function placed(claim: CachedClaim, offset: number, text: string): Claim {
  const start = claim.start + offset;
  const end = claim.end + offset;
  const source = claim.source ? { start: claim.source.start + offset, end: claim.source.end + offset, text: text.slice(claim.source.start + offset, claim.source.end + offset) } : null;
  return { id: '', start, end, text: text.slice(start, end), kind: claim.kind, score: claim.score, source, cues: claim.cues };
}
