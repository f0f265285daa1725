import { resolveNotes } from '../../core/store/notes';
import { flag, one, parse, str } from '../args';
import { RuntimeError } from '../errors';
import { articleKey, openWorkspace, readArticle } from '../workspace';

export const NOTES_USAGE = `Usage: article-annotator notes <article> [--json] [--workspace DIR]

Lists an article's notes, each re-anchored against the file as it is now:
anchored, drifted (the text changed) or orphaned (not found; start/end null).`;

export async function notesCommand(args: readonly string[], out: (text: string) => void): Promise<void> {
  const parsed = parse(args, { json: { type: 'boolean' }, workspace: { type: 'string' } });
  if (flag(parsed, 'help')) return out(NOTES_USAGE);
  const file = one(parsed, 'article');
  const workspace = openWorkspace(str(parsed, 'workspace'));
  const text = await readArticle(file);
  const loaded = await workspace.store.load(articleKey(workspace, file));
  if (loaded.problems.length > 0) {
    const first = loaded.problems[0];
    throw new RuntimeError(`cannot read note file .annotations/${first?.path}: ${first?.problem} (left untouched)`);
  }
  const notes = resolveNotes(loaded.annotations, text).map((n) => ({
    id: n.id, status: n.status, start: n.start, end: n.end, quote: n.quote, body: n.body, tags: n.tags,
    verdict: n.verdict, evidence: n.evidence, creator: n.creator, created: n.created, modified: n.modified,
  }));
  if (flag(parsed, 'json')) return out(JSON.stringify({ article: file, notes }, null, 2));
  const lines = [`${notes.length} notes on ${file}`];
  for (const n of notes) {
    lines.push('', `${n.id}  [${n.status}]  ${n.verdict ?? 'no verdict'}  ${n.start ?? '-'}-${n.end ?? '-'}`);
    lines.push(`  "${n.quote.replace(/\s+/g, ' ')}"`);
    if (n.body) lines.push(`  ${n.body.replace(/\n/g, '\n  ')}`);
    if (n.tags.length > 0) lines.push(`  tags: ${n.tags.join(', ')}`);
    if (n.evidence.length > 0) lines.push(`  evidence: ${n.evidence.join(' ')}`);
  }
  out(lines.join('\n'));
}
