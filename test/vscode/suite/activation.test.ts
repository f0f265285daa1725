import * as vscode from 'vscode';
import { equal, ok } from './expect';
import { EXTENSION_ID, VIEW_TYPE } from './workspace';

interface ContributedCommand {
  readonly command: string;
}
interface ContributedEditor {
  readonly viewType: string;
  readonly selector: readonly { readonly filenamePattern: string }[];
  readonly priority?: string;
}
interface Contributions {
  readonly commands?: readonly ContributedCommand[];
  readonly customEditors?: readonly ContributedEditor[];
  readonly views?: Readonly<Record<string, readonly { readonly id: string }[]>>;
}

function extension(): vscode.Extension<unknown> {
  const found = vscode.extensions.getExtension(EXTENSION_ID);
  ok(found, `extension ${EXTENSION_ID} is not installed in this VS Code`);
  return found;
}

function contributions(): Contributions {
  return (extension().packageJSON as { contributes?: Contributions }).contributes ?? {};
}

describe('activation and manifest', () => {
  it('is installed under its publisher and name', () => {
    equal(extension().id, EXTENSION_ID, 'extension id');
  });

  it('activates without an error', async () => {
    await extension().activate();
    ok(extension().isActive, 'the extension did not become active');
  });

  it('registers every command its manifest contributes', async () => {
    const contributed = (contributions().commands ?? []).map((c) => c.command);
    ok(contributed.length >= 3, `expected at least 3 contributed commands, found ${contributed.length}`);
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.filter((command) => !registered.has(command));
    equal(missing.join(', '), '', 'contributed commands with no registration');
  });

  it('contributes the open, add-note and export commands', () => {
    const contributed = new Set((contributions().commands ?? []).map((c) => c.command));
    for (const command of ['articleAnnotator.openInAnnotator', 'articleAnnotator.addNote', 'articleAnnotator.exportNotes']) {
      ok(contributed.has(command), `${command} is not contributed`);
    }
  });

  it('contributes the custom editor for .txt and .md as an option', () => {
    const editor = (contributions().customEditors ?? []).find((e) => e.viewType === VIEW_TYPE);
    ok(editor, `no custom editor with viewType ${VIEW_TYPE}`);
    const patterns = editor.selector.map((s) => s.filenamePattern).sort();
    equal(patterns.join(' '), '*.md *.txt', 'file patterns');
    equal(editor.priority, 'option', 'priority');
  });

  it('shows its Notes view in the explorer when asked to', async function () {
    const contributed = (contributions().views?.['explorer'] ?? []).some((view) => view.id === 'articleAnnotator.notes');
    if (!contributed) this.skip();
    await vscode.commands.executeCommand('articleAnnotator.notes.focus');
  });
});
