import type { SentenceAnalysis } from './detect';
import { perKindAndLabel, type Cue } from './cues';
import { fnv1a } from './hash';
import { WORD_SEED, type SentenceWords } from './words';

/** How sentences become sparse binary feature indices; training and detection must agree on it. */
export interface FeatureConfig {
  /** log2 of the number of hashed buckets. */
  readonly bits: number;
  readonly bigrams: boolean;
  readonly charGrams: boolean;
}

function isYear(tok: string): boolean {
  if (tok.length !== 4) return false;
  const head = tok.slice(0, 2);
  return head === '18' || head === '19' || head === '20';
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLower = (c: number): boolean => c >= 97 && c <= 122;

/**
 * Lower-cased ASCII words (with one inner apostrophe), numbers as <num> or <year>, and $ % € £:
 * the vocabulary the model was trained on. A hand-written scanner, because this runs on every sentence.
 */
export function wordTokens(text: string): string[] {
  const out: string[] = [];
  const lower = text.toLowerCase();
  const n = lower.length;
  let i = 0;
  while (i < n) {
    const c = lower.charCodeAt(i);
    if (isLower(c)) {
      const start = i;
      while (i < n && isLower(lower.charCodeAt(i))) i++;
      const q = lower.charCodeAt(i);
      if ((q === 39 || q === 0x2019) && isLower(lower.charCodeAt(i + 1))) {
        const head = lower.slice(start, i);
        i++;
        const tail = i;
        while (i < n && isLower(lower.charCodeAt(i))) i++;
        out.push(`${head}'${lower.slice(tail, i)}`);
      } else {
        out.push(lower.slice(start, i));
      }
    } else if (isDigit(c)) {
      const start = i;
      while (i < n && (isDigit(lower.charCodeAt(i)) || ((lower.charCodeAt(i) === 44 || lower.charCodeAt(i) === 46) && isDigit(lower.charCodeAt(i + 1))))) i++;
      out.push(isYear(lower.slice(start, i)) ? '<year>' : '<num>');
    } else {
      if (c === 36 || c === 37 || c === 0x20ac || c === 0xa3) out.push(lower.charAt(i));
      i++;
    }
  }
  return out;
}

const FIRST_PERSON = new Set(['i', 'we', "i'm", "we're", "i've", "we've", "i'll", "we'll", "i'd", "we'd", 'my', 'our', 'me', 'us']);
const SECOND_PERSON = new Set(['you', "you're", "you've", 'your']);
const CAPITALISED_WORD = /\s[A-Z][a-z]/;
/** The wordHash of each word, kept as int32, which V8 looks up in a Set without boxing. */
export function hashedWords(words: ReadonlySet<string>): ReadonlySet<number> {
  return new Set([...words].map((word) => fnv1a(word, WORD_SEED) | 0));
}
const FIRST_PERSON_HASHES = hashedWords(FIRST_PERSON);
const SECOND_PERSON_HASHES = hashedWords(SECOND_PERSON);

/** Whether token i is one of `words` (whose hashedWords are `hashes`): the hash rules out almost every word, the string settles a collision. */
export const inSet = (tokens: SentenceWords, i: number, words: ReadonlySet<string>, hashes: ReadonlySet<number>): boolean =>
  hashes.has((tokens.hashes[i] ?? 0) | 0) && words.has(tokens.word(i));

/** Hand features from the rules, as names; each becomes one bucket. */
export function ruleFeatureNames(analysis: SentenceAnalysis): string[] {
  const names = new Set<string>();
  for (const cue of analysis.cues) {
    names.add(`cue:${cue.kind}`);
    names.add(`cue:${cue.kind}:${cue.label}`);
  }
  if (analysis.source) names.add(`source:${analysis.source.strength}`);
  if (analysis.rhetorical) names.add('rhetorical');
  const text = analysis.sentence.text;
  const words = analysis.words;
  const first = words[0] ?? '';
  if (FIRST_PERSON.has(first)) names.add('starts:first-person');
  if (SECOND_PERSON.has(first)) names.add('starts:second-person');
  if (words.some((w) => FIRST_PERSON.has(w))) names.add('has:first-person');
  if (/\?\s*$/.test(text)) names.add('question');
  if (/\d/.test(text)) names.add('has:digit');
  if (CAPITALISED_WORD.test(text)) names.add('has:capitalised');
  names.add(`len:${lengthClass(words.length)}`);
  return [...names];
}

const BIGRAM_SEED = fnv1a('b:');
const CHAR_SEED = fnv1a('c:');
const RULE_SEED = fnv1a('f:');

/** The hash of a word feature, the same as hashing "w:" + word. */
export function wordHash(word: string): number {
  return fnv1a(word, WORD_SEED);
}

// Rule feature names come from a small closed set: hash each once.
const ruleHashes = new Map<string, number>();

function ruleHash(name: string): number {
  let hash = ruleHashes.get(name);
  if (hash === undefined) {
    hash = fnv1a(name, RULE_SEED);
    ruleHashes.set(name, hash);
  }
  return hash;
}

const lengthClass = (length: number): string =>
  length < 5 ? 'xs' : length < 10 ? 's' : length < 20 ? 'm' : length < 35 ? 'l' : 'xl';

// The fixed rule features, hashed once rather than named and looked up for every sentence; ruleBuckets
// sets their bits and pushes them at one place, so that a rare one does not reach code never run before.
const FIXED_HASHES = ['rhetorical', 'starts:first-person', 'starts:second-person', 'has:first-person', 'question', 'has:digit', 'has:capitalised'].map(ruleHash);
const [RHETORICAL, STARTS_FIRST, STARTS_SECOND, HAS_FIRST, QUESTION, DIGIT, CAPITALISED] = [1, 2, 4, 8, 16, 32, 64] as const;
const SOURCE_HASHES = [0, 1, 2].map((strength) => ruleHash(`source:${strength}`));
const lengthHash = (length: number): number => ruleHash(`len:${lengthClass(length)}`);
const LENGTH_HASHES = Array.from({ length: 35 }, (_, length) => lengthHash(length));

// Detection needs the hashes, not the names: these avoid building the same strings for every sentence.
const cueFeatureHashes = perKindAndLabel((kind, label): readonly [number, number] => [ruleHash(`cue:${kind}`), ruleHash(`cue:${kind}:${label}`)]);

/**
 * The buckets of the rule features alone (possibly repeated); detection adds the word buckets itself.
 * Must name exactly what ruleFeatureNames names: a unit test compares the two paths.
 */
export function ruleBuckets(analysis: SentenceAnalysis, bits: number): number[] {
  const buckets: number[] = [];
  buckets.length = writeRuleBuckets(analysis, bits, buckets);
  return buckets;
}

/**
 * ruleBuckets written from the start of `hashes`, which may be longer: returns how many. The model passes
 * one array for every sentence instead of a new one each.
 */
export function writeRuleBuckets(analysis: SentenceAnalysis, bits: number, hashes: number[]): number {
  const mask = (1 << bits) - 1;
  let n = 0;
  const cues = analysis.cues;
  // Indexed, not destructured: destructuring allocated an iterator result per cue.
  for (let i = 0; i < cues.length; i++) {
    const pair = cueFeatureHashes(cues[i] as Cue);
    hashes[n++] = pair[0];
    hashes[n++] = pair[1];
  }
  const source = analysis.source;
  if (source) hashes[n++] = SOURCE_HASHES[source.strength] ?? ruleHash(`source:${source.strength}`);
  const text = analysis.sentence.text;
  const tokens = analysis.tokens;
  const startsFirst = tokens.length > 0 && inSet(tokens, 0, FIRST_PERSON, FIRST_PERSON_HASHES);
  const startsSecond = tokens.length > 0 && inSet(tokens, 0, SECOND_PERSON, SECOND_PERSON_HASHES);
  // Every first-person word is, or starts with, a word that mayBePersonal looks for.
  let hasFirst = false;
  if (analysis.mayBePersonal) for (let i = 0; i < tokens.length && !hasFirst; i++) hasFirst = inSet(tokens, i, FIRST_PERSON, FIRST_PERSON_HASHES);
  const question = tokens.hasQuestionMark && /\?\s*$/.test(text);
  // The scan sees capitals unless it had to lower-case the text first.
  const capitalised = tokens.caseShifted ? CAPITALISED_WORD.test(text) : tokens.capitalisedWord;
  const fixed =
    (analysis.rhetorical ? RHETORICAL : 0) |
    (startsFirst ? STARTS_FIRST : 0) |
    (startsSecond ? STARTS_SECOND : 0) |
    (hasFirst ? HAS_FIRST : 0) |
    (question ? QUESTION : 0) |
    (tokens.hasDigit ? DIGIT : 0) |
    (capitalised ? CAPITALISED : 0);
  for (let bit = 0; bit < FIXED_HASHES.length; bit++) if ((fixed & (1 << bit)) !== 0) hashes[n++] = FIXED_HASHES[bit] ?? 0;
  hashes[n++] = LENGTH_HASHES[tokens.length] ?? lengthHash(tokens.length);
  for (let i = 0; i < n; i++) hashes[i] = (hashes[i] ?? 0) & mask || 1;
  return n;
}

/** The distinct feature buckets of a sentence, bias bucket 0 included: what training sees. */
export function featurize(analysis: SentenceAnalysis, config: FeatureConfig): number[] {
  const mask = (1 << config.bits) - 1;
  const buckets = new Set<number>([0]);
  const add = (hash: number): void => {
    buckets.add(hash & mask || 1);
  };
  let previous = '<s>';
  for (const word of analysis.words) {
    add(wordHash(word));
    if (config.bigrams) add(fnv1a(`${previous} ${word}`, BIGRAM_SEED));
    if (config.charGrams && word.length > 4) {
      for (let i = 0; i + 4 <= word.length; i++) add(fnv1a(word.slice(i, i + 4), CHAR_SEED));
    }
    previous = word;
  }
  if (config.bigrams) add(fnv1a(`${previous} </s>`, BIGRAM_SEED));
  for (const name of ruleFeatureNames(analysis)) add(ruleHash(name));
  return [...buckets];
}
