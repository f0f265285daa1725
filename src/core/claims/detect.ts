import { findByline, type Byline } from './byline';
import { splitClauses, type Clause } from './clauses';
import { CUE_TRIGGER_GROUPS, CURRENCY_WORDS, findCues, perKindAndLabel, type Cue, type CueHints } from './cues';
import { wordHash } from './features';
import { claimId, fnv1aRange } from './hash';
import { forcedReason } from './policy';
import { sentenceSplitter, splitBlocks } from './sentences';
import { findSource, SOURCE_TRIGGER_GROUPS, type FoundSource } from './sources';
import { TriggerIndex } from './triggers';
import { CLAIM_KINDS, type Claim, type ClaimKind, type Sentence, type TextSpan } from './types';
import { SentenceWords } from './words';

/** What the rules see in one sentence, before the decision to flag it. */
export interface SentenceAnalysis {
  readonly sentence: Sentence;
  readonly cues: readonly Cue[];
  readonly source: FoundSource | null;
  /** States nothing checkable: a first-person hypothetical, a question, or a "By Name" line. */
  readonly rhetorical: boolean;
  /** Lower-cased word tokens, numbers folded (see wordTokens). */
  readonly words: readonly string[];
  /** wordHash of each word, computed once for the trigger mask and the model. */
  readonly hashes: readonly number[];
  /** Uses figures of speech ("deep roots", "a new chapter"): only concrete evidence can flag it. */
  readonly figurative: boolean;
  /** The scan behind words and hashes; it builds a word's string only when asked. */
  readonly tokens: SentenceWords;
  /** May have "i", "we", "you", "my", "our", "your", "us" or "me" as a word; false rules them out. */
  readonly mayBePersonal: boolean;
  /** findSource's trigger mask for the sentence; it holds for any part of it too. */
  readonly sourceTriggers: number;
}

