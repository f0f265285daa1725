import type { Annotation } from './annotation';
import { moveAnnotation } from './edits';
import { namesOf, notesOf, type FileNote, type LoadedNotesCache } from './loadedNotesCache';
import { parseAnnotation, serializeAnnotation, StoreError } from './serialize';
import { decodeUtf8, encodeUtf8 } from '../text/offsets';

export interface StoreEntry {
  readonly name: string;
  readonly directory: boolean;
}

/**
 * The file operations the store needs, on paths relative to the store root ('/'-separated).
 * The CLI implements it with Node's fs, the extension with vscode.workspace.fs.
 */
export interface StoreFileSystem {
  /** undefined when the file does not exist. */
  read(path: string): Promise<Uint8Array | undefined>;
  /** Must replace the file atomically (write a temporary file, then rename). */
  writeAtomic(path: string, data: Uint8Array): Promise<void>;
  /** [] when the folder does not exist. */
  list(path: string): Promise<readonly StoreEntry[]>;
  remove(path: string): Promise<void>;
}

export interface StoreProblem {
  readonly path: string;
  readonly problem: string;
}

/** 'kept-newer': the file on disk was modified later than the note being saved, so it stays (last writer by `modified` wins). */
export type SaveOutcome = 'written' | 'kept-newer';

export interface MoveResult {
  readonly moved: number;
  /** Files that could not be read: left where they were, untouched. */
  readonly problems: readonly StoreProblem[];
}

/** Keeps the temporary files of an interrupted write out of git. */
export const STORE_GITIGNORE = '# Temporary files of interrupted writes (Article Annotator)\n.*.tmp\n';

export interface LoadedNotes {
  readonly annotations: readonly Annotation[];
  readonly problems: readonly StoreProblem[];
}

/** One JSON file per note, in a folder named after the article: adds on two branches never conflict. */
export function noteFilePath(article: string, id: string): string {
  const name = id.replace(/^urn:uuid:/, '').replace(/[^A-Za-z0-9-]/g, '_');
  return `${articleFolder(article)}/${name}.json`;
}

export function articleFolder(article: string): string {
  const clean = article.split('/').filter((part) => part !== '' && part !== '.' && part !== '..');
  if (clean.length === 0) throw new Error(`Not an article path: ${article}`);
  return clean.join('/');
}

function isNoteFile(name: string): boolean {
  return name.endsWith('.json') && !name.startsWith('.');
}

/** A cache shared by the stores of one window, and what tells this store's folders from another store's. */
export interface SharedCache {
  readonly cache: LoadedNotesCache;
  /** The store's root, as a URI or an absolute path. */
  readonly storeKey: string;
  /**
   * Told the path of each note file this store is about to write or remove, before it does: the window can
   * then tell its own writes from others' when a file watcher reports them.
   */
  readonly willChange?: (path: string) => void;
}

export class NoteStore {
  constructor(
    private readonly fs: StoreFileSystem,
    private readonly shared?: SharedCache,
  ) {}

  /** Every note of the article, read from its files now. */
  load(article: string): Promise<LoadedNotes> {
    return this.loadFolder(article, false);
  }

  /**
   * The notes as this window's stores last read them (see LoadedNotesCache), while the folder lists the same
   * files; else `load`. For showing notes again after an edit of the article, never for changing a note.
   */
  loadCached(article: string): Promise<LoadedNotes> {
    return this.loadFolder(article, true);
  }

  private async loadFolder(article: string, cached: boolean): Promise<LoadedNotes> {
    const folder = articleFolder(article);
    const version = this.shared?.cache.version ?? 0;
    const files = (await this.fs.list(folder)).filter((e) => !e.directory && isNoteFile(e.name)).map((e) => e.name);
    const key = this.cacheKey(folder);
    const known = cached ? this.shared?.cache.lookup(key, namesOf(files)) : undefined;
    if (known) return known;
    const read = await mapInFlight(files, READS_IN_FLIGHT, (name) => this.readNote(`${folder}/${name}`));
    const byFile = new Map<string, FileNote>();
    files.forEach((name, i) => {
      const note = read[i];
      // Gone between the listing and the read: the next listing will not have it either.
      if (note !== undefined) byFile.set(name, note);
    });
    const loaded = notesOf(byFile.values());
    this.shared?.cache.keep(key, byFile, loaded, version);
    return loaded;
  }

