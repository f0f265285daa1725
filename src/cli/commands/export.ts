import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { buildReport, EXPORT_FORMATS, renderExport, type ArticleReport, type ExportFormat } from '../../core/export/report';
import { flag, parse, str } from '../args';
import { RuntimeError, UsageError } from '../errors';
import { articleKey, openWorkspace, readArticle, type CliWorkspace } from '../workspace';

export const EXPORT_USAGE = `Usage: article-annotator export (<article>... | --all) --format <${EXPORT_FORMATS.join('|')}>
       [--out FILE] [--force] [--workspace DIR]

Writes a report of the notes on the given articles (or every annotated article with --all)
to FILE, or to standard output. An existing FILE is replaced only with --force.`;

async function report(workspace: CliWorkspace, file: string): Promise<ArticleReport> {
  const key = articleKey(workspace, file);
  const text = await readArticle(file);
  const loaded = await workspace.store.load(key);
  if (loaded.problems.length > 0) {
    const first = loaded.problems[0];
    throw new RuntimeError(`cannot read note file .annotations/${first?.path}: ${first?.problem} (left untouched)`);
  }
  return buildReport(key, text, loaded.annotations);
}

async function writeOut(file: string, content: string, force: boolean): Promise<void> {
  try {
    await fs.writeFile(file, content, { flag: force ? 'w' : 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new RuntimeError(`${file} exists: pass --force to replace it`);
    if (code === 'ENOENT') throw new RuntimeError(`folder does not exist for ${file}`);
    throw new RuntimeError(`cannot write ${file}: ${code ?? String(error)}`);
  }
}

export async function exportCommand(args: readonly string[], out: (text: string) => void): Promise<void> {
  const parsed = parse(args, {
    all: { type: 'boolean' }, format: { type: 'string' }, out: { type: 'string' },
    force: { type: 'boolean' }, workspace: { type: 'string' },
  });
  if (flag(parsed, 'help')) return out(EXPORT_USAGE);
  const format = str(parsed, 'format');
  if (!format || !(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of: ${EXPORT_FORMATS.join(', ')}`);
  }
  const all = flag(parsed, 'all');
  if (all === (parsed.positionals.length > 0)) throw new UsageError('give article files or --all, not both');
  const workspace = openWorkspace(str(parsed, 'workspace'));
  const files = all
    ? (await workspace.store.articles()).map((key) => path.join(workspace.root, ...key.split('/')))
    : parsed.positionals;
  const reports: ArticleReport[] = [];
  for (const file of files) reports.push(await report(workspace, file));
  const content = renderExport(format as ExportFormat, reports, new Date().toISOString());
  const target = str(parsed, 'out');
  if (target) await writeOut(target, content, flag(parsed, 'force'));
  else out(content.trimEnd());
}
