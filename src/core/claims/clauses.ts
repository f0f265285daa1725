import { ClauseWords, SOURCE_VERB_HASHES } from './clauseWords';
import type { Cue } from './cues';
import type { SentenceAnalysis } from './detect';
import { findSource, FRAMING_VIA, SOURCE_VERB_TRIGGER, type FoundSource } from './sources';
import { isJsSpace } from './words';

/** One clause of a flagged sentence, with offsets relative to the sentence text. */
export interface Clause {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The sentence's cues inside the clause, relative to the clause text. */
  readonly cues: readonly Cue[];
  /** The source named inside the clause, relative to the clause text. */
  readonly source: FoundSource | null;
  /** A source outside the clause that frames it ("according to X, A rose, and B fell"), relative to the sentence. */
  readonly framedBy: FoundSource | null;
}

export type ClauseInput = Pick<SentenceAnalysis, 'sentence' | 'cues' | 'source' | 'tokens' | 'sourceTriggers'>;

// ", and " / ", but " / ", while " / ", whereas " / "; " / " and ": where independent clauses may join.
const JOINT = /(?:,\s+(?:and|but|while|whereas)|;|\sand)\s+/g;
const MAX_JOINTS = 16;
// Verbs whose object is what the speaker said: no clause of it is split from its speaker.
const REPORTING = /\b(?:said|says|say|told|tells|stated|declared|claimed|argued|insisted|warned|explained|wrote|tweeted|believes?|believed|thinks|thought|predicted|predicts|pointed out|made clear|acknowledged|admitted|(?:announced|announces|confirmed|confirms|noted|notes|stressed|stressing|stresses|reported|reports|revealed|reveals|added|adds|estimated|estimates|expressed|expresses|emphasi[sz]ed|hopes|hoped|denied|denies)(?=,?\s+that\b))\b/gi;
const COMMA_THEN_FEW_WORDS = /[,”"]\s*(?:[\p{L}\p{N}’'.-]+\s+){0,6}$/u;
const FEW_WORDS_TO_END = /^(?:\s+[\p{L}\p{N}’'.-]+,?){0,8}[\s.!?”"’')\]]*$/u;
const CLOSING = /^[\s.!?”"’')\]]*$/;
const QUOTED = /“[^”]*”?|"[^"]*"?|\([^)]*\)?|\[[^\]]*\]?/g;
const PAIRING = /\b(?:between|both|either|neither)\s+(?!each other\b|one another\b)/gi;
const PAIRED: Readonly<Record<string, RegExp>> = { between: /\sand\s/, both: /\sand\s/, either: /\sor\s/, neither: /\snor\s/ };

interface Joint {
  readonly start: number;
  readonly end: number;
}

/** What the joint tests share for one sentence: its words and the sources found in its parts. */
class SentenceScan {
  readonly text: string;
  readonly words: ClauseWords;
  private sources: Map<number, FoundSource | null> | null = null;

  constructor(readonly analysis: ClauseInput) {
    this.text = analysis.sentence.text;
    this.words = new ClauseWords(analysis.tokens, this.text);
  }

  /** The source named in [start, end), relative to that piece. */
  sourceIn(start: number, end: number): FoundSource | null {
    this.sources ??= new Map();
    const key = start * 65536 + end;
    let found = this.sources.get(key);
    if (found === undefined) {
      found = findSource(this.text.slice(start, end), this.analysis.sourceTriggers);
      this.sources.set(key, found);
    }
    return found;
  }

  /** A cue, the sentence's source or a source of its own inside [start, end). */
  ownsContent(start: number, end: number): boolean {
    for (const cue of this.analysis.cues) if (cue.start >= start && cue.end <= end) return true;
    const source = this.analysis.source;
    if (source && source.start >= start && source.end <= end && source.strength > 0) return true;
    const found = this.sourceIn(start, end);
    return found !== null && found.strength > 0;
  }

  /** The part of the sentence outside what someone is reported to have said, where joints may be. */
  reportingWindow(): [number, number] {
    const text = this.text;
    let lo = 0;
    let hi = text.length;
    REPORTING.lastIndex = 0;
    for (let m = REPORTING.exec(text); m !== null; m = REPORTING.exec(text)) {
      const end = m.index + m[0].length;
      // "A rose, and B fell, the ministry said." has what was said before the verb; "X said A ..." after it.
      const before = text.slice(Math.max(0, m.index - 80), m.index);
      if (COMMA_THEN_FEW_WORDS.test(before) && FEW_WORDS_TO_END.test(text.slice(end)) && !this.words.hasVerb(end, text.length)) lo = Math.max(lo, end);
      else hi = Math.min(hi, m.index);
    }
    return [lo, hi];
  }

