import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { newNoteId } from '../../core/store/annotation';
import { importNotes, type ImportArticle, type ImportSummary } from '../../core/import/place';
import { parseImport } from '../../core/import/parse';
import { sourceCandidates } from '../../core/import/sources';
import { ImportError } from '../../core/import/types';
import { flag, one, parse, str } from '../args';
import { RuntimeError } from '../errors';
import { articleKey, openWorkspace, readArticle, type CliWorkspace } from '../workspace';
import { jsonForStdout } from '../json';

export const IMPORT_USAGE = `Usage: article-annotator import <file> [--article PATH] [--json] [--workspace DIR]

Imports notes from W3C Web Annotation JSON-LD (one annotation, an array, or an AnnotationCollection)
or from Hypothesis's JSON export. Each note goes to the workspace file its target names (a workspace
path, a file: IRI, or an IRI whose path ends in a workspace path), or to --article for all of them.
Notes whose id is already there are skipped; nothing is overwritten. Imported notes re-anchor like
any note: a quote not found in the article is imported as orphaned.
  --json  print {"format", "imported": [{"id", "article", "status", "quote"}], "skipped": [{"id", "article", "reason"}]}`;

async function readImportFile(file: string): Promise<string> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new RuntimeError(`file not found: ${file}`);
    throw new RuntimeError(`cannot read ${file}: ${code ?? String(error)}`);
  }
}

/** Finds and reads articles once each; a source names an article only when that file is in the workspace. */
function articleFinder(workspace: CliWorkspace, forced: string | undefined): (sources: readonly string[]) => Promise<ImportArticle | undefined> {
  const cache = new Map<string, Promise<ImportArticle | undefined>>();
  const workspaceIri = pathToFileURL(workspace.root).href;
  const load = (key: string): Promise<ImportArticle | undefined> => {
    let found = cache.get(key);
    if (!found) {
      const file = path.join(workspace.root, ...key.split('/'));
      found = fs.stat(file).then(
        async (stat) => (stat.isFile() ? { article: key, text: await readArticle(file), store: workspace.store } : undefined),
        () => undefined,
      );
      cache.set(key, found);
    }
    return found;
  };
  return async (sources) => {
    if (forced !== undefined) return load(forced);
    for (const source of sources) {
      for (const key of sourceCandidates(source, workspaceIri)) {
        const article = await load(key);
        if (article) return article;
      }
    }
    return undefined;
  };
}

function describe(summary: ImportSummary, file: string): string {
  const count = (status: string): number => summary.imported.filter((n) => n.status === status).length;
  const name = summary.format === 'w3c' ? 'W3C Web Annotation' : 'Hypothesis';
  const lines = [
    `Imported ${summary.imported.length} notes from ${file} (${name}): ${count('anchored')} anchored, ${count('drifted')} drifted, ${count('orphaned')} orphaned; skipped ${summary.skipped.length}.`,
  ];
  for (const note of summary.imported) lines.push(`  ${note.status.padEnd(8)} ${note.id}  ${note.article}  "${note.quote.replace(/\s+/g, ' ').slice(0, 60)}"`);
  if (summary.skipped.length > 0) lines.push('Skipped:');
  for (const note of summary.skipped) lines.push(`  ${note.id ?? '(no id)'}${note.article ? `  ${note.article}` : ''}: ${note.reason}`);
  if (summary.skipped.some((n) => n.reason.startsWith('no workspace file'))) lines.push('Pass --article PATH to put notes on one article whatever their target says.');
  return lines.join('\n');
}

export async function importCommand(args: readonly string[], out: (text: string) => void): Promise<void> {
  const parsed = parse(args, { article: { type: 'string' }, json: { type: 'boolean' }, workspace: { type: 'string' } });
  if (flag(parsed, 'help')) return out(IMPORT_USAGE);
  const file = one(parsed, 'file to import');
  const workspace = openWorkspace(str(parsed, 'workspace'));
  const articleOption = str(parsed, 'article');
  let forced: string | undefined;
  if (articleOption !== undefined) {
    await readArticle(articleOption);
    forced = articleKey(workspace, articleOption);
  }
  let summary: ImportSummary;
  try {
    summary = await importNotes(parseImport(await readImportFile(file)), {
      findArticle: articleFinder(workspace, forced),
      now: new Date().toISOString(),
      newId: () => newNoteId(randomUUID),
    });
  } catch (error) {
    if (error instanceof ImportError) throw new RuntimeError(`cannot import ${file}: ${error.message}`);
    throw error;
  }
  if (flag(parsed, 'json')) return out(jsonForStdout({ file, ...summary }));
  out(describe(summary, file));
}
