import { ClaimCache } from './cache';
import { buildClaims, type Decision, type SentenceAnalysis } from './detect';
import { loadModel, type Model, type ModelFile } from './model';
import weightsFile from './model-weights.json';
import { displayScore, forcedReason, modelMayFlag, thresholdFor, twoDecimals } from './policy';
import type { Claim, ClaimKind } from './types';

export { splitSentences } from './sentences';
export type { ClaimCache } from './cache';
export { findByline, type Byline } from './byline';
export type { Claim, ClaimKind, Sentence, TextSpan } from './types';
export { CLAIM_KINDS } from './types';

let model: Model | null = null;

function shippedModel(): Model {
  model ??= loadModel(weightsFile as ModelFile);
  return model;
}

/** The shipped decision: rules that force a highlight, else the trained model and its threshold. */
export function decideWith(current: Model): (analysis: SentenceAnalysis, kinds: ReadonlySet<ClaimKind>) => Decision | null {
  return (analysis, kinds) => {
    const scored = current.score(analysis);
    const probability = scored.probability;
    const threshold = thresholdFor(kinds, current.thresholds);
    const reason = forcedReason(analysis, kinds);
    if (reason === null && !(modelMayFlag(analysis) && probability >= threshold)) return null;
    const words = scored.words;
    const model = `model: check-worthiness ${twoDecimals(probability)}${words.length > 0 ? ` (${words.join(', ')})` : ''}`;
    const cues = reason !== null ? [reason, model] : [model];
    const score = displayScore(probability, threshold);
    return { score: reason !== null ? Math.max(0.5, score) : score, cues };
  };
}

/** A ClaimCache deciding as detectClaims does: for a text that is edited and detected again. */
export function createClaimCache(): ClaimCache {
  return new ClaimCache(decideWith(shippedModel()));
}

/** The checkable claims in an article, sorted by start; one claim per sentence that carries one. */
export function detectClaims(text: string): Claim[] {
  if (text.trim().length === 0) return [];
  return buildClaims(text, decideWith(shippedModel()));
}