  /** The joints between independent clauses in [from, to), cheapest tests first: most fail on the words after them. */
  joints(from: number, to: number): Joint[] {
    const { text, analysis, words } = this;
    const joints: Joint[] = [];
    let shielded: [number, number][] | null = null;
    let window: [number, number] | null = null;
    let segmentStart = 0;
    JOINT.lastIndex = from;
    for (let m = JOINT.exec(text), n = 0; m !== null && m.index < to && n < MAX_JOINTS; m = JOINT.exec(text), n++) {
      const start = m.index;
      const end = start + m[0].length;
      const mark = text.charCodeAt(start);
      if (mark === 59 && /&#?\w+$/.test(text.slice(Math.max(0, start - 10), start))) continue;
      if (!words.startsClause(end, false)) continue;
      const chunkStart = lastBreak(text, segmentStart, start);
      const chunkHasVerb = words.hasVerb(chunkStart, start);
      // A bare "and" joins clauses only after a verb of its own piece: else it joins nouns.
      if (mark !== 44 && mark !== 59 && !chunkHasVerb) continue;
      if (!chunkHasVerb && (!words.startsClause(end, true) || !words.hasVerb(segmentStart, chunkStart))) continue;
      if (analysis.cues.some((c) => c.start < end && c.end > start)) continue;
      const source = analysis.source;
      if (source && source.start < end && source.end > start) continue;
      if (pairedBefore(text, segmentStart, start)) continue;
      window ??= this.reportingWindow();
      if (start < window[0] || end > window[1]) continue;
      shielded ??= shieldedSpans(text);
      if (shielded.some(([a, b]) => a < end && b > start)) continue;
      joints.push({ start, end });
      segmentStart = end;
    }
    return joints;
  }
}

/** Spans of quotations and brackets: a clause is never cut inside one. */
function shieldedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(text); m !== null; m = QUOTED.exec(text)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** Where the comma-separated piece of text that ends at `to` starts. */
function lastBreak(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 59 || c === 58 || c === 40) return i + 1;
  }
  return from;
}

/**
 * "between X and", "both X and", "either X or": a pairing word in [from, to) whose "and" has not come yet
 * pairs two nouns at the joint ("between each other" pairs nothing).
 */
function pairedBefore(text: string, from: number, to: number): boolean {
  const piece = text.slice(from, to);
  PAIRING.lastIndex = 0;
  for (let m = PAIRING.exec(piece); m !== null; m = PAIRING.exec(piece)) {
    const pair = PAIRED[m[0].trimEnd().toLowerCase()];
    if (pair && !pair.test(piece.slice(m.index + m[0].length))) return true;
  }
  return false;
}

/** Whether the sentence's source frames every clause: "According to X, ..." or "..., according to X." */
function frames(text: string, source: FoundSource): boolean {
  if (!FRAMING_VIA.test(source.via)) return false;
  const before = text.slice(0, source.start).replace(/\s+/g, ' ').trim().toLowerCase().replace(/^[“"(]/, '');
  if (before === source.via) return /^\s*,/.test(text.slice(source.end));
  return before.endsWith(`, ${source.via}`) && CLOSING.test(text.slice(source.end));
}

/**
 * Where a joint can have content on both sides: after the end of the first cue, source or reporting verb,
 * before the start of the last. [n, 0] when there is only one.
 */
function contentRange(analysis: ClauseInput): [number, number] {
  let from = analysis.sentence.text.length;
  let to = 0;
  if ((analysis.sourceTriggers & SOURCE_VERB_TRIGGER) !== 0) {
    const tokens = analysis.tokens;
    for (let i = 0; i < tokens.length; i++) {
      if (!SOURCE_VERB_HASHES.has((tokens.hashes[i] ?? 0) | 0)) continue;
      const at = tokens.startOf(i);
      from = Math.min(from, at + 1);
      to = Math.max(to, at);
    }
  }
  for (const cue of analysis.cues) {
    from = Math.min(from, cue.end);
    to = Math.max(to, cue.start);
  }
  const source = analysis.source;
  if (source) {
    from = Math.min(from, source.end);
    to = Math.max(to, source.start);
  }
  return [from, to];
}

/**
 * The clauses of a flagged sentence that joins independent clauses with different checkable content, or
 * null when it stays one claim. A clause without a cue of its own stays with its neighbour.
 */
export function splitClauses(analysis: ClauseInput): Clause[] | null {
  const text = analysis.sentence.text;
  // Offsets of a case-shifted scan are those of a lower-cased copy, not of the text.
  if (analysis.tokens.caseShifted || (analysis.cues.length === 0 && analysis.source === null)) return null;
  const [from, to] = contentRange(analysis);
  if (from >= to) return null;
  // Most flagged sentences have no joint between their first and last piece of content: no scan for them.
  JOINT.lastIndex = from;
  const first = JOINT.exec(text);
  if (first === null || first.index >= to) return null;
  const scan = new SentenceScan(analysis);
  const joints = scan.joints(first.index, to);
  if (joints.length === 0) return null;
  const spans: [number, number][] = [];
  let pendingStart = -1;
  for (let j = 0; j <= joints.length; j++) {
    const start = j === 0 ? 0 : (joints[j - 1] as Joint).end;
    const end = j === joints.length ? text.length : (joints[j] as Joint).start;
    const last = spans[spans.length - 1];
    if (scan.ownsContent(start, end)) {
      spans.push([pendingStart >= 0 ? pendingStart : start, end]);
      pendingStart = -1;
    } else if (last) last[1] = end;
    else pendingStart = start;
  }
  if (spans.length < 2) return null;
  return spans.map(([start, end]) => clauseAt(scan, start, end));
}

function clauseAt(scan: SentenceScan, rawStart: number, rawEnd: number): Clause {
  const { text, analysis } = scan;
  let start = rawStart;
  let end = rawEnd;
  while (start < end && isJsSpace(text.charCodeAt(start))) start++;
  while (end > start && isJsSpace(text.charCodeAt(end - 1))) end--;
  const cues: Cue[] = [];
  for (const c of analysis.cues) if (c.start >= start && c.end <= end) cues.push({ kind: c.kind, label: c.label, start: c.start - start, end: c.end - start });
  const outer = analysis.source;
  let source: FoundSource | null;
  let framedBy: FoundSource | null = null;
  if (outer && outer.start >= start && outer.end <= end) source = { start: outer.start - start, end: outer.end - start, via: outer.via, strength: outer.strength };
  else source = scan.sourceIn(start, end);
  if (source === null && outer && frames(text, outer)) framedBy = outer;
  return { start, end, text: text.slice(start, end), cues, source, framedBy };
}
