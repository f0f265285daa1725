import { sharedEnds } from '../render/textEdit';
import { findByline } from './byline';
import { occurrencesOf, pushBlockClaims, type Decide } from './detect';
import { claimId, fnv1aRange } from './hash';
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

/** What the last call found, block by block: the next call takes over the blocks an edit left where they were. */
interface Found {
  readonly text: string;
  /** splitBlocks(text): each block's start and end. */
  readonly blocks: readonly number[];
  /** Each block's claims as the map holds them; null for the byline's block, whose claims depend on the whole text. */
  readonly entries: readonly (CachedBlock | null)[];
  /** Block k's claims are claims[firsts[k]] up to claims[firsts[k + 1]]. */
  readonly firsts: readonly number[];
  readonly claims: readonly Claim[];
  /** For each claim, how many claims before it share its text (see occurrencesOf). */
  readonly occurrences: readonly number[];
}

type PendingClaim = { -readonly [K in keyof Claim]: Claim[K] };

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
 *
 * Blocks before and after the stretch an edit changed are taken over by where they lie, which needs no look
 * at their text; a block elsewhere (a paragraph moved, a replace-all) is found by its text in the map.
 */
export class ClaimCache {
  private blocks = new Map<string, CachedBlock>();
  private found: Found | undefined;
  /** How many blocks the last call analysed, rather than took from the cache. */
  analysedBlocks = 0;

  constructor(private readonly decide: Decide) {}

  detect(text: string): Claim[] {
    this.analysedBlocks = 0;
    // After an edit the annotator, the text editor's highlights and the Notes view each ask for the same text.
    // Each caller gets its own array: one that sorts or filters it in place changes nothing for the others.
    if (this.found !== undefined && this.found.text === text) return [...this.found.claims];
    if (text.trim().length === 0) {
      this.blocks = new Map();
      this.found = undefined;
      return [];
    }
    return this.detectAgain(text);
  }

  private detectAgain(text: string): Claim[] {
    const last = this.found;
    const byline = findByline(text);
    const sentencesOf = sentenceSplitter(text);
    const blocks = splitBlocks(text);
    const { head, tail } = last ? sharedEnds(last.text, text) : { head: 0, tail: 0 };
    const shift = last ? text.length - last.text.length : 0;
    // Blocks analysed in this call, as slices of this text until they are detached together at the end.
    const analysed = new Map<string, CachedBlock>();
    // Blocks of this text found by their text, in the map or among those analysed: their entries, once all are in the map.
    const keyed = new Map<number, string>();
    const entries: (CachedBlock | null)[] = [];
    const claims: Claim[] = [];
    const textHashes: number[] = [];
    // For each claim, the index of the last call's claim it was taken over from, or -1.
    const from: number[] = [];
    const firsts: number[] = [];
    let cursor = 0;
    for (let k = 0; k < blocks.length; k += 2) {
      const start = blocks[k] ?? 0;
      const end = blocks[k + 1] ?? 0;
      firsts.push(claims.length);
      // The byline's block depends on the rest of the text, which names it the byline: never cached.
      const holdsByline = byline !== null && byline.span.start >= start && byline.span.end <= end;
      // Where the block lay in the last text, if it lies wholly in what the edit left before or after it.
      const then = end <= head ? start : start >= text.length - tail ? start - shift : -1;
      if (last && then >= 0 && !holdsByline) {
        while (cursor < last.blocks.length && (last.blocks[cursor] ?? 0) < then) cursor += 2;
        const block = cursor >> 1;
        const entry = last.entries[block] ?? null;
        if (entry !== null && last.blocks[cursor] === then && last.blocks[cursor + 1] === end - start + then) {
          const first = last.firsts[block] ?? 0;
          entry.claims.forEach((claim, i) => {
            claims.push(placed(claim, start, text));
            textHashes.push(claim.textHash);
            from.push(first + i);
          });
          entries.push(entry);
          continue;
        }
      }
      entries.push(null);
      const key = text.slice(start, end);
      const cached = holdsByline ? undefined : (this.blocks.get(key) ?? analysed.get(key));
      if (cached) {
        keyed.set(k >> 1, key);
        for (const claim of cached.claims) {
          claims.push(placed(claim, start, text));
          textHashes.push(claim.textHash);
          from.push(-1);
        }
        continue;
      }
      const first = claims.length;
      pushBlockClaims(sentencesOf(start, end), this.decide, byline, claims);
      for (let i = first; i < claims.length; i++) {
        textHashes.push(fnv1aRange(text, (claims[i] as Claim).start, (claims[i] as Claim).end));
        from.push(-1);
      }
      this.analysedBlocks++;
      if (holdsByline) continue;
      keyed.set(k >> 1, key);
      analysed.set(key, { text: key, claims: claims.slice(first).map((claim, i) => relative(claim, start, textHashes[first + i] ?? 0)) });
    }
    firsts.push(claims.length);
    // One copy of everything new: a copy per block cost more than the analysis it saves on the next edit.
    for (const block of detached([...analysed.values()])) {
      // Claims from the cache share these lists with it, edit after edit: nobody may change them.
      for (const claim of block.claims) Object.freeze(claim.cues);
      this.blocks.set(block.text, block);
    }
    for (const [block, key] of keyed) entries[block] = this.blocks.get(key) ?? null;
    this.dropGone(last, entries);
    const occurrences = identify(claims, textHashes, from, last);
    this.found = { text, blocks, entries, firsts, claims: [...claims], occurrences };
    return claims;
  }

  /** Only the blocks of this text stay: the map never holds more than one version of the article. */
  private dropGone(last: Found | undefined, entries: readonly (CachedBlock | null)[]): void {
    if (!last) return;
    const current = new Set(entries);
    const gone = last.entries.filter((entry): entry is CachedBlock => entry !== null && !current.has(entry));
    if (gone.length === 0) return;
    // A paragraph edited away may still stand elsewhere in the text, taken over by position or found by its text.
    const texts = new Set(entries.map((entry) => entry?.text));
    for (const entry of gone) if (!texts.has(entry.text)) this.blocks.delete(entry.text);
  }
}

/**
 * Gives each claim its id (see assignIds) and returns the occurrences counted: a claim taken over from the last
 * call with the same count keeps the id it had.
 */
function identify(claims: readonly Claim[], textHashes: readonly number[], from: readonly number[], last: Found | undefined): number[] {
  const occurrences = occurrencesOf(textHashes);
  for (let i = 0; i < claims.length; i++) {
    const was = from[i] ?? -1;
    const kept = last && was >= 0 && last.occurrences[was] === occurrences[i] ? last.claims[was]?.id : undefined;
    (claims[i] as PendingClaim).id = kept ?? claimId(textHashes[i] ?? 0, occurrences[i] ?? 0);
  }
  return occurrences;
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
