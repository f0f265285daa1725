import { VERB_CUE_WORDS } from './cues';
import { hashedWords, inSet, wordHash } from './features';
import { SOURCE_VERB_WORDS } from './sources';
import type { SentenceWords } from './words';

const set = (list: string): ReadonlySet<string> => new Set(list.split(' '));
// Finite verbs that need no guessing: a subject followed by one of these is a clause.
const AUXILIARIES = set("is are was were has have had will would can could shall should may might must do does did won't can't cannot isn't aren't wasn't weren't hasn't haven't hadn't doesn't don't didn't wouldn't couldn't shouldn't");
const DETERMINERS = set('the a an this that these those its their his her our my your some any each every no all both many several few more most such another other');
// A clause cannot start with these: a preposition, a word that continues or subordinates the previous
// clause, or a number word, which ends a figure ("three hundred and two") more often than it starts a subject.
const NOT_FIRST = set(
  'of in on at by for with from to into onto under over between through during after before since until as than about against among across within without via per upon toward towards around including despite amid ' +
    'and or but nor so yet then thus also not that which who whom whose where when while if because although though whether even only just still therefore hence thereby too either neither both now already never always often later soon again ever once perhaps maybe instead ' +
    'one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion trillion',
);
const RELATIVES = set('that which who whom whose');
const NOT_PAST = set('hundred indeed united speed breed');
const LY_NOUNS = set('family supply ally assembly rally monopoly reply');
const ING_PRONOUNS = set('nothing something everything anything');
const LISTED_VERBS: ReadonlySet<string> = new Set([...VERB_CUE_WORDS, ...SOURCE_VERB_WORDS]);

/** The kind of each verb by hash: AUXILIARY or VERB. */
const VERB_KINDS = new Map<number, number>();
const DETERMINER_HASHES = hashedWords(DETERMINERS);
const NOT_FIRST_HASHES = hashedWords(NOT_FIRST);
const RELATIVE_HASHES = hashedWords(RELATIVES);
/** wordHash of each reporting or stance verb a source can be the subject of ("said", "supports"). */
export const SOURCE_VERB_HASHES = hashedWords(SOURCE_VERB_WORDS);
const TO_HASH = wordHash('to') | 0;

export const NONE = 0;
const VERB = 1;
const AUXILIARY = 2;
for (const word of LISTED_VERBS) VERB_KINDS.set(wordHash(word) | 0, VERB);
for (const word of AUXILIARIES) VERB_KINDS.set(wordHash(word) | 0, AUXILIARY);

const lower = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);
const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/**
 * A sentence's words as the clause rules read them: which are verbs, and whether a clause with its own
 * subject starts somewhere. Words are looked up by the hashes the scan computed; strings are built only
 * to settle a hash hit.
 */
export class ClauseWords {
  constructor(
    readonly tokens: SentenceWords,
    readonly text: string,
  ) {}

  private is(i: number, words: ReadonlySet<string>, wordHashes: ReadonlySet<number>): boolean {
    return !this.tokens.isNumber(i) && inSet(this.tokens, i, words, wordHashes);
  }

  /** The ASCII letters of the word at token i, as [start, end) in the text. */
  private lettersEnd(i: number): number {
    const text = this.text;
    let end = this.tokens.startOf(i);
    // Bounded: a read past the end gives NaN, which drops this loop's optimised code.
    while (end < text.length && isLetter(text.charCodeAt(end))) end++;
    return end;
  }

  private endsWith(i: number, suffix: string): boolean {
    const end = this.lettersEnd(i);
    if (end - this.tokens.startOf(i) < suffix.length) return false;
    for (let k = 0; k < suffix.length; k++) if (lower(this.text.charCodeAt(end - suffix.length + k)) !== suffix.charCodeAt(k)) return false;
    return true;
  }

  /**
   * Whether token i is a verb (VERB) or an auxiliary (AUXILIARY): a listed verb or a past tense of five
   * letters or more, not a noun after "the" ("the cut"), nor half of a compound ("Chinese-funded"), nor an
   * infinitive ("to do").
   */
  verb(i: number): number {
    const { tokens, text } = this;
    if (tokens.isNumber(i)) return NONE;
    const start = tokens.startOf(i);
    let kind = VERB_KINDS.get((tokens.hashes[i] ?? 0) | 0) ?? NONE;
    if (kind !== NONE && !(kind === AUXILIARY ? AUXILIARIES : LISTED_VERBS).has(tokens.word(i))) kind = NONE;
    if (kind === NONE && this.lettersEnd(i) - start >= 5 && this.endsWith(i, 'ed') && !NOT_PAST.has(tokens.word(i))) kind = VERB;
    if (kind === NONE || (start > 0 && text.charCodeAt(start - 1) === 45)) return NONE;
    if (i === 0) return kind;
    if (((tokens.hashes[i - 1] ?? 0) | 0) === TO_HASH || this.is(i - 1, DETERMINERS, DETERMINER_HASHES)) return NONE;
    return kind;
  }

  /** The index of the first token starting at or after `at`. */
  tokenAt(at: number): number {
    const tokens = this.tokens;
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens.startOf(mid) < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Whether a token in [from, to) is a verb. */
  hasVerb(from: number, to: number): boolean {
    const end = this.tokenAt(to);
    // From the end: the verb nearest a joint is the one that matters, and the likeliest to be found first.
    for (let i = end - 1, first = this.tokenAt(from); i >= first; i--) if (this.verb(i) !== NONE) return true;
    return false;
  }

  /**
   * Whether a clause with its own subject and verb starts at `from`: a few subject words, then a verb.
   * After a list ("independence, sovereignty and territorial integrity, and ...") only an auxiliary counts,
   * since a participle there ("and the newly opened airport") is more likely another item of the list.
   */
  startsClause(from: number, afterList: boolean): boolean {
    const { tokens, text } = this;
    const first = this.tokenAt(from);
    // A figure first is more likely the end of a range or list ("between 5 and 10 percent") than a subject.
    if (first >= tokens.length || tokens.isNumber(first) || this.lettersEnd(first) - tokens.startOf(first) < 2) return false;
    if (this.is(first, NOT_FIRST, NOT_FIRST_HASHES) || this.verb(first) !== NONE) return false;
    const initial = text.charCodeAt(tokens.startOf(first));
    const capital = initial >= 65 && initial <= 90;
    if (!capital && this.endsWith(first, 'ly') && !LY_NOUNS.has(tokens.word(first))) return false;
    if (!capital && this.endsWith(first, 'ing') && this.lettersEnd(first) - tokens.startOf(first) >= 6 && !ING_PRONOUNS.has(tokens.word(first))) return false;
    for (let i = first + 1; i < tokens.length && i <= first + 6; i++) {
      const kind = this.verb(i);
      if (kind === NONE) {
        if (this.is(i, RELATIVES, RELATIVE_HASHES)) return false;
        continue;
      }
      // A comma inside the would-be subject: an apposition or a list, not a plain subject.
      for (let k = from; k < tokens.startOf(i); k++) {
        const c = text.charCodeAt(k);
        if (c === 44 || c === 59 || c === 58) return false;
      }
      return kind === AUXILIARY || !afterList;
    }
    return false;
  }
}
