import { strict as assert } from 'node:assert';
import { describeRange } from '../../src/core/anchoring/selectors';
import { createAnnotation, noteContent, updateAnnotation, type Annotation } from '../../src/core/store/annotation';
import { LoadedNotesCache } from '../../src/core/store/loadedNotesCache';
import { NoteStore, noteFilePath } from '../../src/core/store/noteStore';
import { serializeAnnotation } from '../../src/core/store/serialize';
import { MemoryFs } from '../support/memoryFs';
import { SAMPLE_TEXT } from '../support/sample';

const ARTICLE = 'samples/china-kazakhstan-op-ed.txt';
const QUOTES = ['6,195 China-Europe freight trains', '52 projects', 'Kazakhstan'];

function note(n: number, body = `note ${n}`): Annotation {
  const quote = QUOTES[n % QUOTES.length] as string;
  const at = SAMPLE_TEXT.indexOf(quote);
  return createAnnotation({
    id: `urn:uuid:00000000-0000-4000-8000-00000000000${n}`,
    now: `2026-11-28T10:00:0${n}.000Z`,
    creator: 'Ana',
    source: ARTICLE,
    selector: describeRange(SAMPLE_TEXT, at, at + quote.length),
    content: { body, tags: [], verdict: null, evidence: [] },
  });
}

/** A MemoryFs that counts reads, and can hold every read back until `release` (a slow disk). */
class CountingFs extends MemoryFs {
  reads = 0;
  private gate: Promise<void> | undefined;
  release: () => void = () => undefined;

  /** Reads from now on wait for `release`, until `stopHolding`. */
  holdReads(): void {
    this.gate = new Promise((resolve) => (this.release = resolve));
  }

  stopHolding(): void {
    this.gate = undefined;
  }

  override async read(path: string): Promise<Uint8Array | undefined> {
    this.reads++;
    const bytes = this.files.get(path);
    const gate = this.gate;
    await gate;
    return bytes;
  }
}

/** Note n with another body, saved later than note(n). */
const edited = (n: number, body: string): Annotation => updateAnnotation(note(n), { ...noteContent(note(n)), body }, '2026-11-29T00:00:00.000Z');
/** A reader and a writer over one folder and one cache, as the annotator and the note form are. */
function twoStores(): { fs: CountingFs; cache: LoadedNotesCache; shown: NoteStore; writer: NoteStore } {
  const fs = new CountingFs();
  const cache = new LoadedNotesCache();
  return { fs, cache, shown: sharing(fs, cache), writer: sharing(fs, cache) };
}

const bodies = (loaded: { readonly annotations: readonly Annotation[] }): string[] => loaded.annotations.map((a) => noteContent(a).body);
const sharing = (fs: CountingFs, cache: LoadedNotesCache, storeKey = 'file:///workspace/.annotations'): NoteStore => new NoteStore(fs, { cache, storeKey });

