import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Random } from './random';

const SAMPLE = fileURLToPath(new URL('../../samples/china-kazakhstan-op-ed.txt', import.meta.url));

/** A heading or a paragraph of sentences; the article text is rebuilt from these after each edit. */
export type Block = { readonly kind: 'heading'; readonly text: string } | { readonly kind: 'paragraph'; readonly sentences: ArticleSentence[] };

/** A sentence keeps its id through edits, so a benchmark knows where each note's sentence went. */
export interface ArticleSentence {
  readonly id: number;
  text: string;
}

export interface SentenceSpan {
  readonly id: number;
  readonly start: number;
  readonly end: number;
}

export interface Article {
  readonly title: string;
  readonly blocks: Block[];
}

export interface Rendered {
  readonly text: string;
  readonly sentences: SentenceSpan[];
}

export interface Pool {
  readonly title: string;
  readonly sentences: readonly string[];
}

let cachedPool: Pool | undefined;

/** The sample's title and its sentences, the material every generated article is made of. */
export function loadPool(): Pool {
  if (cachedPool) return cachedPool;
  const sample = readFileSync(SAMPLE, 'utf8').replace(/\r\n/g, '\n');
  const paragraphs = sample.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p.length > 0);
  const [title, byline, ...body] = paragraphs;
  if (!title || !byline) throw new Error(`unexpected sample layout in ${SAMPLE}`);
  const sentences = body.flatMap((p) => p.split(/(?<=[.!?][”"’)]?)\s+(?=[A-Z“"(])/)).filter((s) => s.length > 20);
  cachedPool = { title, sentences };
  return cachedPool;
}

/** The same sentence with every digit redrawn: "$17.67 billion" may become "$42.13 billion". */
export function varyNumbers(sentence: string, random: Random): string {
  return sentence.replace(/\d+/g, (run) =>
    [...run].map((_, i) => String(i === 0 && run.length > 1 ? random.int(1, 9) : random.int(0, 9))).join(''),
  );
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const LOWERCASE_AFTER_LEAD = new Set(['They', 'The', 'When', 'In', 'New', 'Both', 'As', 'By']);

/**
 * A dated lead-in ("In the first 7 months of 2019, ...") for a sentence that has no number: without it the
 * sample's 24 number-free sentences would each recur verbatim about a thousand times in 5 MB, which no real report
 * does and which would make every quote from them ambiguous.
 */
function withLeadIn(sentence: string, random: Random): string {
  if (/\d/.test(sentence) || sentence.startsWith('(')) return sentence;
  const year = random.int(1991, 2030);
  const lead = random.pick([
    `In ${year}, `,
    `By ${year}, `,
    `Since ${year}, `,
    `In the first ${random.int(2, 11)} months of ${year}, `,
    `As of ${random.pick(MONTHS)} ${year}, `,
    `Between ${year} and ${year + random.int(1, 12)}, `,
  ]);
  const first = sentence.split(/[\s,]/)[0] ?? '';
  const rest = LOWERCASE_AFTER_LEAD.has(first) ? sentence.charAt(0).toLowerCase() + sentence.slice(1) : sentence;
  return lead + rest;
}

function headingFrom(sentence: string, random: Random): string {
  const words = sentence.replace(/[.,;:()“”"]/g, '').split(' ');
  return words.slice(0, random.int(3, 7)).join(' ');
}

/**
 * An article of about `bytes` UTF-8 bytes made of the sample's sentences, in random order, with their numbers
 * redrawn and a dated lead-in where they have none, so most sentences are unique, as a real report's are; the
 * same sentence with other numbers recurs, which is what lures a fuzzy matcher to a lookalike.
 */
export function generateArticle(bytes: number, seed: number): Article {
  const pool = loadPool();
  let nextId = 0;
  const random = new Random(seed);
  const blocks: Block[] = [];
  const numbered = new Set<string>();
  let size = Buffer.byteLength(`# ${pool.title}\n\n`);
  let untilHeading = random.int(4, 10);
  while (size < bytes) {
    if (untilHeading-- === 0) {
      const heading = headingFrom(random.pick(pool.sentences), random);
      blocks.push({ kind: 'heading', text: heading });
      size += Buffer.byteLength(heading) + 5;
      untilHeading = random.int(4, 10);
      continue;
    }
    const sentences: ArticleSentence[] = [];
    for (let n = random.int(1, 5); n > 0; n--) {
      const template = random.pick(pool.sentences);
      let sentence = withLeadIn(varyNumbers(template, random), random);
      // Short numbers ("30 years") run out of variants in a 5 MB article; repeats are allowed then.
      for (let tries = 0; tries < 4 && numbered.has(sentence); tries++) sentence = withLeadIn(varyNumbers(template, random), random);
      if (/\d/.test(sentence)) numbered.add(sentence);
      sentences.push({ id: nextId++, text: sentence });
      size += Buffer.byteLength(sentence) + 1;
    }
    blocks.push({ kind: 'paragraph', sentences });
    size += 1;
  }
  return { title: pool.title, blocks };
}

/** Markdown text of the article and where each sentence is in it. */
export function renderArticleText(article: Article): Rendered {
  const parts: string[] = [`# ${article.title}\n\n`];
  const sentences: SentenceSpan[] = [];
  let offset = parts[0]?.length ?? 0;
  for (const block of article.blocks) {
    if (block.kind === 'heading') {
      const line = `## ${block.text}\n\n`;
      parts.push(line);
      offset += line.length;
      continue;
    }
    if (block.sentences.length === 0) continue;
    block.sentences.forEach((sentence, s) => {
      const piece = s === 0 ? sentence.text : ` ${sentence.text}`;
      const start = offset + (s === 0 ? 0 : 1);
      sentences.push({ id: sentence.id, start, end: start + sentence.text.length });
      parts.push(piece);
      offset += piece.length;
    });
    parts.push('\n\n');
    offset += 2;
  }
  return { text: parts.join(''), sentences };
}

export function cloneArticle(article: Article): Article {
  return {
    title: article.title,
    blocks: article.blocks.map((b) =>
      b.kind === 'heading' ? b : { kind: 'paragraph', sentences: b.sentences.map((s) => ({ ...s })) },
    ),
  };
}
