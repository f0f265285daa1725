import type { Annotation } from './annotation';
import type { LoadedNotes, StoreProblem } from './noteStore';

/** What reading one note file gave: its note, or why it could not be read. */
export type FileNote = Annotation | StoreProblem;

interface Entry {
  /** What each file that could be read held, by file name. */
  readonly files: ReadonlyMap<string, FileNote>;
  /** namesOf(files): what a listing of the folder must give for the entry to serve it. */
  readonly names: string;
  readonly loaded: LoadedNotes;
}

/**
 * A folder's note file names, sorted and joined by "/", which no name holds: two different lists never give
 * the same string. A file that vanished between a listing and its read is not among them, nor in the next listing.
 */
export function namesOf(files: Iterable<string>): string {
  return [...files].sort().join('/');
}

const entryOf = (files: ReadonlyMap<string, FileNote>, loaded: LoadedNotes = notesOf(files.values())): Entry => ({ files, names: namesOf(files.keys()), loaded });

/** The order of a load's notes: by creation, then by id. */
function byCreation(a: Annotation, b: Annotation): number {
  return a.created < b.created ? -1 : a.created > b.created ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * A folder's notes and problems from what its files held, notes sorted. Frozen: a cached load is handed to
 * every caller, and one that sorted it in place would reorder it for all.
 */
export function notesOf(files: Iterable<FileNote>): LoadedNotes {
  const annotations: Annotation[] = [];
  const problems: StoreProblem[] = [];
  for (const file of files) {
    if ('problem' in file) problems.push(file);
    else annotations.push(file);
  }
  annotations.sort(byCreation);
  return Object.freeze({ annotations: Object.freeze(annotations), problems: Object.freeze(problems) });
}

/**
 * The notes each article folder held when a NoteStore last read it, shared by the stores of one window.
 * Every keystroke in a long article asks for its notes again (the annotator, the text editor's highlights, the
 * Notes view): with thousands of notes, reading and parsing every file each time took most of a second.
 *
 * An entry serves a load only while the folder lists the same note files. A write through a store that
 * shares the cache changes the entry as it changed the folder (a verdict set in triage is one file, not a
 * reading of thousands); a failed write, `forget` and `clear` drop it. A load that overlapped any of those is
 * not kept, since it may have read the folder halfway through a change.
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

  /** Keeps a load (`loaded`, notesOf(files)) that started at `version`, unless something was written or forgotten since. */
  keep(key: string, files: ReadonlyMap<string, FileNote>, loaded: LoadedNotes, version: number): void {
    if (version === this.changes) this.entries.set(key, entryOf(files, loaded));
  }

  /** A store wrote the file `name` of the folder (undefined: removed it); the entry, if any, follows. */
  wrote(key: string, name: string, note: Annotation | undefined): void {
    this.changes++;
    const entry = this.entries.get(key);
    if (!entry) return;
    const files = new Map(entry.files);
    if (note) files.set(name, note);
    else files.delete(name);
    this.entries.set(key, entryOf(files));
  }

  /** A folder changed in a way the cache cannot follow: its next load reads it again. */
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
