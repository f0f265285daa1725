import * as vscode from 'vscode';
import {
  buildMissingReport, buildReport, EXPORT_EXTENSIONS, EXPORT_FORMATS, EXPORT_LABELS, isExportFormat,
  renderExport, type ArticleReport, type ExportFormat,
} from '../core/export/report';
import { encodeUtf8 } from '../core/text/offsets';
import type { NotesService } from './notesService';

/** Arguments a script or test may pass to skip the prompts. */
export interface ExportArgs {
  readonly format?: ExportFormat;
  readonly target?: vscode.Uri;
  readonly articles?: readonly vscode.Uri[];
  /** Every annotated article of the workspace folder(s). */
  readonly all?: boolean;
  /** Replace an existing target without asking; without it a passed target that exists is confirmed in a modal. */
  readonly overwrite?: boolean;
}

function isExportArgs(value: unknown): value is ExportArgs {
  return typeof value === 'object' && value !== null && !(value instanceof vscode.Uri) && !Array.isArray(value);
}

async function pickFormat(): Promise<ExportFormat | undefined> {
  const picked = await vscode.window.showQuickPick(
    EXPORT_FORMATS.map((format) => ({ label: vscode.l10n.t(EXPORT_LABELS[format]), description: `.${EXPORT_EXTENSIONS[format]}`, format })),
    { title: vscode.l10n.t('Export notes as'), placeHolder: vscode.l10n.t('Choose a format') },
  );
  return picked?.format;
}

async function reportFor(notes: NotesService, uri: vscode.Uri): Promise<ArticleReport> {
  const { store, article } = notes.locate(uri);
  let text: string;
  try {
    text = (await vscode.workspace.openTextDocument(uri)).getText();
  } catch {
    return buildMissingReport(article, (await store.load(article)).annotations);
  }
  const { annotations } = await notes.load(uri, text);
  return buildReport(article, text, annotations);
}

/** Every article with notes in the workspace folders, as file URIs. */
async function annotatedArticles(notes: NotesService): Promise<vscode.Uri[]> {
  const found: vscode.Uri[] = [];
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const { store } = notes.locate(vscode.Uri.joinPath(folder.uri, '.article-annotator-probe'));
    for (const key of await store.articles()) found.push(vscode.Uri.joinPath(folder.uri, ...key.split('/')));
  }
  return found;
}

/**
 * The active article, or every annotated one. The analyst is asked only when both are possible and
 * differ; a script that passed arguments is never prompted: it gets the active article.
 */
async function defaultArticles(notes: NotesService, active: vscode.Uri | undefined, scripted: boolean): Promise<vscode.Uri[] | undefined> {
  if (active && scripted) return [active];
  const all = await annotatedArticles(notes);
  if (!active) return all;
  if (all.length === 0 || (all.length === 1 && all[0]?.toString() === active.toString())) return [active];
  const picked = await vscode.window.showQuickPick(
    [
      { label: vscode.l10n.t('This article'), description: vscode.workspace.asRelativePath(active), articles: [active] },
      { label: vscode.l10n.t('All annotated articles'), description: vscode.l10n.t('{0} articles in one report', all.length), articles: all },
    ],
    { title: vscode.l10n.t('Export the notes of') },
  );
  return picked?.articles;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(() => true, () => false);
}

/**
 * The save dialog asks before replacing a file itself; a target passed by a script or keybinding has
 * not been confirmed by anyone, so an existing one is confirmed here unless the caller said overwrite.
 */
async function confirmOverwrite(args: ExportArgs, target: vscode.Uri): Promise<boolean> {
  if (!args.target || args.overwrite || !(await exists(target))) return true;
  const replace = vscode.l10n.t('Replace');
  const answer = await vscode.window.showWarningMessage(
    vscode.l10n.t('{0} already exists. Replace it with the exported notes?', vscode.workspace.asRelativePath(target)),
    { modal: true },
    replace,
  );
  return answer === replace;
}

function defaultTarget(first: vscode.Uri, format: ExportFormat, several: boolean): vscode.Uri {
  const folder = vscode.workspace.getWorkspaceFolder(first)?.uri;
  if (several && folder) return vscode.Uri.joinPath(folder, `notes.${EXPORT_EXTENSIONS[format]}`);
  return first.with({ path: `${first.path.replace(/\.[^/.]+$/, '')}.notes.${EXPORT_EXTENSIONS[format]}` });
}

/** Exports the given articles (explorer, editor, args), else the active one, else every annotated one. */
export async function exportNotes(notes: NotesService, activeArticle: vscode.Uri | undefined, arg?: unknown): Promise<vscode.Uri | undefined> {
  const args: ExportArgs = isExportArgs(arg) ? arg : {};
  if (args.format !== undefined && !isExportFormat(args.format)) throw new Error(vscode.l10n.t('Unknown export format: {0}', String(args.format)));
  const articles = args.all
    ? await annotatedArticles(notes)
    : args.articles ?? (arg instanceof vscode.Uri ? [arg] : await defaultArticles(notes, activeArticle, isExportArgs(arg)));
  if (articles === undefined) return undefined;
  if (articles.length === 0) {
    void vscode.window.showWarningMessage(vscode.l10n.t('There are no notes to export: open an article first.'));
    return undefined;
  }
  const format = args.format ?? (await pickFormat());
  if (!format) return undefined;
  const first = articles[0] as vscode.Uri;
  const target =
    args.target ??
    (await vscode.window.showSaveDialog({
      defaultUri: defaultTarget(first, format, articles.length > 1),
      filters: { [vscode.l10n.t(EXPORT_LABELS[format])]: [EXPORT_EXTENSIONS[format]] },
      title: vscode.l10n.t('Export notes'),
    }));
  if (!target) return undefined;
  // A confirmed overwrite of a file is fine; of the article being reported on, it is a slip that loses the article.
  if (articles.some((uri) => uri.toString() === target.toString())) {
    throw new Error(vscode.l10n.t('Will not write the report over the article {0}', vscode.workspace.asRelativePath(target)));
  }
  if (!(await confirmOverwrite(args, target))) return undefined;
  const content = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Exporting notes…'), cancellable: true },
    async (progress, cancel) => {
      const reports: ArticleReport[] = [];
      for (const uri of articles) {
        if (cancel.isCancellationRequested) return undefined;
        progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / articles.length });
        reports.push(await reportFor(notes, uri));
      }
      return renderExport(format, reports, {
        generated: new Date().toISOString(),
        articleIri: (path) => articleIri(articles, reports, path),
        collectionId: `urn:uuid:${crypto.randomUUID()}`,
      });
    },
  );
  if (content === undefined) return undefined;
  await vscode.workspace.fs.writeFile(target, encodeUtf8(content));
  if (!args.target) {
    const open = vscode.l10n.t('Open');
    void vscode.window.showInformationMessage(vscode.l10n.t('Notes exported to {0}', vscode.workspace.asRelativePath(target)), open).then((choice) => {
      if (choice === open) void vscode.commands.executeCommand('vscode.open', target);
    });
  }
  return target;
}

/** The article's own URI (file:, vscode-vfs:, ...): an absolute IRI wherever the workspace lives. */
function articleIri(articles: readonly vscode.Uri[], reports: readonly ArticleReport[], path: string): string {
  const index = reports.findIndex((r) => r.path === path);
  return (articles[index] ?? articles[0] as vscode.Uri).toString();
}
