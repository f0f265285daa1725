import type { RuleView, SentenceAnalysis } from './detect';
import type { ClaimKind } from './types';

// Debate promises ("we will cut taxes") are not checkable; forecasts about named actors are.
const PERSONAL = /\b(?:i|we|you|i'm|we're|you're|i'll|we'll|you'll|i'd|we'd|my|our|your|us|me)\b/i;
const PRONOUN_SUBJECT = /^\s*(?:he|she|it(?! is \w+ that)|they|this|that|these|those|there|everybody|everyone|nobody|people|somebody|someone)\b/i;

function hasDigitIn(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Evidence concrete enough to highlight whatever the model says, with the reason shown to the analyst. */
export function forcedReason(analysis: RuleView, kinds: ReadonlySet<ClaimKind>): string | null {
  if (analysis.rhetorical) return null;
  const text = analysis.sentence.text;
  const cues = analysis.cues;
  const figure = cues.find((c) => c.kind === 'statistic' && c.label !== 'change' && hasDigitIn(text, c.start, c.end) && c.label !== 'ordinal');
  if (figure) return `rule: a figure (${text.slice(figure.start, figure.end)})`;
  if (analysis.source && analysis.source.strength > 0 && kinds.has('attribution')) return 'rule: a named source';
  const personal = analysis.mayBePersonal && PERSONAL.test(text);
  if (analysis.figurative) return null;
  if (kinds.has('prediction') && !personal && !PRONOUN_SUBJECT.test(text)) return 'rule: a forecast about others, not a promise';
  if (cues.some((c) => c.kind === 'date') && cues.some((c) => c.kind === 'event' && c.label === 'event') && !personal) return 'rule: a dated event';
  return null;
}

export interface Thresholds {
  /** For sentences where a rule names a kind. */
  readonly withKind: number;
  /** For sentences the rules say nothing about: the model alone must be surer. */
  readonly plain: number;
}

/** The threshold the model must reach: sentences no rule names a kind for may need a surer model. */
export function thresholdFor(kinds: ReadonlySet<ClaimKind>, thresholds: Thresholds): number {
  return kinds.size > 0 ? thresholds.withKind : thresholds.plain;
}

// Below this, the model sees too few words to say more than the base rate ("Body text here.", "It is.", "Thank you all.").
export const MIN_WORDS_FOR_MODEL = 5;

/** Whether the model alone may flag the sentence: not rhetoric, not metaphor, not too short to judge. */
export function modelMayFlag(analysis: SentenceAnalysis): boolean {
  return !analysis.rhetorical && !analysis.figurative && analysis.tokens.length >= MIN_WORDS_FOR_MODEL;
}

/** Maps a probability so that the threshold lands on 0.5: a score reads the same whatever the threshold. */
export function displayScore(probability: number, threshold: number): number {
  const score = probability >= threshold ? 0.5 + (0.5 * (probability - threshold)) / (1 - threshold) : (0.5 * probability) / threshold;
  return Math.round(score * 1000) / 1000;
}

// "0.00" to "1.00", as toFixed(2) spells them.
const HUNDREDTHS = Array.from({ length: 101 }, (_, n) => (n === 100 ? '1.00' : `0.${String(n).padStart(2, '0')}`));

/** probability.toFixed(2) for a probability: a table lookup, unless it lies so near a tie that only toFixed can say. */
export function twoDecimals(probability: number): string {
  const scaled = probability * 100;
  if (Math.abs(scaled - Math.floor(scaled) - 0.5) < 1e-6) return probability.toFixed(2);
  return HUNDREDTHS[Math.round(scaled)] ?? probability.toFixed(2);
}
