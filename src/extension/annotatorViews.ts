import * as vscode from 'vscode';
import { WEBVIEW_COMMANDS, type WebviewCommand } from '../protocol/messages';
import type { AnnotatorEditorProvider } from './annotatorEditor';
import { NotesTreeProvider, pickNoteFilter, REVEAL_COMMAND } from './notesTree';
import { SECTION } from './settings';
import { isArticleDocument, TextEditorDecorations } from './textEditorDecorations';

/** Palette commands that do inside the annotator what its single-key shortcuts do. */
const COMMAND_IDS: Readonly<Record<WebviewCommand, string>> = {
  nextClaim: 'articleAnnotator.nextClaim',
  previousClaim: 'articleAnnotator.previousClaim',
  nextUnreviewed: 'articleAnnotator.nextUnreviewedClaim',
  editNote: 'articleAnnotator.editNote',
  setVerdict: 'articleAnnotator.setVerdict',
  filter: 'articleAnnotator.focusFilters',
};

export interface AnnotatorViews {
  readonly tree: NotesTreeProvider;
  /** Notes changed (a note written, a file changed on disk): refresh the tree and the text editors. */
  refresh(): void;
}

/** The Notes view, the text-editor decorations and hover, and the commands that drive the annotator. */
export function registerAnnotatorViews(context: vscode.ExtensionContext, provider: AnnotatorEditorProvider, tree: NotesTreeProvider): AnnotatorViews {
  const decorations = new TextEditorDecorations(provider.notesService);
  const view = vscode.window.createTreeView('articleAnnotator.notes', { treeDataProvider: tree, showCollapseAll: true });
  tree.view = view;
  const refresh = (): void => {
    tree.refresh();
    decorations.invalidate();
  };
  let treeTimer: ReturnType<typeof setTimeout> | undefined;
  const editedArticles = new Map<string, vscode.Uri>();
  const refreshTreeSoon = (uri: vscode.Uri): void => {
    editedArticles.set(uri.toString(), uri);
    if (treeTimer) clearTimeout(treeTimer);
    treeTimer = setTimeout(() => {
      tree.refreshArticles([...editedArticles.values()]);
      editedArticles.clear();
    }, 1000);
  };

  context.subscriptions.push(
    view,
    decorations,
    vscode.languages.registerHoverProvider([{ language: 'plaintext' }, { language: 'markdown' }], decorations),
    vscode.commands.registerCommand(REVEAL_COMMAND, async (uri: unknown, start: unknown, end: unknown, noteId?: unknown) => {
      if (typeof uri !== 'string') return;
      const range = typeof start === 'number' && typeof end === 'number' ? [start, end] : [null, null];
      await provider.reveal(vscode.Uri.parse(uri, true), range[0] ?? null, range[1] ?? null, typeof noteId === 'string' ? noteId : undefined);
    }),
    vscode.commands.registerCommand('articleAnnotator.filterNotes', () => pickNoteFilter(tree)),
    vscode.commands.registerCommand('articleAnnotator.clearNotesFilter', () => tree.setFilter(undefined)),
    // The way out when a change on disk went unseen: every note file is read again, open annotators included.
    vscode.commands.registerCommand('articleAnnotator.refreshNotes', () => {
      provider.notesService.forgetLoadedNotes();
      provider.refreshNotes();
      refresh();
    }),
    ...WEBVIEW_COMMANDS.map((command) =>
      vscode.commands.registerCommand(COMMAND_IDS[command], () => {
        if (!provider.runInActive(command)) void vscode.window.showInformationMessage(vscode.l10n.t('Open an article in the Article Annotator first.'));
      }),
    ),
    vscode.window.onDidChangeVisibleTextEditors(() => decorations.schedule()),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (!isArticleDocument(event.document) || event.contentChanges.length === 0) return;
      decorations.schedule();
      refreshTreeSoon(event.document.uri);
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(SECTION)) refresh();
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(refresh),
  );
  decorations.schedule();
  return { tree, refresh };
}
