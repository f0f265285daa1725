import { strict as assert } from 'node:assert';
import { describeRange } from '../../src/core/anchoring/selectors';
import { createAnnotation, noteContent, type Annotation } from '../../src/core/store/annotation';
import { acceptCurrentText, copyOnPassage, editContent, reattachAnnotation } from '../../src/core/store/edits';
import { NoteStore, noteFilePath, STORE_GITIGNORE } from '../../src/core/store/noteStore';
import { resolveNotes } from '../../src/core/store/notes';
import { MemoryFs } from '../support/memoryFs';
import { SAMPLE_TEXT } from '../support/sample';

const ARTICLE = 'samples/op-ed.txt';
const QUOTE = 'surged 18.9 percent year on year to $17.67 billion';

function note(id: string, quote = QUOTE, now = '2026-11-28T10:00:00.000Z', body = 'first'): Annotation {
  const at = SAMPLE_TEXT.indexOf(quote);
  return createAnnotation({ id, now, creator: 'Ana', source: ARTICLE, selector: describeRange(SAMPLE_TEXT, at, at + quote.length), content: { body, tags: [], verdict: null, evidence: [] } });
}

describe('note store: writers, moves and repairs', () => {
  it('lets the later edit of the same note win, whichever writer saves last', async () => {
    const fs = new MemoryFs();
    const store = new NoteStore(fs);
    const later = note('urn:uuid:n', QUOTE, '2026-11-28T12:00:00.000Z', 'later edit');
    const earlier = note('urn:uuid:n', QUOTE, '2026-11-28T11:00:00.000Z', 'earlier edit');
    assert.equal(await store.save(later), 'written');
    assert.equal(await store.save(earlier), 'kept-newer');
    assert.equal((await store.get(ARTICLE, 'urn:uuid:n'))?.modified, later.modified);
    const [view] = resolveNotes((await store.load(ARTICLE)).annotations, SAMPLE_TEXT);
    assert.equal(view?.body, 'later edit');
  });

  it('applies an edit to the note it was made on, and keeps it as a copy on the same passage when the note changed since', () => {
    const shown = note('urn:uuid:n', QUOTE, '2026-11-28T10:00:00.000Z', 'as shown');
    const content = { body: 'my edit', tags: ['trade'], verdict: 'verified', evidence: [] };
    const copy = { id: 'urn:uuid:copy', creator: 'Ben' };
    const same = editContent(shown, shown.modified, content, '2026-11-28T13:00:00.000Z');
    assert.equal(same?.id, shown.id);
    assert.equal(same?.modified, '2026-11-28T13:00:00.000Z');
    assert.deepEqual(same && noteContent(same), content);

    // Someone else's edit landed after the form was opened on `shown`.
    const theirs = note('urn:uuid:n', QUOTE, '2026-11-28T12:00:00.000Z', 'their edit');
    assert.equal(editContent(theirs, shown.modified, content, '2026-11-28T13:00:00.000Z'), null);
    const kept = copyOnPassage(theirs, content, '2026-11-28T13:00:00.000Z', copy);
    assert.equal(kept.id, 'urn:uuid:copy');
    assert.equal(kept.creator.name, 'Ben');
    assert.deepEqual(kept.target, theirs.target, 'the copy is on the same passage');
    assert.deepEqual(noteContent(kept), content);
    assert.equal(noteContent(theirs).body, 'their edit', 'their note is left as it is');
  });

  it('keeps temporary files of interrupted writes out of git', async () => {
    const fs = new MemoryFs();
    await new NoteStore(fs).save(note('urn:uuid:a'));
    assert.equal(new TextDecoder().decode(fs.files.get('.gitignore')), STORE_GITIGNORE);
    fs.files.set(`${ARTICLE}/.a.json.123.tmp`, new TextEncoder().encode('{"half'));
    const loaded = await new NoteStore(fs).load(ARTICLE);
    assert.deepEqual([loaded.annotations.length, loaded.problems.length], [1, 0]);
  });

  it('moves an article\'s notes to its new path, rewriting their source, and leaves unreadable files untouched', async () => {
    const fs = new MemoryFs();
    const store = new NoteStore(fs);
    await store.save(note('urn:uuid:a'));
    await store.save(note('urn:uuid:b', '52 projects'));
    const broken = new TextEncoder().encode('{ not json');
    fs.files.set(`${ARTICLE}/broken.json`, broken);
    const result = await store.moveArticle(ARTICLE, 'archive/op-ed-2022.txt');
    assert.equal(result.moved, 2);
    assert.equal(result.problems[0]?.path, `${ARTICLE}/broken.json`);
    assert.equal(fs.files.get(`${ARTICLE}/broken.json`), broken);
    const moved = await store.load('archive/op-ed-2022.txt');
    assert.deepEqual(moved.annotations.map((a) => [a.id, a.target.source]), [['urn:uuid:a', 'archive/op-ed-2022.txt'], ['urn:uuid:b', 'archive/op-ed-2022.txt']]);
    assert.equal(fs.files.has(noteFilePath(ARTICLE, 'urn:uuid:a')), false);
  });

  it('re-attaches a note to a new passage, keeping its id and creation date', () => {
    const original = note('urn:uuid:r');
    const start = SAMPLE_TEXT.indexOf('52 projects');
    const moved = reattachAnnotation(original, SAMPLE_TEXT, start, start + '52 projects'.length, '2026-11-29T09:00:00.000Z');
    assert.deepEqual([moved.id, moved.created, moved.modified], [original.id, original.created, '2026-11-29T09:00:00.000Z']);
    assert.equal(moved.target.selector[0].exact, '52 projects');
    assert.equal(resolveNotes([moved], SAMPLE_TEXT)[0]?.status, 'anchored');
  });

  it('accepts the new text of a drifted note, which is then anchored on it', () => {
    const original = note('urn:uuid:d');
    const edited = SAMPLE_TEXT.replace('18.9 percent', '19.4 percent');
    assert.equal(resolveNotes([original], edited)[0]?.status, 'drifted');
    const accepted = acceptCurrentText(original, edited, '2026-11-29T09:00:00.000Z');
    const [view] = resolveNotes([accepted], edited);
    assert.equal(view?.status, 'anchored');
    assert.ok(view?.quote.includes('19.4 percent'));
    assert.equal(accepted.created, original.created);
  });

  it('refuses to accept new text for an orphaned note', () => {
    const original = note('urn:uuid:o');
    const edited = SAMPLE_TEXT.replace(/[^\n]*18\.9 percent[^\n]*/, '');
    assert.throws(() => acceptCurrentText(original, edited, '2026-11-29T09:00:00.000Z'), /orphaned/);
  });

  it('never overwrites a note file written by a newer format version', async () => {
    const fs = new MemoryFs();
    const path = noteFilePath(ARTICLE, 'urn:uuid:v');
    const future = new TextEncoder().encode(JSON.stringify({ ...note('urn:uuid:v'), articleAnnotator: { formatVersion: 2 }, newField: true }));
    fs.files.set(path, future);
    await assert.rejects(new NoteStore(fs).save(note('urn:uuid:v', QUOTE, '2030-01-01T00:00:00.000Z')), /newer version/);
    assert.equal(fs.files.get(path), future);
  });
});
