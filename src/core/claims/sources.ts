import { Anchors } from './anchors';
import { isJsSpace, type SentenceWords } from './words';
/** A source the sentence names, with offsets relative to the sentence text. */
export interface FoundSource {
  readonly start: number;
  readonly end: number;
  /** The phrase that ties the source to the claim, e.g. "said" or "according to". */
  readonly via: string;
  /** 2 for reporting verbs, 1 for stance verbs, 0 for passive "by" phrases: the strongest wins. */
  readonly strength: number;
}

const SPEECH_VERBS = String.raw`said|says|say|told|tells|stated|states|announced|announces|declared|declares|noted|notes|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|reported|reports|confirmed|confirms|denied|denies|claimed|claims|argued|argues|insisted|insists|warned|warns|explained|explains|added|wrote|writes|tweeted|revealed|estimated|estimates|expressed|expresses|pointed out|made clear|acknowledged|admitted|pledged|vowed|promised|urged|called for|predicted|predicts|sent (?:a|an) (?:\w+ )?(?:message|letter)`;
const STANCE_VERBS = String.raw`supports|supported|support|backs|backed|opposes|opposed|welcomed|welcomes|praised|praises|condemned|condemns|critici[sz]ed|critici[sz]es|endorsed|endorses|rejected|rejects`;
// Each pattern runs only when one of its words occurs: most sentences name no source.
/** The first word of every reporting and stance verb a source can be the subject of ("said", "supports"). */
export const SOURCE_VERB_WORDS: ReadonlySet<string> = new Set(
  `${SPEECH_VERBS}|${STANCE_VERBS}`
    .split('|')
    .map((verb) => verb.split(' ')[0] ?? '')
    .flatMap((verb) => (verb.includes('[sz]') ? [verb.replace('[sz]', 's'), verb.replace('[sz]', 'z')] : [verb]))
    // Not the pieces of "sent (?:a|an) (?:\w+ )?(?:message|letter)" the split leaves ("an)", "letter)").
    .filter((verb) => /^[a-z]+$/.test(verb)),
);
// The phrases that name a source before it, and that frame a whole statement, not just the clause they stand in.
const FRAMING = 'according to|data from|figures from|statistics from|estimates from|a report by|a study by|a survey by';
/** A source named this way frames a whole statement, not just the clause it stands in. */
export const FRAMING_VIA = new RegExp(`^(?:${FRAMING})$`);
const AFTER_WORDS = new Set(['according', 'from', 'by']);
const INVERTED_WORDS = new Set(['said', 'says', 'told', 'added', 'noted', 'stated', 'wrote', 'explained']);
const VERB_PATTERN = new RegExp(String.raw`\b(?:(${SPEECH_VERBS})|(${STANCE_VERBS}))\b`, 'g');
const AFTER_PATTERN = new RegExp(String.raw`\b(${FRAMING}|(?:proposed|published|released|compiled|reported|announced) by)\s+`, 'gi');
const INVERTED_PATTERN = /(?:[,”"]\s*)(said|says|told|added|noted|stated|wrote|explained)\s+/g;

const SKIPPABLE = new Set([
  'has', 'have', 'had', 'is', 'was', 'were', 'are', 'also', 'again', 'been', 'and', 'already', 'once',
  'publicly', 'reportedly', 'repeatedly', 'openly', 'immediately', 'recently', 'previously', 'often',
  'always', 'never', 'not', 'firmly', 'strongly', 'actively', 'consistently', 'later', 'then', 'just',
]);
const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'de', 'du', 'al', 'bin', 'van', 'von', 'on']);
const LEADING_NOISE = new Set([
  'The', 'A', 'An', 'In', 'On', 'At', 'But', 'And', 'When', 'While', 'This', 'That', 'These', 'Those',
  'Yet', 'So', 'However', 'Meanwhile', 'Still', 'Also', 'Then', 'Now', 'Today', 'As', 'If', 'Since',
  'After', 'Before', 'Last', 'Next', 'Earlier', 'Later', 'Both', 'Over', 'For', 'From', 'With', 'By',
]);
const PRONOUNS = new Set(['I', 'We', 'You', 'He', 'She', 'It', 'They', 'Everyone', 'Nobody', 'Someone']);
const SOURCE_NOUNS = new Set([
  'ministry', 'office', 'officials', 'official', 'spokesman', 'spokeswoman', 'spokesperson', 'agency',
  'bureau', 'department', 'government', 'police', 'report', 'study', 'survey', 'data', 'statistics',
  'experts', 'analysts', 'researchers', 'economists', 'scientists', 'sources', 'committee', 'commission',
  'bank', 'institute', 'company', 'court', 'authorities', 'administration', 'embassy', 'ambassador',
  'president', 'minister', 'secretary', 'prosecutors', 'regulator', 'service', 'organization',
  'organisation', 'council', 'parliament', 'customs', 'census', 'poll', 'index', 'figures',
]);

interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}’'.-]*|[^\s\p{L}\p{N}]/gu;

