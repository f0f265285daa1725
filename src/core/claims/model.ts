import type { SentenceAnalysis } from './detect';
import { featurize, wordBucket, type FeatureConfig } from './features';
import type { Thresholds } from './policy';

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

export interface Model {
  readonly config: FeatureConfig;
  readonly thresholds: Thresholds;
  probability(analysis: SentenceAnalysis): number;
  /** The words that pushed the score up most, strongest first. */
  explain(analysis: SentenceAnalysis, count: number): string[];
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
  return {
    config: file.config,
    thresholds: file.thresholds,
    probability(analysis: SentenceAnalysis): number {
      let z = file.bias;
      for (const bucket of featurize(analysis, file.config)) if (bucket !== 0) z += weights[bucket] ?? 0;
      return 1 / (1 + Math.exp(-z));
    },
    explain(analysis: SentenceAnalysis, count: number): string[] {
      const seen = new Set<string>();
      const scored: { word: string; weight: number }[] = [];
      for (const word of analysis.words) {
        if (seen.has(word) || word.startsWith('<')) continue;
        seen.add(word);
        const weight = weights[wordBucket(word, file.config.bits)] ?? 0;
        if (weight > 0) scored.push({ word, weight });
      }
      return scored.sort((a, b) => b.weight - a.weight || (a.word < b.word ? -1 : 1)).slice(0, count).map((s) => s.word);
    },
  };
}
