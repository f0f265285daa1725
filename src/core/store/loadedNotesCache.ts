import type { LoadedNotes } from './noteStore';

interface Entry {
  /** The folder's note file names when it was read, sorted and joined. */
  readonly names: string;
  readonly loaded: LoadedNotes;
}

/**
 * The notes each article folder held when a NoteStore last read it, shared by the stores of one window.
 * Every keystroke in a long article asks for its notes again (the annotator, the text editor's highlights, the
 * Notes view): with thousands of notes, reading and parsing every file each time took most of a second.
 *
 * An entry serves a load only while the folder lists the same note files, and until a write through a
 * store that shares the cache, `forget` or `clear` drops it. A load that overlapped any of those is not
 * kept, since it may have read the folder halfway through a change.
 */
export class LoadedNotesCache {
  private readonly entries = new Map<string, Entry>();
  private changes = 0;

  /** What to pass to `keep`: a load keeps its result only if nothing changed in between. */
  get version(): number {
    return this.changes;
  }

  /** The notes read last under `key`, if the folder's note files are still `names`. */
  lookup(key: string, names: string): LoadedNotes | undefined {
    const entry = this.entries.get(key);
    return entry !== undefined && entry.names === names ? entry.loaded : undefined;
  }

  /** Keeps a load that started at `version`, unless something was written or forgotten since. */
  keep(key: string, names: string, loaded: LoadedNotes, version: number): void {
    if (version === this.changes) this.entries.set(key, { names, loaded });
  }

  /** A folder was written: its next load reads it again. */
  forget(key: string): void {
    this.changes++;
    this.entries.delete(key);
  }

  /** Something outside the stores changed note files (another program, git, a setting): every load reads again. */
  clear(): void {
    this.changes++;
    this.entries.clear();
  }
}
