import * as vscode from 'vscode';
import type { NotesService } from './notesService';
import { STORE_FOLDER } from './notesService';

function isInsideStore(uri: vscode.Uri): boolean {
  return uri.path.split('/').includes(STORE_FOLDER);
}

/** The article paths with notes at or under a (file or folder) path: a renamed folder moves all of them. */
async function annotatedUnder(notes: NotesService, uri: vscode.Uri): Promise<string[]> {
  const { store, article } = notes.locate(uri);
  return store.articles(article);
}

function relocate(base: vscode.Uri, baseArticle: string, article: string): vscode.Uri {
  const rest = article.slice(baseArticle.length).split('/').filter((part) => part !== '');
  return rest.length === 0 ? base : vscode.Uri.joinPath(base, ...rest);
}

/** Notes follow their article when it is renamed or moved in VS Code (explorer, refactorings, WorkspaceEdit). */
export async function followRenames(notes: NotesService, files: readonly { oldUri: vscode.Uri; newUri: vscode.Uri }[]): Promise<void> {
  const leftBehind: string[] = [];
  for (const { oldUri, newUri } of files) {
    if (isInsideStore(oldUri) || isInsideStore(newUri)) continue;
    const oldArticle = notes.locate(oldUri).article;
    for (const article of await annotatedUnder(notes, oldUri)) {
      const from = relocate(oldUri, oldArticle, article);
      const result = await notes.moveArticle(from, relocate(newUri, oldArticle, article));
      leftBehind.push(...result.problems.map((p) => `${p.path}: ${p.problem}`));
    }
  }
  if (leftBehind.length > 0) {
    void vscode.window.showWarningMessage(
      vscode.l10n.t('Some note files could not be read, so they stayed at the old path, untouched: {0}', leftBehind.join('; ')),
    );
  }
}

/**
 * A deleted article keeps its notes: they show as orphaned (in the notes view and the CLI) until the
 * user chooses to delete them, here or later.
 */
export async function keepNotesOfDeleted(notes: NotesService, files: readonly vscode.Uri[]): Promise<void> {
  for (const uri of files) {
    if (isInsideStore(uri)) continue;
    const articles = await annotatedUnder(notes, uri);
    if (articles.length === 0) continue;
    const { store } = notes.locate(uri);
    let count = 0;
    for (const article of articles) count += (await store.load(article)).annotations.length;
    const remove = vscode.l10n.t('Delete the Notes');
    const choice = await vscode.window.showInformationMessage(
      vscode.l10n.t('{0} was deleted. Its {1} notes are kept and shown as orphaned.', vscode.workspace.asRelativePath(uri), count),
      remove,
    );
    if (choice !== remove) continue;
    const confirm = vscode.l10n.t('Delete');
    const sure = await vscode.window.showWarningMessage(
      vscode.l10n.t('Delete the {0} notes of {1}? This cannot be undone.', count, vscode.workspace.asRelativePath(uri)),
      { modal: true },
      confirm,
    );
    if (sure !== confirm) continue;
    for (const article of articles) {
      for (const annotation of (await store.load(article)).annotations) await store.remove(article, annotation.id);
    }
  }
}

/** The commands and listeners that keep notes safe: undo, renames and deletes of articles. */
export function registerArticleLifecycle(notes: NotesService, refresh: () => void): vscode.Disposable {
  const report = (error: unknown): void => {
    void vscode.window.showErrorMessage(vscode.l10n.t('Article Annotator: {0}', error instanceof Error ? error.message : String(error)));
  };
  return vscode.Disposable.from(
    notes,
    notes.onDidChangeNotes(refresh),
    vscode.workspace.onDidRenameFiles((e) => void followRenames(notes, e.files).then(refresh, report)),
    vscode.workspace.onDidDeleteFiles((e) => void keepNotesOfDeleted(notes, e.files).then(refresh, report)),
    vscode.commands.registerCommand('articleAnnotator.undoNoteChange', async () => {
      try {
        const label = await notes.undo();
        vscode.window.setStatusBarMessage(label ? vscode.l10n.t('Undone: {0}', label) : vscode.l10n.t('No note change to undo'), 4000);
      } catch (error) {
        report(error);
      }
      refresh();
    }),
  );
}
