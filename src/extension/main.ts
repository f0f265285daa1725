import * as vscode from 'vscode';
import { AnnotatorEditorProvider, VIEW_TYPE } from './annotatorEditor';
import { articleClaims } from './articleClaims';
import { registerArticleLifecycle } from './articleLifecycle';
import { exportNotes } from './exportCommand';
import { importNotesCommand } from './importCommand';
import { NotesService, STORE_FOLDER } from './notesService';
import { registerAnnotatorViews } from './annotatorViews';
import { NotesTreeProvider } from './notesTree';
import { addNoteFromTextEditor } from './textEditorNote';

function activeArticle(provider: AnnotatorEditorProvider): vscode.Uri | undefined {
  return provider.activeSession()?.documentUri ?? vscode.window.activeTextEditor?.document.uri;
}

export function activate(context: vscode.ExtensionContext): void {
  const notes = new NotesService(context);
  const tree = new NotesTreeProvider(notes);
  const provider = new AnnotatorEditorProvider(context.extensionUri, notes, () => tree.knownTags());
  const views = registerAnnotatorViews(context, provider, tree);
  const watcher = vscode.workspace.createFileSystemWatcher(`**/${STORE_FOLDER}/**/*.json`);
  const refresh = (): void => {
    provider.refreshNotes();
    views.refresh();
  };
  const storeFileChanged = (file: vscode.Uri): void => {
    notes.noteFileChanged(file);
    refresh();
  };

  context.subscriptions.push(
    vscode.window.registerCustomEditorProvider(VIEW_TYPE, provider, {
      webviewOptions: { retainContextWhenHidden: false },
      supportsMultipleEditorsPerDocument: true,
    }),
    vscode.commands.registerCommand('articleAnnotator.openInAnnotator', async (uri?: vscode.Uri) => {
      const target = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
      if (!target) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Open a .txt or .md article first.'));
        return;
      }
      await vscode.commands.executeCommand('vscode.openWith', target, VIEW_TYPE);
    }),
    vscode.commands.registerCommand('articleAnnotator.addNote', async () => {
      const session = provider.activeSession();
      const editor = vscode.window.activeTextEditor;
      if (editor && !editor.selection.isEmpty) await addNoteFromTextEditor(notes, editor, await tree.knownTags());
      else if (session) session.startNote();
      else void vscode.window.showWarningMessage(vscode.l10n.t('Select some article text to add a note to.'));
      refresh();
    }),
    vscode.commands.registerCommand('articleAnnotator.exportNotes', (arg?: unknown) =>
      exportNotes(notes, activeArticle(provider), arg),
    ),
    vscode.commands.registerCommand('articleAnnotator.importNotes', async (arg?: unknown) => {
      const summary = await importNotesCommand(notes, activeArticle(provider), arg);
      provider.refreshNotes();
      return summary;
    }),
    registerArticleLifecycle(notes, refresh),
    vscode.workspace.onDidCloseTextDocument((document) => {
      articleClaims.forget(document.uri.toString());
      notes.forgetPlacedNotes(document.uri);
    }),
    watcher,
    watcher.onDidCreate(storeFileChanged),
    watcher.onDidChange(storeFileChanged),
    watcher.onDidDelete(storeFileChanged),
  );
}

export function deactivate(): void {
  // Nothing to release: every resource is in context.subscriptions.
}
