import type { StoreProblem } from '../../core/store/noteStore';
import { resolveNotes } from '../../core/store/notes';
import { flag, one, parse, str } from '../args';
import { RuntimeError } from '../errors';
import { articleKey, openWorkspace, readArticle, STORE_FOLDER } from '../workspace';
import { jsonForStdout } from '../json';

export const NOTES_USAGE = `Usage: article-annotator notes <article> [--json] [--workspace DIR]

Lists an article's notes, each re-anchored against the file as it is now:
anchored, drifted (the text changed: currentText shows what it says now) or orphaned
(not found; start/end null). The notes of a deleted article are listed as orphaned.
A note file that cannot be read is reported (exit 1) and left untouched; the other notes are still listed.`;

async function articleText(file: string, hasNotes: boolean, warn: (text: string) => void): Promise<string> {
  try {
    return await readArticle(file);
  } catch (error) {
    if (!hasNotes || !(error instanceof RuntimeError) || !error.message.startsWith('article not found')) throw error;
    warn(`article-annotator: ${error.message}; its notes are kept and listed as orphaned`);
    return '';
  }
}

function problemLine(problems: readonly StoreProblem[]): string {
  const [first] = problems;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  return `cannot read note file ${STORE_FOLDER}/${first?.path}: ${first?.problem}${more}; left untouched`;
}

export async function notesCommand(args: readonly string[], out: (text: string) => void): Promise<void> {
  const parsed = parse(args, { json: { type: 'boolean' }, workspace: { type: 'string' } });
  if (flag(parsed, 'help')) return out(NOTES_USAGE);
  const file = one(parsed, 'article');
  const workspace = openWorkspace(str(parsed, 'workspace'));
  const loaded = await workspace.store.load(articleKey(workspace, file));
  const hasNotes = loaded.annotations.length + loaded.problems.length > 0;
  const text = await articleText(file, hasNotes, (line) => void process.stderr.write(`${line}\n`));
  const notes = resolveNotes(loaded.annotations, text).map((n) => ({
    id: n.id, status: n.status, start: n.start, end: n.end, quote: n.quote, currentText: n.status === 'drifted' ? n.currentText : null,
    reason: n.reason ?? '', body: n.body, tags: n.tags, verdict: n.verdict, evidence: n.evidence, creator: n.creator,
    created: n.created, modified: n.modified,
  }));
  const problems = loaded.problems.map((p) => ({ path: `${STORE_FOLDER}/${p.path}`, problem: p.problem }));
  if (flag(parsed, 'json')) {
    out(jsonForStdout({ article: file, notes, problems }));
  } else {
    const lines = [`${notes.length} notes on ${file}`];
    for (const n of notes) {
      lines.push('', `${n.id}  [${n.status}]  ${n.verdict ?? 'no verdict'}  ${n.start ?? '-'}-${n.end ?? '-'}`);
      lines.push(`  "${n.quote.replace(/\s+/g, ' ')}"`);
      if (n.currentText !== null) lines.push(`  now: "${n.currentText.replace(/\s+/g, ' ')}" (${n.reason})`);
      if (n.body) lines.push(`  ${n.body.replace(/\n/g, '\n  ')}`);
      if (n.tags.length > 0) lines.push(`  tags: ${n.tags.join(', ')}`);
      if (n.evidence.length > 0) lines.push(`  evidence: ${n.evidence.join(' ')}`);
    }
    for (const p of problems) lines.push('', `unreadable: ${p.path}: ${p.problem}`);
    out(lines.join('\n'));
  }
  if (loaded.problems.length > 0) throw new RuntimeError(problemLine(loaded.problems));
}
