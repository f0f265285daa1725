import * as vscode from 'vscode';
import { importNotes, type ImportArticle, type ImportSummary } from '../core/import/place';
import { parseImport } from '../core/import/parse';
import { sourceCandidates } from '../core/import/sources';
import { ImportError, type ParsedImport } from '../core/import/types';
import { newNoteId } from '../core/store/annotation';
import { decodeUtf8 } from '../core/text/offsets';
import type { NotesService } from './notesService';

/** Arguments a script or test may pass to skip the prompts. */
export interface ImportArgs {
  /** The W3C JSON-LD or Hypothesis JSON file to import. */
  readonly file?: vscode.Uri;
  /** Put every note on this article, whatever its target says. */
  readonly article?: vscode.Uri;
  /** Put notes whose target is not in the workspace on the active article without asking. */
  readonly attachUnmatched?: boolean;
}

function isImportArgs(value: unknown): value is ImportArgs {
  return typeof value === 'object' && value !== null && !(value instanceof vscode.Uri) && !Array.isArray(value);
}

type Finder = (sources: readonly string[]) => Promise<ImportArticle | undefined>;

function articleFinder(notes: NotesService): { byUri: (uri: vscode.Uri) => Promise<ImportArticle | undefined>; bySources: Finder } {
  const cache = new Map<string, Promise<ImportArticle | undefined>>();
  const byUri = (uri: vscode.Uri): Promise<ImportArticle | undefined> => {
    let found = cache.get(uri.toString());
    if (!found) {
      found = (async (): Promise<ImportArticle | undefined> => {
        const stat = await vscode.workspace.fs.stat(uri).then((s) => s, () => undefined);
        if (!stat || (stat.type & vscode.FileType.File) === 0) return undefined;
        const { store, article } = notes.locate(uri);
        return { article, store, text: (await vscode.workspace.openTextDocument(uri)).getText() };
      })();
      cache.set(uri.toString(), found);
    }
    return found;
  };
  const bySources: Finder = async (sources) => {
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      for (const source of sources) {
        for (const key of sourceCandidates(source, folder.uri.toString())) {
          const article = await byUri(vscode.Uri.joinPath(folder.uri, ...key.split('/')));
          if (article) return article;
        }
      }
    }
    return undefined;
  };
  return { byUri, bySources };
}

async function pickFile(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    canSelectMany: false,
    filters: { [vscode.l10n.t('Annotations (W3C JSON-LD, Hypothesis JSON)')]: ['json', 'jsonld'] },
    title: vscode.l10n.t('Import notes'),
    openLabel: vscode.l10n.t('Import'),
  });
  return picked?.[0];
}

async function readParsed(file: vscode.Uri): Promise<ParsedImport | undefined> {
  try {
    return parseImport(decodeUtf8(await vscode.workspace.fs.readFile(file)));
  } catch (error) {
    const message = error instanceof ImportError ? error.message : error instanceof Error ? error.message : String(error);
    void vscode.window.showErrorMessage(vscode.l10n.t('Cannot import {0}: {1}', vscode.workspace.asRelativePath(file), message));
    return undefined;
  }
}

/** Notes whose target names no workspace file go to the active article only if the analyst says so. */
async function fallbackFor(parsed: ParsedImport, find: Finder, active: ImportArticle | undefined, args: ImportArgs): Promise<ImportArticle | undefined> {
  if (!active) return undefined;
  let unmatched = 0;
  for (const note of parsed.notes) if (!(await find(note.sources))) unmatched++;
  if (unmatched === 0) return undefined;
  if (args.attachUnmatched) return active;
  const attach = vscode.l10n.t('Attach to {0}', active.article);
  const answer = await vscode.window.showWarningMessage(
    vscode.l10n.t('{0} of {1} notes name no file of this workspace. Attach them to {2}?', unmatched, parsed.notes.length, active.article),
    { modal: true },
    attach,
  );
  return answer === attach ? active : undefined;
}

function details(summary: ImportSummary): string {
  const lines = ['# Imported notes', ''];
  for (const n of summary.imported) lines.push(`- ${n.status}: ${n.article} — “${n.quote.replace(/\s+/g, ' ').slice(0, 80)}” (${n.id})`);
  if (summary.skipped.length > 0) lines.push('', '# Skipped', '');
  for (const s of summary.skipped) lines.push(`- ${s.id ?? '(no id)'}${s.article ? ` in ${s.article}` : ''}: ${s.reason}`);
  return `${lines.join('\n')}\n`;
}

async function report(summary: ImportSummary): Promise<void> {
  const count = (status: string): number => summary.imported.filter((n) => n.status === status).length;
  const message = vscode.l10n.t(
    'Imported {0} notes ({1} anchored, {2} drifted, {3} orphaned); skipped {4}.',
    summary.imported.length, count('anchored'), count('drifted'), count('orphaned'), summary.skipped.length,
  );
  const show = vscode.l10n.t('Show Details');
  const choice = await vscode.window.showInformationMessage(message, show);
  if (choice === show) {
    const doc = await vscode.workspace.openTextDocument({ content: details(summary), language: 'markdown' });
    await vscode.window.showTextDocument(doc);
  }
}

/** Imports W3C JSON-LD or Hypothesis JSON notes into the workspace; returns what was imported and skipped. */
export async function importNotesCommand(notes: NotesService, activeArticle: vscode.Uri | undefined, arg?: unknown): Promise<ImportSummary | undefined> {
  const args: ImportArgs = isImportArgs(arg) ? arg : {};
  const file = args.file ?? (arg instanceof vscode.Uri ? arg : await pickFile());
  if (!file) return undefined;
  const parsed = await readParsed(file);
  if (!parsed) return undefined;
  const finder = articleFinder(notes);
  const forced = args.article ? await finder.byUri(args.article) : undefined;
  if (args.article && !forced) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The article {0} does not exist.', args.article.toString()));
    return undefined;
  }
  const active = activeArticle ? await finder.byUri(activeArticle) : undefined;
  const fallback = forced ? undefined : await fallbackFor(parsed, finder.bySources, active, args);
  const summary = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Importing notes…') },
    () => importNotes(parsed, {
      findArticle: async (sources) => forced ?? (await finder.bySources(sources)) ?? fallback,
      now: new Date().toISOString(),
      newId: () => newNoteId(() => crypto.randomUUID()),
    }),
  );
  if (!args.file) await report(summary);
  return summary;
}
