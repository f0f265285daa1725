import type { SentenceAnalysis } from './detect';
import { ruleBuckets, type FeatureConfig } from './features';
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

const EXPLAINED_WORDS = 3;

interface Ranked {
  readonly index: number;
  readonly weight: number;
}

/** Keeps `top` sorted by weight (then word) and at most EXPLAINED_WORDS long. */
function insertTop(top: Ranked[], tokens: SentenceWords, index: number, weight: number): void {
  let at = top.length;
  while (at > 0) {
    const before = top[at - 1];
    if (!before || before.weight > weight || (before.weight === weight && tokens.precedes(before.index, index))) break;
    at--;
  }
  if (at >= EXPLAINED_WORDS) return;
  top.splice(at, 0, { index, weight });
  if (top.length > EXPLAINED_WORDS) top.pop();
}

/** Spells out its top words only when asked: a sentence that is not flagged never shows them. */
class ScoredSentence implements Scored {
  constructor(
    readonly probability: number,
    private readonly top: readonly Ranked[],
    private readonly tokens: SentenceWords,
  ) {}

  get words(): readonly string[] {
    return this.top.map((t) => this.tokens.word(t.index));
  }
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

// atob is not in every runtime core targets, and this is small.
export function decodeBase64(text: string): Uint8Array {
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
  return {
    config: file.config,
    thresholds: file.thresholds,
    score(analysis: SentenceAnalysis): Scored {
      stamp = stamp === 0x7fffffff ? 1 : stamp + 1;
      if (stamp === 1) stamps.fill(0);
      let z = file.bias;
      const top: Ranked[] = [];
      const mask = (1 << file.config.bits) - 1;
      const tokens = analysis.tokens;
      const hashes = tokens.hashes;
      for (let i = 0; i < hashes.length; i++) {
        const bucket = (hashes[i] ?? 0) & mask || 1;
        if (stamps[bucket] === stamp) continue;
        stamps[bucket] = stamp;
        const weight = weights[bucket] ?? 0;
        z += weight;
        if (weight > 0 && !tokens.isNumber(i)) insertTop(top, tokens, i, weight);
      }
      for (const bucket of ruleBuckets(analysis, file.config.bits)) {
        if (stamps[bucket] === stamp) continue;
        stamps[bucket] = stamp;
        z += weights[bucket] ?? 0;
      }
      return new ScoredSentence(1 / (1 + Math.exp(-z)), top, tokens);
    },
  };
}
