import { findByline } from './byline';
import { findCues, type Cue } from './cues';
import { claimId } from './hash';
import { splitSentences } from './sentences';
import { findSource, type FoundSource } from './sources';
import type { Claim, ClaimKind, Sentence, TextSpan } from './types';

/** What the rules see in one sentence, before the decision to flag it. */
export interface SentenceAnalysis {
  readonly sentence: Sentence;
  readonly cues: readonly Cue[];
  readonly source: FoundSource | null;
  readonly rhetorical: boolean;
}

// First-person hypotheticals and exhortations ("we could brave a journey...") state no checkable fact.
const RHETORICAL = /\b(?:we|i|you|us)\s+(?:could|should|must|can|may|might|would|need to|have to|ought to)\b|^\s*let(?:'s|’s| us)\b/i;
const QUESTION = /\?[”"’')\]]*$/;

export function analyseSentence(sentence: Sentence): SentenceAnalysis {
  const text = sentence.text;
  const cues = findCues(text);
  const source = findSource(text);
  const hasDigits = /\d/.test(text);
  const rhetorical = (RHETORICAL.test(text) && !hasDigits) || QUESTION.test(text);
  return { sentence, cues, source, rhetorical };
}

// When a sentence carries several kinds, the most checkable one names the highlight.
const KIND_ORDER: readonly ClaimKind[] = ['quote', 'statistic', 'attribution', 'prediction', 'comparison', 'causal', 'event'];

export function kindsOf(analysis: SentenceAnalysis): Set<ClaimKind> {
  const kinds = new Set<ClaimKind>();
  const hasDate = analysis.cues.some((c) => c.kind === 'date');
  for (const cue of analysis.cues) {
    if (cue.kind === 'date') continue;
    if (cue.kind === 'statistic' && cue.label === 'change' && !analysis.cues.some((c) => c.kind === 'statistic' && c.label !== 'change')) {
      kinds.add('comparison');
      continue;
    }
    kinds.add(cue.kind);
  }
  if (analysis.source && analysis.source.strength > 0) kinds.add('attribution');
  if (hasDate && kinds.size === 0) kinds.add('event');
  return kinds;
}

export function bestKind(kinds: ReadonlySet<ClaimKind>): ClaimKind | null {
  for (const kind of KIND_ORDER) if (kinds.has(kind)) return kind;
  return null;
}

export function cueLabels(analysis: SentenceAnalysis): string[] {
  const text = analysis.sentence.text;
  const labels = analysis.cues.map((c) => `${c.kind === 'date' ? 'event' : c.kind} (${c.label}): ${text.slice(c.start, c.end)}`);
  const source = analysis.source;
  if (source) labels.push(`attribution (${source.via}): ${text.slice(source.start, source.end)}`);
  return labels;
}

export function sourceSpan(analysis: SentenceAnalysis): TextSpan | null {
  const found = analysis.source;
  if (!found) return null;
  const base = analysis.sentence.start;
  return { start: base + found.start, end: base + found.end, text: analysis.sentence.text.slice(found.start, found.end) };
}

/** Rule-only check-worthiness: how much checkable evidence the sentence carries. */
function ruleScore(kinds: ReadonlySet<ClaimKind>, analysis: SentenceAnalysis): number {
  let score = 0.2;
  if (kinds.has('statistic')) score += 0.45;
  if (kinds.has('quote')) score += 0.3;
  if (kinds.has('attribution')) score += analysis.source && analysis.source.strength >= 2 ? 0.35 : 0.25;
  if (kinds.has('prediction')) score += 0.25;
  if (kinds.has('comparison')) score += 0.2;
  if (kinds.has('causal')) score += 0.2;
  if (kinds.has('event')) score += 0.25;
  if (analysis.cues.some((c) => c.kind === 'date')) score += 0.1;
  return Math.min(1, Math.round(score * 1000) / 1000);
}

/** Builds claims from sentences; `score` may replace the rule score and decide what is flagged. */
export function buildClaims(text: string, decide: (a: SentenceAnalysis, kinds: ReadonlySet<ClaimKind>) => number | null): Claim[] {
  const claims: Claim[] = [];
  const seen = new Map<string, number>();
  const byline = findByline(text);
  for (const sentence of splitSentences(text)) {
    const analysis = analyseSentence(sentence);
    let kinds = kindsOf(analysis);
    let source = sourceSpan(analysis);
    let cues = cueLabels(analysis);
    let score: number | null;
    if (byline && sentence.start <= byline.span.start && sentence.end >= byline.span.end) {
      kinds = new Set<ClaimKind>(['attribution']);
      source = byline.span;
      cues = [`attribution (byline): ${byline.author.text}, the author's stated affiliation, source of the whole piece`];
      score = 1;
    } else {
      score = decide(analysis, kinds);
    }
    const kind = bestKind(kinds);
    if (score === null || kind === null) continue;
    const occurrence = seen.get(sentence.text) ?? 0;
    seen.set(sentence.text, occurrence + 1);
    claims.push({ id: claimId(sentence.text, occurrence), start: sentence.start, end: sentence.end, text: sentence.text, kind, score, source, cues });
  }
  return claims;
}

/** The first, rule-only decision: flag sentences with concrete checkable evidence. */
export function ruleDecision(analysis: SentenceAnalysis, kinds: ReadonlySet<ClaimKind>): number | null {
  if (analysis.rhetorical || kinds.size === 0) return null;
  const onlyWeak = [...kinds].every((k) => k === 'comparison' || k === 'causal') && !analysis.cues.some((c) => c.kind === 'date');
  if (onlyWeak && !analysis.cues.some((c) => /record|historic|all-time|than/i.test(c.label + analysis.sentence.text.slice(c.start, c.end)))) return null;
  return ruleScore(kinds, analysis);
}
