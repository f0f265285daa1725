import * as vscode from 'vscode';
import { closeAllEditors, exists, inWorkspace, readText, sampleUri, VIEW_TYPE } from './workspace';
import { eventually, includes, ok } from './expect';
import { sampleNote, storeNote } from './sampleNotes';

describe('export command', () => {
  afterEach(closeAllEditors);

  it('writes a Markdown report to the given target', async () => {
    await storeNote(await sampleNote('Exported as Markdown.'));
    const target = inWorkspace('exports', 'report.md');
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('articleAnnotator.exportNotes', {
      format: 'markdown',
      target,
      articles: [sampleUri()],
    });
    ok(written?.toString() === target.toString(), `the command returned ${String(written)}`);
    const report = await readText(target);
    includes(report, 'Exported as Markdown.', 'the Markdown report');
    includes(report, 'needs source', 'the Markdown report (verdict)');
  });

  it('exports the article of the active annotator when given no article', async () => {
    await storeNote(await sampleNote('Exported from the open annotator.'));
    await vscode.commands.executeCommand('vscode.openWith', sampleUri(), VIEW_TYPE);
    const target = inWorkspace('exports', 'active.md');
    await eventually(async () => {
      await vscode.commands.executeCommand('articleAnnotator.exportNotes', { format: 'markdown', target });
      return exists(target);
    }, 'an export of the active annotator');
    includes(await readText(target), 'Exported from the open annotator.', 'the report of the active article');
  });

  it('writes every other format it offers (CSV, JSON-LD, HTML) with the note in it', async () => {
    await storeNote(await sampleNote('Exported in every format.'));
    for (const [format, extension] of [['csv', 'csv'], ['jsonld', 'jsonld'], ['html', 'html']] as const) {
      const target = inWorkspace('exports', `report.${extension}`);
      await vscode.commands.executeCommand('articleAnnotator.exportNotes', { format, target, articles: [sampleUri()] });
      includes(await readText(target), 'Exported in every format.', `the ${format} export`);
    }
  });
});