  private cacheKey(folder: string): string {
    return `${this.shared?.storeKey ?? ''}\n${folder}`;
  }

  private async readNote(path: string): Promise<Annotation | StoreProblem | undefined> {
    try {
      const bytes = await this.fs.read(path);
      return bytes ? parseAnnotation(decodeUtf8(bytes), path) : undefined;
    } catch (error) {
      return toProblem(path, error);
    }
  }

  /**
   * Writes one note atomically. Two writers of the same note: the later `modified` wins, whichever
   * writes last. Refuses to replace a file it cannot read: that file may hold someone's work.
   */
  async save(annotation: Annotation): Promise<SaveOutcome> {
    const path = noteFilePath(annotation.target.source, annotation.id);
    const existing = await this.fs.read(path);
    if (existing) {
      const onDisk = parseAnnotation(decodeUtf8(existing), path);
      if (onDisk.modified > annotation.modified) return 'kept-newer';
    }
    await this.ensureGitignore();
    await this.changeFile(path, annotation, () => this.fs.writeAtomic(path, encodeUtf8(serializeAnnotation(annotation))));
    return 'written';
  }

  /** One note by id; undefined when it does not exist. Throws StoreError when its file is unreadable. */
  async get(article: string, id: string): Promise<Annotation | undefined> {
    const path = noteFilePath(article, id);
    const bytes = await this.fs.read(path);
    return bytes ? parseAnnotation(decodeUtf8(bytes), path) : undefined;
  }

  async remove(article: string, id: string): Promise<void> {
    const path = noteFilePath(article, id);
    await this.changeFile(path, undefined, () => this.fs.remove(path));
  }

  /** Writes (`note`) or removes (undefined) the note file at `path`, and tells the cache what its folder holds now. */
  private async changeFile(path: string, note: Annotation | undefined, change: () => Promise<void>): Promise<void> {
    const slash = path.lastIndexOf('/');
    const key = this.cacheKey(path.slice(0, slash));
    this.shared?.willChange?.(path);
    try {
      await change();
    } catch (error) {
      // It may have happened in part: what the folder holds is not known.
      this.shared?.cache.forget(key);
      throw error;
    }
    this.shared?.cache.wrote(key, path.slice(slash + 1), note);
  }

  /**
   * Moves an article's notes to its new path (rename or move): each note is written under the new
   * folder with its source rewritten before the old file is removed, so an interruption leaves a
   * note in both places, never in neither.
   */
  async moveArticle(from: string, to: string): Promise<MoveResult> {
    const loaded = await this.load(from);
    let moved = 0;
    for (const annotation of loaded.annotations) {
      await this.save(moveAnnotation(annotation, articleFolder(to)));
      await this.remove(from, annotation.id);
      moved++;
    }
    return { moved, problems: loaded.problems };
  }

  private async ensureGitignore(): Promise<void> {
    if (!(await this.fs.read('.gitignore'))) await this.fs.writeAtomic('.gitignore', encodeUtf8(STORE_GITIGNORE));
  }

  /** Every article folder that holds at least one note file, as article paths. */
  async articles(folder = ''): Promise<string[]> {
    const found: string[] = [];
    const entries = await this.fs.list(folder);
    if (folder !== '' && entries.some((e) => !e.directory && isNoteFile(e.name))) found.push(folder);
    for (const entry of entries) {
      if (entry.directory && !entry.name.startsWith('.')) {
        found.push(...(await this.articles(folder === '' ? entry.name : `${folder}/${entry.name}`)));
      }
    }
    return found.sort();
  }
}

// Reading one file at a time leaves the disk (or a remote file system) idle between awaits: 32 reads in flight
// took 0.6-0.8x the time on 5,000-10,000 notes.
const READS_IN_FLIGHT = 32;

/** Like Promise.all over items.map(task), with at most `limit` tasks running; results in the items' order. */
async function mapInFlight<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function toProblem(path: string, error: unknown): StoreProblem {
  if (error instanceof StoreError) return { path: error.path, problem: error.problem };
  return { path, problem: error instanceof Error ? error.message : String(error) };
}
