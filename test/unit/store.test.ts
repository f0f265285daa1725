import { strict as assert } from 'node:assert';
import { describeRange } from '../../src/core/anchoring/selectors';
import { createAnnotation, noteContent, type NoteContent } from '../../src/core/store/annotation';
import { NoteStore, noteFilePath } from '../../src/core/store/noteStore';
import { resolveNotes } from '../../src/core/store/notes';
import { serializeAnnotation } from '../../src/core/store/serialize';
import { MemoryFs } from '../support/memoryFs';
import { SAMPLE_TEXT } from '../support/sample';

const ARTICLE = 'samples/china-kazakhstan-op-ed.txt';
const content: NoteContent = { body: 'Checked against **customs** data.', tags: ['trade', 'china'], verdict: 'verified', evidence: ['https://example.org/customs'] };

function note(id: string, quote: string, now = '2026-11-28T10:00:00.000Z'): ReturnType<typeof createAnnotation> {
  const at = SAMPLE_TEXT.indexOf(quote);
  return createAnnotation({ id, now, creator: 'Ana', source: ARTICLE, selector: describeRange(SAMPLE_TEXT, at, at + quote.length), content });
}

describe('note store', () => {
  it('round-trips a note with its quote, verdict, tags and evidence', async () => {
    const store = new NoteStore(new MemoryFs());
    await store.save(note('urn:uuid:1', '6,195 China-Europe freight trains'));
    const loaded = await store.load(ARTICLE);
    assert.equal(loaded.problems.length, 0);
    const [view] = resolveNotes(loaded.annotations, SAMPLE_TEXT);
    assert.equal(view?.quote, '6,195 China-Europe freight trains');
    assert.equal(view?.status, 'anchored');
    assert.deepEqual(noteContent(loaded.annotations[0]!), { ...content, tags: ['china', 'trade'] });
  });

  it('writes one pretty, deterministic JSON file per note under the article folder', async () => {
    const fs = new MemoryFs();
    const a = note('urn:uuid:abc', '52 projects');
    await new NoteStore(fs).save(a);
    const path = noteFilePath(ARTICLE, a.id);
    assert.equal(path, 'samples/china-kazakhstan-op-ed.txt/abc.json');
    const text = new TextDecoder().decode(fs.files.get(path));
    assert.equal(text, serializeAnnotation(JSON.parse(text)));
    assert.ok(text.startsWith('{\n  "@context": "http://www.w3.org/ns/anno.jsonld",\n  "id": "urn:uuid:abc"'));
  });

  it('reports a corrupt file with its path, keeps the other notes, and refuses to overwrite it', async () => {
    const fs = new MemoryFs();
    const store = new NoteStore(fs);
    await store.save(note('urn:uuid:good', '52 projects'));
    const broken = new TextEncoder().encode('{"id": "urn:uuid:bad", trunc');
    fs.files.set(`${ARTICLE}/bad.json`, broken);
    const loaded = await store.load(ARTICLE);
    assert.equal(loaded.annotations.length, 1);
    assert.equal(loaded.problems[0]?.path, `${ARTICLE}/bad.json`);
    assert.match(loaded.problems[0]?.problem ?? '', /not valid JSON/);
    await assert.rejects(store.save(note('urn:uuid:bad', '52 projects')), /not valid JSON/);
    assert.equal(fs.files.get(`${ARTICLE}/bad.json`), broken);
  });

  it('refuses files from a newer format version', async () => {
    const fs = new MemoryFs();
    const future = { ...note('urn:uuid:f', '52 projects'), articleAnnotator: { formatVersion: 99 } };
    fs.files.set(`${ARTICLE}/f.json`, new TextEncoder().encode(JSON.stringify(future)));
    const loaded = await new NoteStore(fs).load(ARTICLE);
    assert.match(loaded.problems[0]?.problem ?? '', /newer version/);
  });

  it('lists the annotated articles', async () => {
    const store = new NoteStore(new MemoryFs());
    await store.save(note('urn:uuid:1', '52 projects'));
    assert.deepEqual(await store.articles(), [ARTICLE]);
  });
});
