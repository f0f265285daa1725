import * as vscode from 'vscode';
import { buildReport, EXPORT_EXTENSIONS, EXPORT_FORMATS, renderExport, type ArticleReport, type ExportFormat } from '../core/export/report';
import { encodeUtf8 } from '../core/text/offsets';
import type { NotesService } from './notesService';

/** Arguments a script or test may pass to skip the prompts. */
export interface ExportArgs {
  readonly format?: ExportFormat;
  readonly target?: vscode.Uri;
  readonly articles?: readonly vscode.Uri[];
}

function isExportArgs(value: unknown): value is ExportArgs {
  return typeof value === 'object' && value !== null && !(value instanceof vscode.Uri);
}

async function pickFormat(): Promise<ExportFormat | undefined> {
  if (EXPORT_FORMATS.length === 1) return EXPORT_FORMATS[0];
  const picked = await vscode.window.showQuickPick(
    EXPORT_FORMATS.map((f) => ({ label: f })),
    { title: vscode.l10n.t('Export notes as') },
  );
  return picked?.label as ExportFormat | undefined;
}

async function reportFor(notes: NotesService, uri: vscode.Uri): Promise<ArticleReport> {
  const document = await vscode.workspace.openTextDocument(uri);
  const text = document.getText();
  const { annotations } = await notes.load(uri, text);
  return buildReport(notes.locate(uri).article, text, annotations);
}

/** Exports the given article (explorer or editor), else the active one, as a report file. */
export async function exportNotes(notes: NotesService, activeArticle: vscode.Uri | undefined, arg?: unknown): Promise<vscode.Uri | undefined> {
  const args: ExportArgs = isExportArgs(arg) ? arg : {};
  const articles = args.articles ?? (arg instanceof vscode.Uri ? [arg] : activeArticle ? [activeArticle] : []);
  if (articles.length === 0) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open an article to export its notes.'));
    return undefined;
  }
  const format = args.format ?? (await pickFormat());
  if (!format) return undefined;
  const first = articles[0] as vscode.Uri;
  const target =
    args.target ??
    (await vscode.window.showSaveDialog({
      defaultUri: first.with({ path: `${first.path.replace(/\.[^/.]+$/, '')}.notes.${EXPORT_EXTENSIONS[format]}` }),
      filters: { [format]: [EXPORT_EXTENSIONS[format]] },
      title: vscode.l10n.t('Export notes'),
    }));
  if (!target) return undefined;
  const content = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Exporting notes…') },
    async () => {
      const reports: ArticleReport[] = [];
      for (const uri of articles) reports.push(await reportFor(notes, uri));
      return renderExport(format, reports, new Date().toISOString());
    },
  );
  await vscode.workspace.fs.writeFile(target, encodeUtf8(content));
  if (!args.target) {
    const open = vscode.l10n.t('Open');
    void vscode.window.showInformationMessage(vscode.l10n.t('Notes exported to {0}', vscode.workspace.asRelativePath(target)), open).then((choice) => {
      if (choice === open) void vscode.window.showTextDocument(target);
    });
  }
  return target;
}