/** Words ([\p{L}\p{N}] then [\p{L}\p{N}’'.-]*) and single marks, as WORD finds them. */
function tokens(text: string, offset: number): Token[] {
  return plainMarks(text) ? plainTokens(text, offset) : patternTokens(text, offset);
}

export function patternTokens(text: string, offset: number): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    out.push({ text: m[0], start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return out;
}

const isAsciiAlphanumeric = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
// “ ” ‘ ’ – — … € £ ¥ « » ° ·: outside ASCII, but neither letters nor numbers nor spaces.
const PLAIN_MARKS = new Set([0x201c, 0x201d, 0x2018, 0x2019, 0x2013, 0x2014, 0x2026, 0x20ac, 0xa3, 0xa5, 0xab, 0xbb, 0xb0, 0xb7]);

/** Whether every character is ASCII, a space or one of PLAIN_MARKS: then plainTokens reads it as WORD does. */
export function plainMarks(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 && !PLAIN_MARKS.has(c) && !isJsSpace(c)) return false;
  }
  return true;
}

/** WORD's tokens without the regex, for text that plainMarks accepts: most windows are, and this is the hot path. */
export function plainTokens(text: string, offset: number): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isAsciiAlphanumeric(c)) {
      const start = i;
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (!(isAsciiAlphanumeric(d) || d === 0x2019 || d === 39 || d === 46 || d === 45)) break;
      }
      out.push({ text: text.slice(start, i), start: offset + start, end: offset + i });
    } else {
      if (!isJsSpace(c)) out.push({ text: text.charAt(i), start: offset + i, end: offset + i + 1 });
      i++;
    }
  }
  return out;
}

