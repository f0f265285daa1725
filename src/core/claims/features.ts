import type { SentenceAnalysis } from './detect';
import { fnv1a } from './hash';

/** How sentences become sparse binary feature indices; training and detection must agree on it. */
export interface FeatureConfig {
  /** log2 of the number of hashed buckets. */
  readonly bits: number;
  readonly bigrams: boolean;
  readonly charGrams: boolean;
}

const TOKEN = /[a-z]+(?:['’][a-z]+)?|\d+(?:[.,]\d+)*|[$%€£]/g;
const YEAR = /^(?:1[89]\d\d|20\d\d)$/;

export function wordTokens(text: string): string[] {
  const out: string[] = [];
  const lower = text.toLowerCase();
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(lower); m !== null; m = TOKEN.exec(lower)) {
    const tok = m[0].replace('’', "'");
    out.push(/^\d/.test(tok) ? (YEAR.test(tok) ? '<year>' : '<num>') : tok);
  }
  return out;
}

const FIRST_PERSON = /^(?:i|we|i'm|we're|i've|we've|i'll|we'll|i'd|we'd|my|our|me|us)$/;
const SECOND_PERSON = /^(?:you|you're|you've|your)$/;

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
  const words = wordTokens(text);
  const first = words[0] ?? '';
  if (FIRST_PERSON.test(first)) names.add('starts:first-person');
  if (SECOND_PERSON.test(first)) names.add('starts:second-person');
  if (words.some((w) => FIRST_PERSON.test(w))) names.add('has:first-person');
  if (/\?\s*$/.test(text)) names.add('question');
  if (/\d/.test(text)) names.add('has:digit');
  if (/\b\p{Lu}\p{Ll}+/u.test(text.slice(1))) names.add('has:capitalised');
  const length = words.length;
  names.add(`len:${length < 5 ? 'xs' : length < 10 ? 's' : length < 20 ? 'm' : length < 35 ? 'l' : 'xl'}`);
  return [...names];
}

/** The distinct feature buckets of a sentence, bias bucket 0 included. */
export function featurize(analysis: SentenceAnalysis, config: FeatureConfig): number[] {
  const mask = (1 << config.bits) - 1;
  const buckets = new Set<number>([0]);
  const add = (name: string): void => {
    buckets.add((fnv1a(name) & mask) || 1);
  };
  const words = wordTokens(analysis.sentence.text);
  let previous = '<s>';
  for (const word of words) {
    add(`w:${word}`);
    if (config.bigrams) add(`b:${previous} ${word}`);
    if (config.charGrams && word.length > 4) {
      for (let i = 0; i + 4 <= word.length; i++) add(`c:${word.slice(i, i + 4)}`);
    }
    previous = word;
  }
  if (config.bigrams) add(`b:${previous} </s>`);
  for (const name of ruleFeatureNames(analysis)) add(`f:${name}`);
  return [...buckets];
}
