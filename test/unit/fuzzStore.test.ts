import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { describeRange } from '../../src/core/anchoring/selectors';
import { createAnnotation, noteContent, type Annotation } from '../../src/core/store/annotation';
import { NoteStore, noteFilePath } from '../../src/core/store/noteStore';
import { resolveNotes } from '../../src/core/store/notes';
import { parseAnnotation, serializeAnnotation, StoreError } from '../../src/core/store/serialize';
import { MemoryFs } from '../support/memoryFs';

const TEXT = 'Bilateral trade surged 18.9 percent to $17.67 billion, customs data show. 😀 𝐀𝐁 done.';
const ARTICLE = 'samples/article.txt';
const RUNS = { numRuns: 300 };

function validNote(id = 'urn:uuid:00000000-0000-4000-8000-000000000001'): Annotation {
  const start = TEXT.indexOf('surged');
  return createAnnotation({
    id,
    now: '2026-11-28T10:00:00.000Z',
    creator: 'Analyst',
    source: ARTICLE,
    selector: describeRange(TEXT, start, start + 'surged 18.9 percent'.length),
    content: { body: 'Checked **customs** data', tags: ['trade'], verdict: 'verified', evidence: ['https://example.org/customs'] },
  });
}
const VALID = serializeAnnotation(validNote());

/** Replaces the value at a random place in a JSON tree (a path of keys chosen by index) with another value. */
function mutate(value: unknown, choices: readonly number[], replacement: unknown): unknown {
  if (choices.length === 0 || value === null || typeof value !== 'object') return replacement;
  const [choice, ...rest] = choices as [number, ...number[]];
  if (Array.isArray(value)) {
    if (value.length === 0) return replacement;
    const i = choice % value.length;
    return value.map((v, k) => (k === i ? mutate(v, rest, replacement) : v));
  }
  const keys = Object.keys(value);
  if (keys.length === 0) return replacement;
  const key = keys[choice % keys.length] as string;
  return { ...(value as Record<string, unknown>), [key]: mutate((value as Record<string, unknown>)[key], rest, replacement) };
}

const mutatedNote = fc
  .tuple(fc.array(fc.nat(20), { minLength: 1, maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }))
  .map(([choices, replacement]) => JSON.stringify(mutate(JSON.parse(VALID), choices, replacement), null, 2));
const truncatedNote = fc.nat(VALID.length - 1).map((n) => VALID.slice(0, n));
const noteFile = fc.oneof(mutatedNote, truncatedNote, fc.string(), fc.jsonValue().map((v) => JSON.stringify(v)));

/** What the webview, the CLI and the exports do with a loaded note: none of it may throw. */
function useLoaded(annotation: Annotation): void {
  noteContent(annotation);
  for (const view of resolveNotes([annotation], TEXT)) {
    assert.ok(['anchored', 'drifted', 'orphaned'].includes(view.status));
    if (view.start !== null && view.end !== null) assert.ok(view.start >= 0 && view.start <= view.end && view.end <= TEXT.length);
    assert.equal(typeof view.body, 'string');
    assert.equal(typeof view.quote, 'string');
  }
}

describe('fuzz: the note store loader over random, mutated and truncated files', () => {
  it('parseAnnotation gives a StoreError or a note every reader can use', () => {
    fc.assert(
      fc.property(noteFile, (text) => {
        let annotation: Annotation;
        try {
          annotation = parseAnnotation(text, 'x.json');
        } catch (error) {
          assert.ok(error instanceof StoreError, `not a StoreError: ${String(error)}`);
          assert.ok(error.problem.length > 0);
          return;
        }
        useLoaded(annotation);
      }),
      RUNS,
    );
  });

  it('NoteStore.load reports each unreadable file as a problem, keeps the good note, and never throws', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(noteFile, fc.uint8Array({ maxLength: 200 })), { maxLength: 5 }), async (files) => {
        const fs = new MemoryFs();
        const store = new NoteStore(fs);
        await store.save(validNote());
        files.forEach((file, i) => fs.files.set(`${ARTICLE}/bad-${i}.json`, typeof file === 'string' ? new TextEncoder().encode(file) : file));
        const loaded = await store.load(ARTICLE);
        assert.equal(loaded.annotations.length + loaded.problems.length, files.length + 1);
        assert.ok(loaded.annotations.some((a) => a.id === validNote().id));
        for (const annotation of loaded.annotations) useLoaded(annotation);
      }),
      { numRuns: 150 },
    );
  });

  it('a save over a corrupt or newer-format file refuses and leaves its bytes untouched', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(truncatedNote, fc.string({ minLength: 1 }), fc.constant(VALID.replace('"formatVersion": 1', '"formatVersion": 99'))), async (corrupt) => {
        const fs = new MemoryFs();
        const note = validNote();
        const path = noteFilePath(note.target.source, note.id);
        const bytes = new TextEncoder().encode(corrupt);
        let readable = true;
        try {
          parseAnnotation(corrupt, path);
        } catch {
          readable = false;
        }
        fc.pre(!readable);
        fs.files.set(path, bytes);
        await assert.rejects(new NoteStore(fs).save({ ...note, modified: '2099-01-01T00:00:00.000Z' }), StoreError);
        assert.deepEqual(fs.files.get(path), bytes);
      }),
      { numRuns: 150 },
    );
  });
});