// ASCII answers first: the Unicode patterns settle only words that start outside ASCII.
const isCapitalised = (word: string): boolean => {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(word);
};
const isLowerWord = (word: string): boolean => {
  const first = word.charCodeAt(0);
  if (!(first >= 97 && first <= 122)) return first >= 128 && /^\p{Ll}[\p{Ll}’'-]*$/u.test(word);
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return /^\p{Ll}[\p{Ll}’'-]*$/u.test(word);
    if (!((c >= 97 && c <= 122) || c === 39 || c === 45)) return false;
  }
  return true;
};
const isAdverb = (word: string): boolean => word.endsWith('ly') && /^\p{Ll}+ly$/u.test(word);

function stripPossessive(token: Token): Token {
  const m = /(?:’s|'s|’|')$/.exec(token.text);
  if (!m) return token;
  return { text: token.text.slice(0, m.index), start: token.start, end: token.end - m[0].length };
}

/** A named phrase: capitalised words with inner connectors, or a noun phrase headed by a source noun. */
function namedPhrase(run: readonly Token[]): Token[] | null {
  const trimmed = [...run];
  while (trimmed.length > 0 && (CONNECTORS.has(trimmed[0]?.text ?? '') || LEADING_NOISE.has(trimmed[0]?.text ?? ''))) {
    const first = trimmed[0]?.text ?? '';
    // "the ministry", "The ministry": a determiner before a common noun belongs to the source.
    if (trimmed.length > 1 && /^(?:the|The|a|A|an|An)$/.test(first) && isLowerWord(trimmed[1]?.text ?? '')) break;
    trimmed.shift();
  }
  while (trimmed.length > 0 && CONNECTORS.has(trimmed[trimmed.length - 1]?.text ?? '')) trimmed.pop();
  if (trimmed.length === 0) return null;
  if (trimmed.length === 1 && PRONOUNS.has(trimmed[0]?.text ?? '')) return null;
  const head = trimmed[trimmed.length - 1]?.text ?? '';
  const named = trimmed.some((t) => isCapitalised(t.text) && !PRONOUNS.has(t.text));
  return named || SOURCE_NOUNS.has(head.toLowerCase()) ? trimmed : null;
}

const SPACE = /\s/g;
// Most subjects sit in the last few words before the verb.
const NEAR = 40;

/** The subject just before a verb: skips auxiliaries and adverbs, then takes the named phrase. */
function subjectBefore(sentence: string, verbStart: number): Token[] | null {
  const windowStart = Math.max(0, verbStart - 120);
  // A token never spans whitespace, so the window's last tokens are those of the text after a space
  // in it; only when the subject may reach further back is the whole window tokenised.
  SPACE.lastIndex = Math.max(windowStart, verbStart - NEAR);
  const space = SPACE.exec(sentence)?.index ?? verbStart;
  if (space > windowStart && space < verbStart) {
    const near = subjectIn(tokens(sentence.slice(space, verbStart), space), false);
    if (near !== undefined) return near;
  }
  return subjectIn(tokens(sentence.slice(windowStart, verbStart), windowStart), true) ?? null;
}

/** subjectBefore over the window's tokens; undefined when they are not `complete` and ran out. */
function subjectIn(toks: readonly Token[], complete: boolean): Token[] | null | undefined {
  let i = toks.length - 1;
  while (i >= 0 && (SKIPPABLE.has(toks[i]?.text ?? '') || isAdverb(toks[i]?.text ?? ''))) i--;
  const run: Token[] = [];
  for (; i >= 0 && run.length < 8; i--) {
    const tok = toks[i];
    if (!tok) break;
    const capital = isCapitalised(tok.text);
    const lowerNp = isLowerWord(tok.text) && (run.length === 0 ? SOURCE_NOUNS.has(tok.text) : true);
    if (!capital && !CONNECTORS.has(tok.text) && !lowerNp) return namedPhrase(run);
    if (!capital && run.length > 0 && !CONNECTORS.has(tok.text) && isCapitalised(run[0]?.text ?? '')) return namedPhrase(run);
    run.unshift(run.length === 0 ? stripPossessive(tok) : tok);
  }
  if (i < 0 && run.length < 8 && !complete) return undefined;
  return namedPhrase(run);
}

/** The named phrase right after a cue ("according to the customs office, ..."). */
function phraseAfter(sentence: string, from: number): Token[] | null {
  const toks = tokens(sentence.slice(from, from + 160), from);
  const run: Token[] = [];
  for (const tok of toks) {
    if (!/^[\p{L}\p{N}]/u.test(tok.text) || run.length >= 10) break;
    if (['that', 'which', 'who', 'when', 'while', 'shows', 'show', 'showed'].includes(tok.text)) break;
    run.push(tok);
  }
  const last = run[run.length - 1];
  if (last && last.text.endsWith('.')) run[run.length - 1] = { ...last, text: last.text.slice(0, -1), end: last.end - 1 };
  return run.length > 0 ? run : null;
}

function toSource(run: readonly Token[] | null, via: string, strength: number): FoundSource | null {
  const first = run?.[0];
  const last = run?.[run.length - 1];
  if (!first || !last) return null;
  return { start: first.start, end: last.end, via, strength };
}

// Enough for any prose sentence; bounds the work on a 'sentence' that is really a blob.
const MAX_MATCHES = 32;
const AFTER = 1;
const INVERTED = 2;
const VERB = 4;
/** The bit of findSource's mask for reporting and stance verbs ("said", "supports"). */
export const SOURCE_VERB_TRIGGER = VERB;
/** The trigger words of the three source patterns: bits 0, 1 and 2 of findSource's mask. */
export const SOURCE_TRIGGER_GROUPS = [AFTER_WORDS, INVERTED_WORDS, SOURCE_VERB_WORDS];

// The pattern of each bit of the mask, by bit index, and where their matches start (see Anchors).
const ANCHORS = new Anchors([
  { pattern: AFTER_PATTERN, leads: 'according data figures statistics estimates proposed published released compiled reported announced | a: report study survey' },
  { pattern: INVERTED_PATTERN, leads: '' },
  { pattern: VERB_PATTERN, leads: [...SOURCE_VERB_WORDS].join(' ') },
]);

/** The patterns that run at their leads only, for the test that holds them to their global search. */
export const SOURCE_LEAD_PATTERNS: readonly RegExp[] = [AFTER_PATTERN, VERB_PATTERN];

/** Up to MAX_MATCHES matches of the pattern of mask bit `index`, in order: at its leads only when the scan allows. */
function matchesOf(sentence: string, index: number, tokens: SentenceWords | undefined): RegExpExecArray[] {
  const scan = tokens !== undefined && ANCHORS.usable(tokens, index) ? tokens : null;
  const matches: RegExpExecArray[] = [];
  for (let m = ANCHORS.nextMatch(sentence, index, scan, null); m !== null && matches.length < MAX_MATCHES; m = ANCHORS.nextMatch(sentence, index, scan, m)) matches.push(m);
  return matches;
}

/** The first-found of the two unless `found` is stronger. */
function stronger(best: FoundSource | null, found: FoundSource | null): FoundSource | null {
  return found && (!best || found.strength > best.strength) ? found : best;
}

/**
 * The source a sentence names for its claim, the strongest first-found one, or null. `tokens`, the
 * sentence's scan, lets the patterns run only where their words are.
 */
export function findSource(sentence: string, present = -1, tokens?: SentenceWords): FoundSource | null {
  let best: FoundSource | null = null;
  // A pattern whose words are absent is not called at all: three calls that fail at once still cost a
  // tenth of findSource on sentences that name no source.
  if (present & AFTER) {
    for (const m of matchesOf(sentence, 0, tokens)) {
      const via = (m[1] ?? '').toLowerCase();
      best = stronger(best, toSource(phraseAfter(sentence, m.index + m[0].length), via, via.endsWith(' by') && !via.startsWith('a ') ? 0 : 2));
    }
  }
  if (present & INVERTED) {
    for (const m of matchesOf(sentence, 1, tokens)) {
      const run = phraseAfter(sentence, m.index + m[0].length);
      best = stronger(best, toSource(run ? namedPhrase(run.slice(0, 5)) : null, m[1] ?? 'said', 2));
    }
  }
  if (present & VERB) for (const m of matchesOf(sentence, 2, tokens)) best = stronger(best, toSource(subjectBefore(sentence, m.index), m[0], m[1] ? 2 : 1));
  return best;
}
