import * as vscode from 'vscode';
import type { NotesService } from './notesService';

/** "Add Note" from the plain text editor: the same store, prompted with input boxes. */
export async function addNoteFromTextEditor(notes: NotesService, editor: vscode.TextEditor): Promise<void> {
  const document = editor.document;
  const start = document.offsetAt(editor.selection.start);
  const end = document.offsetAt(editor.selection.end);
  const body = await vscode.window.showInputBox({
    title: vscode.l10n.t('Note on “{0}”', document.getText(editor.selection).slice(0, 60)),
    prompt: vscode.l10n.t('Your note (Markdown)'),
  });
  if (body === undefined) return;
  await notes.add(document.uri, document.getText(), start, end, { body, tags: [], verdict: null, evidence: [] });
  void vscode.window.showInformationMessage(vscode.l10n.t('Note added.'));
}
