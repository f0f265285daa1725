import { buildClaims, ruleDecision } from './detect';
import type { Claim } from './types';

export { splitSentences } from './sentences';
export { findByline, type Byline } from './byline';
export type { Claim, ClaimKind, Sentence, TextSpan } from './types';
export { CLAIM_KINDS } from './types';

/** The checkable claims in an article, sorted by start; one claim per sentence that carries one. */
export function detectClaims(text: string): Claim[] {
  if (text.length === 0) return [];
  return buildClaims(text, ruleDecision);
}
