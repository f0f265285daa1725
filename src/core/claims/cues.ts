import { Anchors } from './anchors';
import type { ClaimKind } from './types';
import { isDigit, type SentenceWords } from './words';

/** One piece of evidence inside a sentence; offsets are relative to the sentence text. */
export interface Cue {
  readonly kind: ClaimKind | 'date';
  readonly label: string;
  readonly start: number;
  readonly end: number;
}

/**
 * A function giving one value per cue kind and label, made on first use and kept: cues come in a small fixed
 * set of both, and what is derived from them (labels, feature hashes) need not be built for every cue.
 */
export function perKindAndLabel<T>(make: (kind: Cue['kind'], label: string) => T): (cue: Pick<Cue, 'kind' | 'label'>) => T {
  const byKind = new Map<string, Map<string, T>>();
  return (cue) => {
    let byLabel = byKind.get(cue.kind);
    if (byLabel === undefined) {
      byLabel = new Map();
      byKind.set(cue.kind, byLabel);
    }
    let value = byLabel.get(cue.label);
    if (value === undefined) {
      value = make(cue.kind, cue.label);
      byLabel.set(cue.label, value);
    }
    return value;
  };
}

/**
 * What a scan of the sentence already knows (see SentenceWords), so that patterns which cannot match
 * are not run. Every field may only err towards true.
 */
export interface CueHints {
  readonly hasDigit: boolean;
  /** The sentence holds " or “. */
  readonly hasDoubleQuote: boolean;
  readonly numberThenLetter: boolean;
  readonly numberThenPercent: boolean;
  readonly currencyThenNumber: boolean;
  /** One of CURRENCY_WORDS may occur. */
  readonly currencyWord: boolean;
}

interface CuePattern {
  readonly kind: Cue['kind'];
  readonly label: string;
  readonly pattern: RegExp;
  /** Skipped when the hints say it cannot match: the NEEDS bits every match requires (a digit rules out most sentences). */
  readonly needs?: number;
  /** Skipped unless the sentence has one of these words: every match contains one of them. */
  readonly triggers?: ReadonlySet<string>;
  /** The words every match starts at, for Anchors ("will | is are: expected"); '' when a match may start elsewhere. */
  readonly leads?: string;
}

const ALWAYS: ReadonlySet<string> = new Set();
const words = (list: string): ReadonlySet<string> => new Set(list.split(' '));
const MONTH_WORDS = 'january february march april may june july august september october november december jan feb aug sep sept oct nov dec';
const NUMBER_WORDS = 'three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion trillion dozen dozens hundreds thousands millions billions';
const TRIGGERS = {
  numberWords: words(NUMBER_WORDS),
  change: words('rose risen rises fell fallen falls surge surged surges soared jumped plunged plummeted climbed declined dropped grew grown doubled tripled halved increased decreased shrank slumped'),
  comparison: words('record historic all more less fewer higher lower larger smaller bigger greater compared twice largest biggest highest lowest smallest fastest slowest most least best worst top increase decrease rise decline drop'),
  ranking: words('rank ranks ranked'),
  // "won" too: in "three'won't" the scan sees "three'won" and "t", and only the sides of "three'won" reach the wide mask.
  prediction: words("will won't won shall expected projected forecast set likely poised due plan plans planned aim aims intend intends pledged vowed promised going future coming forecasts projection projections"),
  // Not "as": "as a result" also holds "result", and "as" alone sent a tenth of all sentences to this pattern in vain.
  cause: words('led lead leads leading because due result resulted results owing thanks caused causes causing contributed driven triggered attributed responsible'),
  event: words('resumed decided agreed signed launched opened held visited met set took established founded adopted passed approved elected appointed killed arrested announced inaugurated ratified imposed lifted banned closed suspended won lost'),
  pastAction: words('voted vetoed sponsored introduced funded raised cut hired fired invaded attacked blocked created built bought paid spent sold sent gave took went came began started ended left signed said refused failed lost reduced added shut pulled withdrew negotiated declared'),
  comparative: words('more fewer less higher lower larger smaller bigger greater better worse faster slower cheaper richer poorer stronger weaker than never ever doubled tripled quadrupled halved'),
  // The date pattern in parts, each run only when its own word occurs: one pattern for all of them
  // tried a dozen alternatives at every word of most sentences.
  month: words(MONTH_WORDS),
  // <num> too: "since 2019.5" holds "since 2019", and its scan token is a number, not a year.
  year: words('<year> <num>'),
  season: words('year month week spring summer autumn fall winter'),
  partOfYear: words('year'),
  period: words('years months weeks decades'),
  yesterday: words('yesterday'),
  weekday: words('monday tuesday wednesday thursday friday saturday sunday'),
};