// First-person hypotheticals and exhortations ("we could brave a journey...") state no checkable fact.
const RHETORICAL = /\b(?:we|i|you|us)\s+(?:could|should|must|can|may|might|would|need to|have to|ought to)\b|^\s*let(?:'s|’s| us)\b/i;
const QUESTION = /\?[”"’')\]]*$/;
const BY_LINE = /^By\s+\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}$/u;
// Op-ed boilerplate and metaphor: they read as statements but nothing in them can be checked.
const FIGURATIVE = /\b(?:deep roots|taken root|new fruits|fruitful|blueprint|new chapter|journey of|set(?:ting)? sail|golden age|win-win|hand in hand|leaps and bounds|shared future|good example|bright future|milestone|cornerstone|new heights|new era|beacon|healthy development|by leaps)\b/i;

const words = (list: string): ReadonlySet<string> => new Set(list.split(' '));
// A word that every match of a pattern contains as a whole word, for the patterns below.
const FIGURATIVE_WORDS = words('roots root fruits fruitful blueprint chapter journey sail golden win hand leaps shared example bright milestone cornerstone heights era beacon healthy');
const RHETORICAL_WORDS = words('we i you us let');
const PERSONAL_WORDS = words('i we you my our your us me');
// Checked against wideMask: these words may also sit either side of an apostrophe ("x'we").
const WIDE_GROUPS = [CURRENCY_WORDS, FIGURATIVE_WORDS, RHETORICAL_WORDS, PERSONAL_WORDS];
const [CURRENCY, FIGURATIVE_BIT, RHETORICAL_BIT, PERSONAL_BIT] = [1, 2, 4, 8];

const TRIGGERS = new TriggerIndex([...CUE_TRIGGER_GROUPS, ...SOURCE_TRIGGER_GROUPS, ...WIDE_GROUPS]);
const WIDE_SHIFT = CUE_TRIGGER_GROUPS.length + SOURCE_TRIGGER_GROUPS.length;

/** Which cue patterns (low bits) and source patterns (high bits) the words can trigger. */
export function triggerMask(words: readonly string[], hashes: readonly number[] = words.map(wordHash)): { cues: number; sources: number } {
  const mask = TRIGGERS.mask(words, hashes);
  return { cues: mask, sources: mask >>> CUE_TRIGGER_GROUPS.length };
}

export function analyseSentence(sentence: Sentence): SentenceAnalysis {
  const text = sentence.text;
  const tokens = new SentenceWords(text);
  const mask = TRIGGERS.maskOf(tokens);
  // The scan lower-cases only ASCII; when the text holds letters that lower-case into ASCII, words can hide.
  // A pattern's word may also sit beside an apostrophe ("d'March"): the cue patterns see those words too.
  const wideMask = tokens.caseShifted ? -1 : TRIGGERS.wideMaskOf(tokens, mask);
  const wide = wideMask >>> WIDE_SHIFT;
  const hints: CueHints = {
    hasDigit: tokens.hasDigit,
    hasDoubleQuote: tokens.hasDoubleQuote,
    numberThenLetter: tokens.numberThenLetter,
    numberThenPercent: tokens.numberThenPercent,
    currencyThenNumber: tokens.currencyThenNumber,
    currencyWord: (wide & CURRENCY) !== 0,
  };
  const cues = findCues(text, wideMask, hints, tokens);
  // The wide mask here too: in "Astana’supports" (a space lost) the verb is the second half of one token.
  const sourceTriggers = wideMask >>> CUE_TRIGGER_GROUPS.length;
  const source = findSource(text, sourceTriggers, tokens);
  // The cheap tests first: QUESTION needs a "?", BY_LINE a leading "By".
  const rhetorical =
    (!tokens.hasDigit && (wide & RHETORICAL_BIT) !== 0 && RHETORICAL.test(text)) ||
    (tokens.hasQuestionMark && QUESTION.test(text)) ||
    (text.startsWith('By') && BY_LINE.test(text));
  const figurative = (wide & FIGURATIVE_BIT) !== 0 && FIGURATIVE.test(text);
  return new Analysis(sentence, cues, source, rhetorical, figurative, tokens, (wide & PERSONAL_BIT) !== 0, sourceTriggers);
}

class Analysis implements SentenceAnalysis {
  constructor(
    readonly sentence: Sentence,
    readonly cues: readonly Cue[],
    readonly source: FoundSource | null,
    readonly rhetorical: boolean,
    readonly figurative: boolean,
    readonly tokens: SentenceWords,
    readonly mayBePersonal: boolean,
    readonly sourceTriggers: number,
  ) {}

  get words(): readonly string[] {
    return this.tokens.words;
  }

  get hashes(): readonly number[] {
    return this.tokens.hashes;
  }
}

// When a sentence carries several kinds, the most checkable one names the highlight.
const KIND_ORDER: readonly ClaimKind[] = ['quote', 'statistic', 'attribution', 'prediction', 'causal', 'comparison', 'event'];

/** What the kind, cue and source helpers read: a sentence's analysis, or a clause's share of it. */
export type CueView = Pick<SentenceAnalysis, 'sentence' | 'cues' | 'source'>;
/** What the rules that force a highlight read (see forcedReason). */
export type RuleView = CueView & Pick<SentenceAnalysis, 'rhetorical' | 'figurative' | 'mayBePersonal'>;

// Every combination of kinds as one shared set, by a bit per CLAIM_KINDS entry: kindsOf runs for every
// sentence and clause, and a new Set each time was a tenth of detection's garbage.
const KIND_SETS: readonly ReadonlySet<ClaimKind>[] = Array.from({ length: 1 << CLAIM_KINDS.length }, (_, mask) => new Set(CLAIM_KINDS.filter((_, i) => (mask & (1 << i)) !== 0)));
const KIND_BIT = new Map(CLAIM_KINDS.map((kind, i) => [kind, 1 << i]));
const [ATTRIBUTION_BIT, EVENT_BIT] = [KIND_BIT.get('attribution') ?? 0, KIND_BIT.get('event') ?? 0];

/** The kinds a sentence's cues and source name; the set is shared: never change it. */
export function kindsOf(analysis: CueView): ReadonlySet<ClaimKind> {
  let mask = 0;
  let hasDate = false;
  const cues = analysis.cues;
  for (let i = 0; i < cues.length; i++) {
    const kind = (cues[i] as Cue).kind;
    if (kind === 'date') hasDate = true;
    else mask |= KIND_BIT.get(kind) ?? 0;
  }
  if (analysis.source && analysis.source.strength > 0) mask |= ATTRIBUTION_BIT;
  if (hasDate && mask === 0) mask = EVENT_BIT;
  return KIND_SETS[mask] as ReadonlySet<ClaimKind>;
}

export function bestKind(kinds: ReadonlySet<ClaimKind>): ClaimKind | null {
  for (const kind of KIND_ORDER) if (kinds.has(kind)) return kind;
  return null;
}

// "statistic (number): " for each kind and label, built once: a label is then one join, not four.
const cuePrefix = perKindAndLabel((kind, label) => `${kind === 'date' ? 'event' : kind} (${label}): `);

/**
 * A claim's reasons: a label for each cue and for the source, then `reason` when given, then `rest`, then
 * `last` when given. Every claim keeps its array, so it is made at its exact length: one grown by push holds 17
 * slots, which the collector copies with the claim.
 */
export function claimReasons(analysis: CueView, reason: string | null, rest: readonly string[], last: string | null): string[] {
  const text = analysis.sentence.text;
  const cues = analysis.cues;
  const source = analysis.source;
  const labels = new Array<string>(cues.length + (source ? 1 : 0) + (reason === null ? 0 : 1) + rest.length + (last === null ? 0 : 1));
  let n = 0;
  for (let i = 0; i < cues.length; i++) {
    const c = cues[i] as Cue;
    labels[n++] = cuePrefix(c) + text.slice(c.start, c.end);
  }
  if (source) labels[n++] = `attribution (${source.via}): ${text.slice(source.start, source.end)}`;
  if (reason !== null) labels[n++] = reason;
  for (let i = 0; i < rest.length; i++) labels[n++] = rest[i] as string;
  if (last !== null) labels[n++] = last;
  return labels;
}

/** A source found in a sentence (offsets relative to it), placed in the article. */
export function sourceSpan(sentence: Sentence, found: FoundSource | null): TextSpan | null {
  if (!found) return null;
  return { start: sentence.start + found.start, end: sentence.start + found.end, text: sentence.text.slice(found.start, found.end) };
}

/** A decision to flag a sentence: its score and the reasons beyond the rule cues. */
export interface Decision {
  readonly score: number;
  readonly cues: readonly string[];
}

export type Decide = (analysis: SentenceAnalysis, kinds: ReadonlySet<ClaimKind>) => Decision | null;

const BYLINE_KINDS: ReadonlySet<ClaimKind> = new Set(['attribution']);
const BYLINE_CUE = "the author's stated affiliation, source of the whole piece";
const STATEMENT_CUE = 'event (statement): no rule matched; the model finds it factual';

/** A claim whose id is still to be given: ids count claims with the same text across the whole article. */
type PendingClaim = { -readonly [K in keyof Claim]: Claim[K] };

/**
 * Builds the claims of each flagged sentence: one per clause when it joins independent clauses with
 * checkable content of their own (see splitClauses), else one for the sentence. A sentence no rule names
 * a kind for is a factual `event`.
 */
export function buildClaims(text: string, decide: Decide): Claim[] {
  const claims: Claim[] = [];
  const byline = findByline(text);
  const sentencesOf = sentenceSplitter(text);
  const blocks = splitBlocks(text);
  for (let k = 0; k < blocks.length; k += 2) pushBlockClaims(sentencesOf(blocks[k] ?? 0, blocks[k + 1] ?? 0), decide, byline, claims);
  // Each claim's text is text.slice(start, end): hashed in place.
  assignIds(claims, claims.map((claim) => fnv1aRange(text, claim.start, claim.end)));
  return claims;
}

/**
 * Pushes the claims of one block's sentences (see splitBlocks), their ids left empty for assignIds. What a
 * block yields depends on its text alone, and on the byline when the byline lies in it.
 */
export function pushBlockClaims(sentences: readonly Sentence[], decide: Decide, byline: Byline | null, claims: Claim[]): void {
  for (const sentence of sentences) {
    const analysis = analyseSentence(sentence);
    const isByline = byline !== null && sentence.start <= byline.span.start && sentence.end >= byline.span.end;
    const kinds = isByline ? BYLINE_KINDS : kindsOf(analysis);
    const decision = isByline ? { score: 1, cues: [`attribution (byline): ${byline.author.text}, ${BYLINE_CUE}`] } : decide(analysis, kinds);
    if (decision === null) continue;
    const clauses = isByline ? null : splitClauses(analysis);
    if (clauses !== null) {
      pushClauseClaims(analysis, kinds, decision, clauses, claims);
      continue;
    }
    const kind = bestKind(kinds) ?? 'event';
    const cues = isByline ? decision.cues : claimReasons(analysis, null, decision.cues, kinds.size === 0 ? STATEMENT_CUE : null);
    const source = isByline ? byline.span : sourceSpan(sentence, analysis.source);
    claims.push({ id: '', start: sentence.start, end: sentence.end, text: sentence.text, kind, score: decision.score, source, cues });
  }
}

/** For each claim's text hash, in article order, how many claims before it share that text. */
export function occurrencesOf(textHashes: readonly number[]): number[] {
  // Occurrences are counted by text hash: the id hashes the same text anyway. As int32 the key is a
  // small integer to V8, which a Map hashes without allocating.
  const seen = new Map<number, number>();
  const occurrences: number[] = [];
  for (let i = 0; i < textHashes.length; i++) {
    const textHash = (textHashes[i] ?? 0) | 0;
    const occurrence = seen.get(textHash) ?? 0;
    seen.set(textHash, occurrence + 1);
    occurrences.push(occurrence);
  }
  return occurrences;
}

/**
 * Gives each claim, in article order, its id: a hash of its text and of how many claims before it share
 * that text. `textHashes[i]` is fnv1a of claim i's text.
 */
export function assignIds(claims: readonly Claim[], textHashes: readonly number[]): void {
  const pending = claims as readonly PendingClaim[];
  const occurrences = occurrencesOf(textHashes);
  for (let i = 0; i < pending.length; i++) (pending[i] as PendingClaim).id = claimId(textHashes[i] ?? 0, occurrences[i] ?? 0);
}

/**
 * A claim per clause: its kind, cues and rule from what lies inside it, its source when named inside it or
 * framing the sentence; the score and the model's reasons stay the sentence's, as the model reads sentences.
 */
function pushClauseClaims(analysis: SentenceAnalysis, kinds: ReadonlySet<ClaimKind>, decision: Decision, clauses: readonly Clause[], claims: Claim[]): void {
  const sentence = analysis.sentence;
  const sentenceReason = forcedReason(analysis, kinds);
  const shared = decision.cues.filter((cue) => cue !== sentenceReason);
  // A clause's share of the analysis, of the same class so that the helpers below see one shape.
  const share = (clause: Clause, source: FoundSource | null): Analysis => {
    const part = { start: sentence.start + clause.start, end: sentence.start + clause.end, text: clause.text, index: sentence.index };
    return new Analysis(part, clause.cues, source, analysis.rhetorical, analysis.figurative, analysis.tokens, analysis.mayBePersonal, analysis.sourceTriggers);
  };
  for (const clause of clauses) {
    const view = share(clause, clause.source);
    const clauseKinds = kindsOf(view);
    const cues = claimReasons(view, forcedReason(view, clauseKinds), shared, null);
    const source = clause.framedBy ? sourceSpan(sentence, clause.framedBy) : sourceSpan(view.sentence, view.source);
    const kind = bestKind(clauseKinds) ?? 'event';
    claims.push({ id: '', start: view.sentence.start, end: view.sentence.end, text: clause.text, kind, score: decision.score, source, cues });
  }
}