describe('note store: notes read once for showing them again', () => {
  it('reads each note file once while nothing changes, and load always reads them', async () => {
    const fs = new CountingFs();
    const store = sharing(fs, new LoadedNotesCache());
    for (const n of [1, 2, 3]) await store.save(note(n));
    fs.reads = 0;
    const first = await store.loadCached(ARTICLE);
    assert.equal(fs.reads, 3);
    const again = await store.loadCached(ARTICLE);
    assert.equal(fs.reads, 3, 'the second load read no file');
    assert.deepEqual(bodies(again), bodies(first));
    await store.load(ARTICLE);
    assert.equal(fs.reads, 6, 'load reads from the files whatever the cache holds');
  });

  it('shows a note saved, changed or removed through any store that shares the cache, without reading the folder again', async () => {
    const { fs, shown, writer } = twoStores();
    await writer.save(note(1));
    assert.deepEqual(bodies(await shown.loadCached(ARTICLE)), ['note 1']);
    const readsOf = async (load: Promise<{ readonly annotations: readonly Annotation[] }>): Promise<{ reads: number; bodies: string[] }> => {
      const before = fs.reads;
      const loaded = await load;
      return { reads: fs.reads - before, bodies: bodies(loaded) };
    };
    await writer.save(note(2));
    assert.deepEqual(await readsOf(shown.loadCached(ARTICLE)), { reads: 0, bodies: ['note 1', 'note 2'] });
    // The same files as before: only the write tells the cache that one of them changed.
    await writer.save(edited(1, 'edited'));
    assert.deepEqual(await readsOf(shown.loadCached(ARTICLE)), { reads: 0, bodies: ['edited', 'note 2'] });
    await writer.remove(ARTICLE, note(2).id);
    assert.deepEqual(await readsOf(shown.loadCached(ARTICLE)), { reads: 0, bodies: ['edited'] });
    assert.deepEqual(bodies(await shown.load(ARTICLE)), ['edited'], 'the files say the same');
  });

  it('reads the folder again after a write that failed', async () => {
    const { fs, writer: store } = twoStores();
    await store.save(note(1));
    await store.loadCached(ARTICLE);
    const write = fs.writeAtomic.bind(fs);
    // The disk took the bytes, then reported an error: what the folder holds is not known.
    fs.writeAtomic = async (path, data): Promise<void> => {
      await write(path, data);
      throw new Error('disk full');
    };
    await assert.rejects(store.save(edited(1, 'half written')));
    assert.deepEqual(bodies(await store.loadCached(ARTICLE)), ['half written']);
  });

  it('reads again when files appear or vanish behind its back, and after clear when one changes', async () => {
    const { fs, cache, writer: store } = twoStores();
    await store.save(note(1));
    await store.loadCached(ARTICLE);
    // Another program (the CLI, git) writes straight to the folder.
    fs.files.set(noteFilePath(ARTICLE, note(2).id), new TextEncoder().encode(serializeAnnotation(note(2))));
    assert.deepEqual(bodies(await store.loadCached(ARTICLE)), ['note 1', 'note 2']);
    fs.files.delete(noteFilePath(ARTICLE, note(1).id));
    assert.deepEqual(bodies(await store.loadCached(ARTICLE)), ['note 2']);
    const changed = edited(2, 'changed on disk');
    fs.files.set(noteFilePath(ARTICLE, note(2).id), new TextEncoder().encode(serializeAnnotation(changed)));
    // What the file watcher does when it sees a change.
    cache.clear();
    assert.deepEqual(bodies(await store.loadCached(ARTICLE)), ['changed on disk']);
  });

  it('does not keep a load that a write overlapped: the next one reads the files again', async () => {
    const { fs, shown, writer } = twoStores();
    await writer.save(note(1));
    fs.holdReads();
    const overlapped = shown.loadCached(ARTICLE);
    // The load lists the folder and reads the file, and is still waiting on the disk when the write lands.
    await new Promise((resolve) => setTimeout(resolve, 0));
    fs.stopHolding();
    await writer.save(edited(1, 'written meanwhile'));
    fs.release();
    assert.deepEqual(bodies(await overlapped), ['note 1'], 'the overlapped load read the file before the write');
    assert.deepEqual(bodies(await shown.loadCached(ARTICLE)), ['written meanwhile']);
  });

  it('keeps the folders of different stores apart, and hands out loads no caller can change for the others', async () => {
    const cache = new LoadedNotesCache();
    const workspace = sharing(new CountingFs(), cache, 'file:///workspace/.annotations');
    const privately = sharing(new CountingFs(), cache, 'file:///storage/annotations');
    // The same note file in both, so that only the store tells the two folders apart.
    await workspace.save(note(1, 'in the workspace'));
    await privately.save(note(1, 'in private storage'));
    assert.deepEqual(bodies(await workspace.loadCached(ARTICLE)), ['in the workspace']);
    const loaded = await privately.loadCached(ARTICLE);
    assert.deepEqual(bodies(loaded), ['in private storage']);
    assert.throws(() => (loaded.annotations as Annotation[]).push(note(3)), TypeError);
  });

  it('tells the window of every note file it is about to change, before the file changes: saves, removes and moves', async () => {
    const fs = new CountingFs();
    const told: string[] = [];
    // What the file says when the window is told: the window must know of a write before the watcher can report it.
    const onDisk = (path: string): string => (fs.files.has(path) ? 'present' : 'absent');
    const store = new NoteStore(fs, { cache: new LoadedNotesCache(), storeKey: 'file:///workspace/.annotations', willChange: (path) => told.push(`${path} ${onDisk(path)}`) });
    const moved = 'samples/renamed.txt';
    await store.save(note(1));
    await store.save(edited(1, 'again'));
    await store.remove(ARTICLE, note(1).id);
    await store.save(note(2));
    await store.moveArticle(ARTICLE, moved);
    const [first, second] = [noteFilePath(ARTICLE, note(1).id), noteFilePath(ARTICLE, note(2).id)];
    assert.deepEqual(told, [`${first} absent`, `${first} present`, `${first} present`, `${second} absent`, `${noteFilePath(moved, note(2).id)} absent`, `${second} present`]);
  });
});
