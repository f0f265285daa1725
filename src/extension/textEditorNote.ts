import * as vscode from 'vscode';
import type { NotesService } from './notesService';
import { verdicts } from './settings';

const STEPS = 4;

function splitList(value: string): string[] {
  return value.split(/[,\s]+/).map((v) => v.trim()).filter((v) => v.length > 0);
}

function badLink(value: string): string | undefined {
  const bad = splitList(value).find((link) => !/^(https?:\/\/|mailto:)\S+$/i.test(link));
  return bad ? vscode.l10n.t('Not a web or mail link: {0}', bad) : undefined;
}

/**
 * "Add Note" from the plain text editor, into the same store: note, verdict, tags (offering those already
 * used) and evidence links, one short step each; Escape at any step cancels without writing.
 */
export async function addNoteFromTextEditor(notes: NotesService, editor: vscode.TextEditor, knownTags: readonly string[] = []): Promise<boolean> {
  const document = editor.document;
  const start = document.offsetAt(editor.selection.start);
  const end = document.offsetAt(editor.selection.end);
  const quote = document.getText(editor.selection).replace(/\s+/g, ' ').slice(0, 60);
  const title = (step: number): string => vscode.l10n.t('Note on “{0}” ({1}/{2})', quote, step, STEPS);

  const body = await vscode.window.showInputBox({
    title: title(1),
    prompt: vscode.l10n.t('What did you find? (Markdown; the annotator has a larger editor)'),
    ignoreFocusOut: true,
  });
  if (body === undefined) return false;

  const none = vscode.l10n.t('No verdict');
  const verdict = await vscode.window.showQuickPick([none, ...verdicts()], { title: title(2), placeHolder: vscode.l10n.t('Verdict') });
  if (verdict === undefined) return false;

  let tags: string[] = [];
  if (knownTags.length > 0) {
    const picked = await vscode.window.showQuickPick(
      knownTags.map((label) => ({ label })),
      { title: title(3), canPickMany: true, placeHolder: vscode.l10n.t('Tags already used (pick any; you can add new ones next)') },
    );
    if (picked === undefined) return false;
    tags = picked.map((p) => p.label);
  }
  const more = await vscode.window.showInputBox({
    title: title(3),
    prompt: vscode.l10n.t('New tags, comma separated (optional)'),
    ignoreFocusOut: true,
  });
  if (more === undefined) return false;
  tags = [...new Set([...tags, ...more.split(',').map((t) => t.trim()).filter(Boolean)])];

  const evidence = await vscode.window.showInputBox({
    title: title(4),
    prompt: vscode.l10n.t('Evidence links, separated by spaces (optional)'),
    placeHolder: 'https://…',
    ignoreFocusOut: true,
    validateInput: badLink,
  });
  if (evidence === undefined) return false;

  await notes.add(document.uri, document.getText(), start, end, {
    body,
    verdict: verdict === none ? null : verdict,
    tags,
    evidence: splitList(evidence),
  });
  void vscode.window.showInformationMessage(vscode.l10n.t('Note added.'));
  return true;
}