/** The verbs the change, event and past action cues look for ("surged", "resumed", "signed"). */
export const VERB_CUE_WORDS: ReadonlySet<string> = new Set([...TRIGGERS.change, ...TRIGGERS.event, ...TRIGGERS.pastAction]);

/** The words of the money pattern's second form ("5 million dollars"). */
export const CURRENCY_WORDS = words('dollars euros pounds yuan rubles roubles tenge yen rupees usd eur');

/** What a pattern may need of the sentence beyond its words, as bits; see CueHints. */
const NEEDS = { digit: 1, currency: 2, percent: 4, ordinal: 8, quote: 16 } as const;

const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const SCALE = String.raw`(?:hundred|thousand|million|billion|trillion|bn|mln|m|k)\b`;
const NUMBER_WORD = String.raw`(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozens?|hundreds|thousands|millions|billions)`;
const MONTH = String.raw`(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)`;

// Order matters only for readability: every pattern is applied, and overlapping numbers are merged.
// Every pattern gets every field, so that the loop over them sees one object shape.
const PATTERNS: readonly Required<CuePattern>[] = (<CuePattern[]>[
  { kind: 'statistic', label: 'money', needs: NEEDS.digit | NEEDS.currency, pattern: new RegExp(String.raw`[$€£¥]\s?(?:${NUM})(?:\s?${SCALE})?|\b(?:${NUM})(?:\s?${SCALE})?\s(?:dollars|euros|pounds|yuan|rubles|roubles|tenge|yen|rupees|USD|EUR)\b`, 'gi') },
  { kind: 'statistic', label: 'percentage', needs: NEEDS.digit | NEEDS.percent, pattern: new RegExp(String.raw`(?<![\w-])(?:${NUM})\s?(?:%|percent\b|per cent\b|percentage points?\b)`, 'gi') },
  { kind: 'statistic', label: 'number', needs: NEEDS.digit, pattern: new RegExp(String.raw`(?<![\w.,$€£¥-])(?:${NUM})(?:\s?${SCALE})?(?![\w%]|\.\d|,\d)(?!\s?(?:percent|per cent))`, 'gi') },
  { kind: 'statistic', label: 'number', triggers: TRIGGERS.numberWords, leads: NUMBER_WORDS, pattern: new RegExp(String.raw`\b(?:${NUMBER_WORD})(?:[ -](?:${NUMBER_WORD}|one|two))*\b(?!-)`, 'gi') },
  { kind: 'date', label: 'ordinal', needs: NEEDS.digit | NEEDS.ordinal, pattern: /\b\d+(?:st|nd|rd|th)\b/gi },
  { kind: 'statistic', label: 'change', triggers: TRIGGERS.change, leads: [...TRIGGERS.change].join(' '), pattern: /\b(?:rose|risen|rises|fell|fallen|falls|surged?|surges|soared|jumped|plunged|plummeted|climbed|declined|dropped|grew|grown|doubled|tripled|halved|increased|decreased|shrank|slumped)\b/gi },
  { kind: 'statistic', label: 'ranking', triggers: TRIGGERS.ranking, leads: 'rank ranks ranked', pattern: /\b(?:ranks? (?:first|second|third|fourth|fifth|last|\d+(?:st|nd|rd|th)?)\b|ranked(?: (?:first|second|third|fourth|fifth|last|\d+(?:st|nd|rd|th)?))?\b)/gi },
  { kind: 'comparison', label: 'comparison', triggers: TRIGGERS.comparison, leads: 'record historic all more less fewer higher lower larger smaller bigger greater compared twice largest biggest highest lowest second third | a: record decrease rise decline drop | an: increase | the: record largest biggest highest lowest smallest fastest slowest most least best worst top', pattern: /\b(?:(?:a |the )?record(?:-high| high| low)?|historic (?:high|low)|all-time (?:high|low)|(?:more|less|fewer|higher|lower|larger|smaller|bigger|greater) than|compared (?:with|to)|twice as|the (?:largest|biggest|highest|lowest|smallest|fastest|slowest|most|least|best|worst|top)\b|(?:largest|biggest|highest|lowest|second-largest|third-largest)|an increase in|a decrease in|a rise in|a decline in|a drop in)\b/gi },
  { kind: 'quote', label: 'quotation', needs: NEEDS.quote, pattern: /[“"][^“”"]{12,}?[”"]/g },
  { kind: 'prediction', label: 'prediction', triggers: TRIGGERS.prediction, leads: "will won't shall expected plans plan planned aims aim intends intend pledged vowed promised going forecast forecasts projection projections | is are was were: expected projected forecast set likely poised due | in: the", pattern: /\b(?:will|won't|shall)\b(?<!\b(?:the|political|good|free|own|his|her|their|its|our|my|your|of)\s\w+)(?!\s+of\b)|\b(?:is|are|was|were) (?:expected|projected|forecast|set|likely|poised|due) to\b|\bexpected to\b|\b(?:plans?|planned|aims?|intends?|pledged|vowed|promised) to\b|\bgoing to\b|\bin the (?:future|coming (?:years|months|weeks))\b|\bforecasts?\b|\bprojections?\b/gi },
  { kind: 'causal', label: 'cause', triggers: TRIGGERS.cause, leads: 'led lead leads leading because due result resulted results owing thanks caused causes causing contributed driven triggered attributed responsible | as: a', pattern: /\b(?:led to|leads? to|leading to|because(?: of)?|due to|result(?:ed|s)? in|as a result(?: of)?|owing to|thanks to|caused|causes|causing|contributed to|driven by|triggered|attributed to|responsible for)\b/gi },
  { kind: 'event', label: 'event', triggers: TRIGGERS.event, leads: 'resumed decided agreed signed launched opened held visited met established founded adopted passed approved elected appointed killed arrested announced inaugurated ratified imposed lifted banned closed suspended won lost | set: up | took: place', pattern: /\b(?:resumed|decided to|agreed to|signed|launched|opened|held|visited|met with|set up|took place|established|founded|adopted|passed|approved|elected|appointed|killed|arrested|announced|inaugurated|ratified|imposed|lifted|banned|closed|suspended|won(?!['’])|lost)\b/gi },
  { kind: 'event', label: 'past action', triggers: TRIGGERS.pastAction, leads: 'voted vetoed sponsored introduced funded raised cut hired fired invaded attacked blocked created built bought paid spent sold sent gave took went came began started ended left signed refused failed lost reduced added withdrew negotiated declared | said: no | shut: down | pulled: out', pattern: /\b(?:voted|vetoed|sponsored|introduced|funded|raised|cut|hired|fired|invaded|attacked|blocked|created|built|bought|paid|spent|sold|sent|gave|took|went|came|began|started|ended|left|signed|said no|refused|failed|lost|reduced|added|shut down|pulled out|withdrew|negotiated|declared)\b/gi },
  { kind: 'comparison', label: 'comparative', triggers: TRIGGERS.comparative, pattern: /\b(?:more|fewer|less|higher|lower|larger|smaller|bigger|greater|better|worse|faster|slower|cheaper|richer|poorer|stronger|weaker)\b(?! than)(?=\s+\w)|\b\w+er than\b|\b(?:never|ever) (?:before|been)\b|\b(?:doubled|tripled|quadrupled|halved)\b/gi },
  { kind: 'date', label: 'date', triggers: TRIGGERS.month, leads: `${MONTH_WORDS} | in on this last next since by early late mid: ${MONTH_WORDS}`, pattern: new RegExp(String.raw`\b(?:in |on |this |last |next |since |by |early |late |mid-)?${MONTH}(?:\s\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s(?:1[89]\d\d|20\d\d))?\b`, 'gi') },
  { kind: 'date', label: 'date', needs: NEEDS.digit, triggers: TRIGGERS.year, leads: 'in since by of from until: <year> <num>', pattern: /\b(?:in|since|by|of|from|until) (?:1[89]\d\d|20\d\d)\b/gi },
  { kind: 'date', label: 'date', triggers: TRIGGERS.season, leads: 'this last next: year month week spring summer autumn fall winter', pattern: /\b(?:this|last|next) (?:year|month|week|spring|summer|autumn|fall|winter)\b/gi },
  { kind: 'date', label: 'date', triggers: TRIGGERS.partOfYear, leads: 'the: first', pattern: /\bthe first (?:half|quarter|\w+ months) of (?:this|last|\d{4}) year\b/gi },
  { kind: 'date', label: 'date', triggers: TRIGGERS.period, leads: 'past last next coming golden', pattern: /\b(?:past|last|next|coming|golden) (?:\d+|\w+) (?:years|months|weeks|decades)\b/gi },
  { kind: 'date', label: 'date', triggers: TRIGGERS.yesterday, leads: 'yesterday', pattern: /\byesterday\b/gi },
  { kind: 'date', label: 'date', triggers: TRIGGERS.weekday, leads: 'on: monday tuesday wednesday thursday friday saturday sunday', pattern: /\bon (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/gi },
]).map((p) => ({ triggers: ALWAYS, needs: 0, leads: '', ...p }));

/** Whether a number cue's text is a year, as /^(?:1[89]\d\d|20\d\d)$/ says: a test per figure found. */
function isYear(text: string): boolean {
  if (text.length !== 4 || !isDigit(text.charCodeAt(2)) || !isDigit(text.charCodeAt(3))) return false;
  const century = text.charCodeAt(0) * 256 + text.charCodeAt(1);
  // "18", "19", "20"
  return century === 49 * 256 + 56 || century === 49 * 256 + 57 || century === 50 * 256 + 48;
}
// Prose has a handful of cues per sentence; a "sentence" with thousands is a table or a blob, and the
// first few say all the rules and the model need.
const MAX_PER_PATTERN = 32;
// Which patterns each need rules out, and which run whatever the words: findCues combines them per sentence.
const PATTERNS_NEEDING = Object.values(NEEDS).map((need) => PATTERNS.reduce((mask, p, i) => ((p.needs & need) !== 0 ? mask | (1 << i) : mask), 0));
const UNTRIGGERED = PATTERNS.reduce((mask, p, i) => (p.triggers === ALWAYS ? mask | (1 << i) : mask), 0);
const ALL_PATTERNS = PATTERNS.length === 32 ? -1 : (1 << PATTERNS.length) - 1;
const ANCHORS = new Anchors(PATTERNS);
/** The patterns that run at their leads only, for the test that holds them to their global search. */
export const LEAD_PATTERNS: readonly RegExp[] = PATTERNS.filter((p) => p.leads !== '').map((p) => p.pattern);

/** The NEEDS bits a sentence meets: without hints, only whether it has a digit is known. */
function metNeeds(sentence: string, hints: CueHints | undefined): number {
  if (!hints) return /\d/.test(sentence) ? -1 : ~NEEDS.digit;
  let met = 0;
  if (hints.hasDigit) met |= NEEDS.digit;
  if (hints.currencyThenNumber || hints.currencyWord) met |= NEEDS.currency;
  if (hints.numberThenPercent) met |= NEEDS.percent;
  if (hints.numberThenLetter) met |= NEEDS.ordinal;
  if (hints.hasDoubleQuote) met |= NEEDS.quote;
  return met;
}

/** The trigger words of each pattern, by pattern index: bit i of findCues' mask. */
export const CUE_TRIGGER_GROUPS = PATTERNS.map((p) => (p.triggers === ALWAYS ? undefined : p.triggers));

/**
 * Finds every cue in a sentence, in order of position, in time linear in the sentence length.
 * With the sentence's trigger mask (see CUE_TRIGGER_GROUPS), patterns whose words are absent are not run.
 */
export function findCues(sentence: string, present = -1, hints?: CueHints, tokens?: SentenceWords): Cue[] {
  const cues: Cue[] = [];
  const met = metNeeds(sentence, hints);
  let runnable = (present | UNTRIGGERED) & ALL_PATTERNS;
  for (let need = 0; need < PATTERNS_NEEDING.length; need++) if ((met & (1 << need)) === 0) runnable &= ~(PATTERNS_NEEDING[need] ?? 0);
  // The set bits in increasing order: pattern order decides ties in sortCues.
  for (; runnable !== 0; runnable &= runnable - 1) {
    const i = 31 - Math.clz32(runnable & -runnable);
    const { kind, label, pattern } = PATTERNS[i] as Required<CuePattern>;
    let found = 0;
    // The scan, when the pattern can run at its leads only (see Anchors).
    const scan = tokens !== undefined && ANCHORS.usable(tokens, i) ? tokens : null;
    for (let m = ANCHORS.nextMatch(sentence, i, scan, null); m !== null && found < MAX_PER_PATTERN; m = ANCHORS.nextMatch(sentence, i, scan, m)) {
      found++;
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      const text = m[0];
      // A bare year is a date, not a statistic.
      if (label === 'number' && isYear(text)) {
        cues.push({ kind: 'date', label: 'date', start: m.index, end: m.index + text.length });
        continue;
      }
      cues.push({ kind, label, start: m.index, end: m.index + text.length });
    }
  }
  return dropContained(sortCues(cues));
}

const byPlace = (a: Cue, b: Cue): number => a.start - b.start || b.end - a.end;

/** Sorts by place, widest first; a sentence has a handful of cues, which an insertion sort orders fastest. */
function sortCues(cues: Cue[]): Cue[] {
  if (cues.length > 64) return cues.sort(byPlace);
  for (let i = 1; i < cues.length; i++) {
    const cue = cues[i] as Cue;
    let j = i;
    for (; j > 0 && byPlace(cues[j - 1] as Cue, cue) > 0; j--) cues[j] = cues[j - 1] as Cue;
    cues[j] = cue;
  }
  return cues;
}

// "$17.67 billion" is also a number, "took place" also "took", "past 30 years" is a period, not a count:
// keep the widest reading at a place.
function dropContained(sorted: Cue[]): Cue[] {
  if (sorted.length < 2) return sorted;
  // Compacted in place: the kept cues are a subsequence, and the array is this call's own.
  let kept = 0;
  // The end of the last kept cue of each group, by GROUPS index; a change is a group of its own.
  const lastEnd = LAST_END.fill(-1);
  let lastDateEnd = -1;
  for (const cue of sorted) {
    const change = cue.kind === 'statistic' && cue.label === 'change';
    const group = change ? CHANGE_GROUP : GROUPS.indexOf(cue.kind);
    if (cue.end <= (lastEnd[group] ?? -1)) continue;
    if (cue.kind === 'statistic' && !change && cue.end <= lastDateEnd) continue;
    if (cue.kind === 'date') lastDateEnd = Math.max(lastDateEnd, cue.end);
    lastEnd[group] = cue.end;
    sorted[kept++] = cue;
  }
  sorted.length = kept;
  return sorted;
}

const GROUPS: readonly (Cue['kind'] | 'change')[] = ['statistic', 'comparison', 'attribution', 'quote', 'prediction', 'causal', 'event', 'date', 'change'];
// Reused by every call, which runs to completion before the next: a typed array costs more to allocate than to fill.
const LAST_END = new Int32Array(GROUPS.length);
const CHANGE_GROUP = GROUPS.indexOf('change');
