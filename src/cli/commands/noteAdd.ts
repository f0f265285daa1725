import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import { describeRange } from '../../core/anchoring/selectors';
import { createAnnotation, DEFAULT_VERDICTS, newNoteId } from '../../core/store/annotation';
import { flag, list, one, parse, str } from '../args';
import { RuntimeError, UsageError } from '../errors';
import { articleKey, openWorkspace, readArticle } from '../workspace';

export const NOTE_ADD_USAGE = `Usage: article-annotator note add <article> --quote <text> [--occurrence N] --body <markdown>
       [--tag T]... [--verdict V] [--evidence URL]... [--author NAME] [--workspace DIR]

Adds a note to the passage of the article that reads exactly <text> and prints its id.
  --occurrence N  which occurrence (1 = first) when the quote appears several times
  --verdict V     one of: ${DEFAULT_VERDICTS.join(', ')}
  --author NAME   defaults to $ARTICLE_ANNOTATOR_AUTHOR, git's user.name, then the OS user`;

function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

function defaultAuthor(cwd: string): string {
  const fromEnv = process.env['ARTICLE_ANNOTATOR_AUTHOR']?.trim();
  if (fromEnv) return fromEnv;
  try {
    const name = execFileSync('git', ['config', 'user.name'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (name) return name;
  } catch {
    // No git, or no user.name: use the OS account.
  }
  return userInfo().username;
}

export async function noteAddCommand(args: readonly string[], out: (text: string) => void): Promise<void> {
  const parsed = parse(args, {
    quote: { type: 'string' }, occurrence: { type: 'string' }, body: { type: 'string' },
    tag: { type: 'string', multiple: true }, verdict: { type: 'string' }, evidence: { type: 'string', multiple: true },
    author: { type: 'string' }, workspace: { type: 'string' },
  });
  if (flag(parsed, 'help')) return out(NOTE_ADD_USAGE);
  const file = one(parsed, 'article');
  const quote = str(parsed, 'quote');
  const body = str(parsed, 'body');
  if (!quote) throw new UsageError('--quote is required');
  if (body === undefined) throw new UsageError('--body is required');
  const verdict = str(parsed, 'verdict') ?? null;
  if (verdict !== null && !(DEFAULT_VERDICTS as readonly string[]).includes(verdict)) {
    throw new UsageError(`--verdict must be one of: ${DEFAULT_VERDICTS.join(', ')}`);
  }
  const occurrenceText = str(parsed, 'occurrence');
  const occurrence = occurrenceText === undefined ? undefined : Number(occurrenceText);
  if (occurrence !== undefined && (!Number.isInteger(occurrence) || occurrence < 1)) {
    throw new UsageError('--occurrence must be a whole number from 1');
  }
  const workspace = openWorkspace(str(parsed, 'workspace'));
  const article = articleKey(workspace, file);
  const text = await readArticle(file);
  const found = occurrences(text, quote);
  if (found.length === 0) throw new RuntimeError(`the quote is not in ${file}`);
  if (found.length > 1 && occurrence === undefined) {
    throw new RuntimeError(`the quote appears ${found.length} times in ${file}: pass --occurrence 1 to ${found.length}`);
  }
  const start = found[(occurrence ?? 1) - 1];
  if (start === undefined) throw new RuntimeError(`the quote appears only ${found.length} time(s) in ${file}`);
  const annotation = createAnnotation({
    id: newNoteId(randomUUID),
    now: new Date().toISOString(),
    creator: str(parsed, 'author') ?? defaultAuthor(workspace.root),
    source: article,
    selector: describeRange(text, start, start + quote.length),
    content: { body, tags: list(parsed, 'tag'), verdict, evidence: list(parsed, 'evidence') },
  });
  await workspace.store.save(annotation);
  out(annotation.id);
}
