import * as vscode from 'vscode';
import { eventually, ok } from './expect';
import { annotatorTab, closeAllEditors, inWorkspace, sampleUri, VIEW_TYPE, writeText } from './workspace';

describe('custom editor', () => {
  afterEach(closeAllEditors);

  it('opens the sample with vscode.openWith', async () => {
    await vscode.commands.executeCommand('vscode.openWith', sampleUri(), VIEW_TYPE);
    await eventually(() => annotatorTab(sampleUri()) !== undefined, 'the annotator tab for the sample');
    ok(annotatorTab(sampleUri())?.isActive, 'the annotator tab is not the active tab');
  });

  it('opens the sample through the Open in Article Annotator command', async () => {
    await vscode.commands.executeCommand('articleAnnotator.openInAnnotator', sampleUri());
    await eventually(() => annotatorTab(sampleUri()) !== undefined, 'the annotator tab after openInAnnotator');
  });

  it('opens the article of the active text editor when given no argument', async () => {
    await vscode.window.showTextDocument(sampleUri());
    await vscode.commands.executeCommand('articleAnnotator.openInAnnotator');
    await eventually(() => annotatorTab(sampleUri()) !== undefined, 'the annotator tab for the active text editor');
  });

  it('opens a Markdown article too', async () => {
    const markdown = inWorkspace('notes-test', 'brief.md');
    await writeText(markdown, '# Brief\n\nExports rose 12 percent in 2024, according to the ministry.\n');
    await vscode.commands.executeCommand('vscode.openWith', markdown, VIEW_TYPE);
    await eventually(() => annotatorTab(markdown) !== undefined, 'the annotator tab for a .md file');
  });

  it('keeps the file the source of truth: the text document stays unmodified', async () => {
    await vscode.commands.executeCommand('vscode.openWith', sampleUri(), VIEW_TYPE);
    await eventually(() => annotatorTab(sampleUri()) !== undefined, 'the annotator tab');
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === sampleUri().toString());
    ok(document, 'the custom text editor did not open the sample as a text document');
    ok(!document.isDirty, 'opening the annotator made the article dirty');
  });
});
