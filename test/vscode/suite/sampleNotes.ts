import * as vscode from 'vscode';
import { describeRange } from '../../../src/core/anchoring/selectors';
import { createAnnotation, newNoteId, type Annotation } from '../../../src/core/store/annotation';
import { ok } from './expect';
import { inWorkspace, readText, SAMPLE_NAME, sampleUri, writeText } from './workspace';

export const TRAINS_QUOTE = 'a record of 6,195 China-Europe freight trains';

/** A note on the sample as the extension stores it, built with the project's own core. */
export async function sampleNote(body: string, quote = TRAINS_QUOTE): Promise<Annotation> {
  const text = await readText(sampleUri());
  const start = text.indexOf(quote);
  ok(start >= 0, `the sample no longer contains ${quote}`);
  return createAnnotation({
    id: newNoteId(() => crypto.randomUUID()),
    now: new Date().toISOString(),
    creator: 'In-host suite',
    source: SAMPLE_NAME,
    selector: describeRange(text, start, start + quote.length),
    content: { body, tags: ['logistics'], verdict: 'needs source', evidence: ['https://example.org/trains'] },
  });
}

export function noteUri(annotation: Annotation): vscode.Uri {
  return inWorkspace('.annotations', SAMPLE_NAME, `${annotation.id.replace(/^urn:uuid:/, '')}.json`);
}

export async function storeNote(annotation: Annotation): Promise<vscode.Uri> {
  const uri = noteUri(annotation);
  await writeText(uri, `${JSON.stringify(annotation, null, 2)}\n`);
  return uri;
}
