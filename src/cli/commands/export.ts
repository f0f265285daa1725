import { randomUUID } from 'node:crypto';
import { constants as fsConstants, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  buildMissingReport, buildReport, EXPORT_FORMATS, isExportFormat, renderExport, type ArticleReport,
} from '../../core/export/report';
import { encodePathSegments, isAbsoluteUri } from '../../core/export/uri';
import { flag, parse, str } from '../args';
import { RuntimeError, UsageError } from '../errors';
import { articleKey, openWorkspace, readArticle, STORE_FOLDER, type CliWorkspace } from '../workspace';

export const EXPORT_USAGE = `Usage: article-annotator export (<article>... | --all) --format <${EXPORT_FORMATS.join('|')}>
       [--out FILE] [--force] [--base-uri IRI] [--workspace DIR]

Writes a report of the notes on the given articles (or every annotated article with --all)
to FILE, or to standard output. An existing FILE is replaced only with --force.
  markdown  a readable report per article: counts, then each note with its quote
  csv       one row per note (UTF-8 with BOM, RFC 4180; formula-like cells neutralised)
  jsonld    a W3C Web Annotation AnnotationCollection
  html      one self-contained page: the annotated article with numbered notes
  --base-uri IRI  jsonld: the IRI article paths are resolved against
                  (default: the workspace folder's file: URI)`;

async function report(workspace: CliWorkspace, file: string): Promise<ArticleReport> {
  const key = articleKey(workspace, file);
  const loaded = await workspace.store.load(key);
  if (loaded.problems.length > 0) {
    const first = loaded.problems[0];
    throw new RuntimeError(`cannot read note file ${STORE_FOLDER}/${first?.path}: ${first?.problem} (left untouched)`);
  }
  return buildReport(key, await readArticle(file), loaded.annotations);
}

/** With --all, an annotated article whose file is gone is still reported: its notes are orphaned, not dropped. */
async function reportAll(workspace: CliWorkspace, key: string): Promise<ArticleReport> {
  const file = path.join(workspace.root, ...key.split('/'));
  const exists = await fs.stat(file).then((s) => s.isFile(), () => false);
  if (exists) return report(workspace, file);
  const loaded = await workspace.store.load(key);
  return buildMissingReport(key, loaded.annotations);
}

function checkTarget(workspace: CliWorkspace, target: string, reports: readonly ArticleReport[]): void {
  const resolved = path.resolve(target);
  const store = path.join(workspace.root, STORE_FOLDER);
  if (resolved === store || resolved.startsWith(`${store}${path.sep}`)) {
    throw new RuntimeError(`will not write into the notes folder ${store}`);
  }
  if (reports.some((r) => path.join(workspace.root, ...r.path.split('/')) === resolved)) {
    throw new RuntimeError(`will not write the report over an article: ${target}`);
  }
}

/** Written next to the target and moved into place, so a killed export never leaves half a report. */
async function writeOut(file: string, content: string, force: boolean): Promise<void> {
  const temp = path.join(path.dirname(path.resolve(file)), `.${path.basename(file)}.${randomUUID()}.tmp`);
  try {
    await fs.writeFile(temp, content, { flag: 'wx' });
    if (force) await fs.rename(temp, file);
    else await fs.link(temp, file).catch(async (error: NodeJS.ErrnoException) => {
      // Some file systems have no hard links: an exclusive copy still never replaces a file.
      if (error.code !== 'EPERM' && error.code !== 'ENOTSUP' && error.code !== 'ENOSYS') throw error;
      await fs.copyFile(temp, file, fsConstants.COPYFILE_EXCL);
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new RuntimeError(`${file} exists: pass --force to replace it`);
    if (code === 'ENOENT') throw new RuntimeError(`folder does not exist for ${file}`);
    throw new RuntimeError(`cannot write ${file}: ${code ?? String(error)}`);
  } finally {
    await fs.rm(temp, { force: true });
  }
}

function articleIriFor(workspace: CliWorkspace, baseUri: string | undefined): (key: string) => string {
  const base = baseUri ?? pathToFileURL(workspace.root).href;
  const withSlash = base.endsWith('/') ? base : `${base}/`;
  return (key) => `${withSlash}${encodePathSegments(key)}`;
}

export async function exportCommand(args: readonly string[], out: (text: string) => void): Promise<void> {
  const parsed = parse(args, {
    all: { type: 'boolean' }, format: { type: 'string' }, out: { type: 'string' },
    force: { type: 'boolean' }, workspace: { type: 'string' }, 'base-uri': { type: 'string' },
  });
  if (flag(parsed, 'help')) return out(EXPORT_USAGE);
  const format = str(parsed, 'format');
  if (!format || !isExportFormat(format)) throw new UsageError(`--format must be one of: ${EXPORT_FORMATS.join(', ')}`);
  const all = flag(parsed, 'all');
  if (all === (parsed.positionals.length > 0)) throw new UsageError('give article files or --all, not both');
  const baseUri = str(parsed, 'base-uri');
  if (baseUri !== undefined && !isAbsoluteUri(baseUri)) throw new UsageError('--base-uri must be an absolute IRI, e.g. https://example.org/articles/');
  const workspace = openWorkspace(str(parsed, 'workspace'));
  const reports: ArticleReport[] = [];
  if (all) for (const key of await workspace.store.articles()) reports.push(await reportAll(workspace, key));
  else for (const file of parsed.positionals) reports.push(await report(workspace, file));
  const content = renderExport(format, reports, {
    generated: new Date().toISOString(),
    articleIri: articleIriFor(workspace, baseUri),
    collectionId: `urn:uuid:${randomUUID()}`,
  });
  const target = str(parsed, 'out');
  if (!target) return out(content.replace(/\r?\n$/, ''));
  checkTarget(workspace, target, reports);
  await writeOut(target, content, flag(parsed, 'force'));
}
