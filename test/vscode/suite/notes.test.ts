import * as vscode from 'vscode';
import type { Annotation } from '../../../src/core/store/annotation';
import { equal, includes, ok } from './expect';
import { sampleNote, storeNote, TRAINS_QUOTE } from './sampleNotes';
import { exists, inWorkspace, readText, SAMPLE_NAME, sampleUri, writeText } from './workspace';

describe('notes in the workspace', () => {
  it('writes a W3C annotation under .annotations/<article>/ through workspace.fs and reads it back', async () => {
    const annotation = await sampleNote('Check the 6,195 figure against the operator’s annual report.');
    const uri = await storeNote(annotation);
    ok(await exists(uri), `${uri.toString()} was not written`);
    const back = JSON.parse(await readText(uri)) as Annotation;
    equal(back['@context'], 'http://www.w3.org/ns/anno.jsonld', '@context');
    equal(back.type, 'Annotation', 'type');
    equal(back.id, annotation.id, 'id');
    equal(back.target.source, SAMPLE_NAME, 'target source');
    const quote = back.target.selector.find((s) => s.type === 'TextQuoteSelector');
    equal(quote?.type === 'TextQuoteSelector' ? quote.exact : undefined, TRAINS_QUOTE, 'quote');
  });

  it('reads notes written by another tool: the export lists them with their quote', async () => {
    const annotation = await sampleNote('Written straight to disk, as git or the CLI would.');
    await storeNote(annotation);
    const target = inWorkspace('exports', 'read-back.md');
    await vscode.commands.executeCommand('articleAnnotator.exportNotes', { format: 'markdown', target, articles: [sampleUri()] });
    const report = await readText(target);
    includes(report, 'Written straight to disk, as git or the CLI would.', 'the report');
    includes(report, '6,195 China-Europe freight trains', 'the report');
  });

  it('leaves a corrupt note file untouched and still exports the others', async () => {
    const corrupt = inWorkspace('.annotations', SAMPLE_NAME, 'corrupt.json');
    const garbage = '{ "type": "Annotation", this is not JSON';
    await writeText(corrupt, garbage);
    const good = await sampleNote('The good note next to a corrupt one.');
    await storeNote(good);
    const target = inWorkspace('exports', 'with-corrupt.md');
    await vscode.commands.executeCommand('articleAnnotator.exportNotes', { format: 'markdown', target, articles: [sampleUri()] });
    includes(await readText(target), 'The good note next to a corrupt one.', 'the report');
    equal(await readText(corrupt), garbage, 'the corrupt file');
    await vscode.workspace.fs.delete(corrupt);
  });
});
