import type { SentenceAnalysis } from './detect';
import { writeRuleBuckets, type FeatureConfig } from './features';
import type { Thresholds } from './policy';
import type { SentenceWords } from './words';

/** The shipped model file, as written by scripts/claims/train.ts. */
export interface ModelFile {
  readonly format: number;
  readonly attribution: string;
  readonly config: FeatureConfig;
  /** Flag a sentence when its probability reaches these; chosen on held-out ClaimBuster debates. */
  readonly thresholds: Thresholds;
  readonly bias: number;
  /** Each weight is int8 * scale. */
  readonly scale: number;
  /** base64 of one signed byte per hashed bucket. */
  readonly weights: string;
}

export interface Scored {
  readonly probability: number;
  /** The words that pushed the score up most, strongest first (at most three). */
  readonly words: readonly string[];
}

export interface Model {
  readonly config: FeatureConfig;
  readonly thresholds: Thresholds;
  score(analysis: SentenceAnalysis): Scored;
}

/**
 * The three words that pushed a sentence's score up most, strongest first, ties in word order: kept in
 * fixed slots, since every word of every sentence is offered and at most three are kept.
 */
class TopWords {
  count = 0;
  first = -1;
  second = -1;
  third = -1;
  private firstWeight = 0;
  private secondWeight = 0;
  private thirdWeight = 0;

  constructor(private readonly tokens: SentenceWords) {}

  /** Whether token `index` with `weight` ranks ahead of the kept token `kept` with `keptWeight`. */
  private ahead(index: number, weight: number, kept: number, keptWeight: number): boolean {
    return keptWeight < weight || (keptWeight === weight && !this.tokens.precedes(kept, index));
  }

  offer(index: number, weight: number): void {
    if (this.count === 3 && !this.ahead(index, weight, this.third, this.thirdWeight)) return;
    if (this.count === 0 || this.ahead(index, weight, this.first, this.firstWeight)) {
      this.third = this.second;
      this.thirdWeight = this.secondWeight;
      this.second = this.first;
      this.secondWeight = this.firstWeight;
      this.first = index;
      this.firstWeight = weight;
    } else if (this.count === 1 || this.ahead(index, weight, this.second, this.secondWeight)) {
      this.third = this.second;
      this.thirdWeight = this.secondWeight;
      this.second = index;
      this.secondWeight = weight;
    } else {
      this.third = index;
      this.thirdWeight = weight;
    }
    if (this.count < 3) this.count++;
  }

  /** The kept words, strongest first. */
  words(): string[] {
    // Pushed into a literal, so that every result has the same array shape whatever the count.
    const words: string[] = [];
    if (this.count > 0) words.push(this.tokens.word(this.first));
    if (this.count > 1) words.push(this.tokens.word(this.second));
    if (this.count > 2) words.push(this.tokens.word(this.third));
    return words;
  }
}

/** Spells out its top words only when asked: a sentence that is not flagged never shows them. */
class ScoredSentence implements Scored {
  constructor(
    readonly probability: number,
    private readonly top: TopWords,
  ) {}

  get words(): readonly string[] {
    return this.top.words();
  }
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

// The runtime's decoder when it has one (Node, browsers and VS Code's web worker do): a CLI run decodes
// the weights once, and the loop below is slow until the JIT has compiled it.
const nativeAtob = (globalThis as { atob?: (data: string) => string }).atob;

/** atob's result, or null without atob or for text it refuses (the loop below skips stray characters). */
function nativeDecode(text: string): string | null {
  if (typeof nativeAtob !== 'function') return null;
  try {
    return nativeAtob(text);
  } catch {
    return null;
  }
}

export function decodeBase64(text: string): Uint8Array {
  const binary = nativeDecode(text);
  if (binary !== null) {
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }
  const lookup = new Int16Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) lookup[ALPHABET.charCodeAt(i)] = i;
  const clean = text.replace(/[^A-Za-z0-9+/]/g, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i++) {
    value = (value << 6) | (lookup[clean.charCodeAt(i)] ?? 0);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (value >> bits) & 0xff;
    }
  }
  return out.subarray(0, o);
}

export function loadModel(file: ModelFile): Model {
  const bytes = decodeBase64(file.weights);
  const weights = new Float32Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) weights[i] = (((bytes[i] ?? 0) << 24) >> 24) * file.scale;
  if (weights.length !== 1 << file.config.bits) throw new Error('claims model: weights do not match their configuration');
  // Each bucket counts once per sentence, as in training (featurize): a stamp per bucket avoids a Set.
  const stamps = new Int32Array(weights.length);
  let stamp = 0;
  // The rule buckets of the sentence being scored, reused: score runs to completion before the next call.
  const rules: number[] = [];
  return {
    config: file.config,
    thresholds: file.thresholds,
    score(analysis: SentenceAnalysis): Scored {
      stamp = stamp === 0x7fffffff ? 1 : stamp + 1;
      if (stamp === 1) stamps.fill(0);
      let z = file.bias;
      const top = new TopWords(analysis.tokens);
      const mask = (1 << file.config.bits) - 1;
      const tokens = analysis.tokens;
      const hashes = tokens.hashes;
      for (let i = 0; i < hashes.length; i++) {
        const bucket = (hashes[i] ?? 0) & mask || 1;
        if (stamps[bucket] === stamp) continue;
        stamps[bucket] = stamp;
        const weight = weights[bucket] ?? 0;
        z += weight;
        if (weight > 0 && !tokens.isNumber(i)) top.offer(i, weight);
      }
      const count = writeRuleBuckets(analysis, file.config.bits, rules);
      for (let i = 0; i < count; i++) {
        const bucket = rules[i] ?? 0;
        if (stamps[bucket] === stamp) continue;
        stamps[bucket] = stamp;
        z += weights[bucket] ?? 0;
      }
      return new ScoredSentence(1 / (1 + Math.exp(-z)), top);
    },
  };
}
