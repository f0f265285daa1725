import * as vscode from 'vscode';
import { describeRange } from '../core/anchoring/selectors';
import { createAnnotation, newNoteId, type Annotation, type NoteContent } from '../core/store/annotation';
import { acceptCurrentText, copyOnPassage, editContent, reattachAnnotation } from '../core/store/edits';
import { LoadedNotesCache } from '../core/store/loadedNotesCache';
import { NoteStore, type LoadedNotes, type MoveResult, type StoreProblem } from '../core/store/noteStore';
import { resolveNotes, type NoteView } from '../core/store/notes';
import { NoteHistory, type NoteChange } from './noteHistory';
import { noteAuthor } from './author';
import { storageLocation } from './settings';
import { WorkspaceStoreFs } from './workspaceStoreFs';

export const STORE_FOLDER = '.annotations';

/** Where an article's notes live, and under which article path. */
export interface ArticleLocation {
  readonly store: NoteStore;
  readonly storeRoot: vscode.Uri;
  readonly article: string;
}

export interface ArticleNotes {
  readonly annotations: readonly Annotation[];
  readonly notes: readonly NoteView[];
  readonly problems: readonly StoreProblem[];
}

// Long enough for the watcher to report a write (it batches events), short enough that little else lands meanwhile.
const OWN_WRITE_MS = 5000;
// As many articles as the claims are kept for (see ArticleClaims): each entry holds one version of its text.
const PLACED_KEPT = 8;

function placed(loaded: LoadedNotes, text: string): ArticleNotes {
  return { annotations: loaded.annotations, notes: resolveNotes(loaded.annotations, text), problems: loaded.problems };
}

function now(): string {
  return new Date().toISOString();
}

export class NotesService implements vscode.Disposable {
  private readonly history = new NoteHistory();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when notes change other than through a file watcher (undo, renames, private storage). */
  readonly onDidChangeNotes = this.changed.event;
  /** What every store of this window read last: an edit of the article re-anchors its notes without reading them again. */
  private readonly loaded = new LoadedNotesCache();
  /** Note files this window wrote, by URI, and when (see noteFileChanged). */
  private readonly ownWrites = new Map<string, number>();
  /**
   * The notes each article's text last showed, by article URI, most recent last: after an edit the annotator,
   * the text editor's highlights and the Notes view each ask for the same notes in the same text.
   */
  private readonly placedLast = new Map<string, { readonly loaded: LoadedNotes; readonly text: string; readonly notes: ArticleNotes }>();
  private prunedAt = 0;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly context: vscode.ExtensionContext) {
    this.disposables.push(
      // The store location or the folders changed: what was read may not be what a store finds now.
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('articleAnnotator')) this.loaded.clear();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.loaded.clear()),
    );
  }

  /** Every load reads the note files again (Refresh Notes). */
  forgetLoadedNotes(): void {
    this.loaded.clear();
    this.placedLast.clear();
  }

  /** The article's document closed: the notes placed in its text need not be kept with it. */
  forgetPlacedNotes(uri: vscode.Uri): void {
    this.placedLast.delete(uri.toString());
  }

  /**
   * The file watcher saw a note file change: unless this window wrote that file a moment ago (the cache has
   * the change already), every load reads the files again. A change someone else makes to the same file within
   * that moment shows at the next one; an edit based on it cannot overwrite theirs (see editContent).
   */
  noteFileChanged(file: vscode.Uri): void {
    const at = this.ownWrites.get(file.toString());
    if (at !== undefined && Date.now() - at < OWN_WRITE_MS) return;
    this.loaded.clear();
  }

  /** Every write of the window's stores comes here: notes, undo, import and moves alike. */
  private noteOwnWrite(storeRoot: vscode.Uri, path: string): void {
    const now = Date.now();
    // Pruned once a period, not on every write: an import writes thousands of files within one.
    if (now - this.prunedAt >= OWN_WRITE_MS) {
      for (const [file, at] of this.ownWrites) if (now - at >= OWN_WRITE_MS) this.ownWrites.delete(file);
      this.prunedAt = now;
    }
    this.ownWrites.set(vscode.Uri.joinPath(storeRoot, path).toString(), now);
  }

  locate(uri: vscode.Uri): ArticleLocation {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const article = folder ? vscode.workspace.asRelativePath(uri, false) : `${uri.authority}${uri.path}`;
    let storeRoot: vscode.Uri;
    if (folder && storageLocation() === 'workspace') storeRoot = vscode.Uri.joinPath(folder.uri, STORE_FOLDER);
    else storeRoot = vscode.Uri.joinPath(this.context.storageUri ?? this.context.globalStorageUri, 'annotations');
    return { store: this.storeAt(storeRoot), storeRoot, article };
  }

  /** The article's notes read from their files now, placed in `text`. */
  async load(uri: vscode.Uri, text: string): Promise<ArticleNotes> {
    const { store, article } = this.locate(uri);
    return placed(await store.load(article), text);
  }

  /** load, from what was read last if no note file changed since (see NoteStore.loadCached): to show notes, not to change them. */
  async loadCached(uri: vscode.Uri, text: string): Promise<ArticleNotes> {
    const { store, article } = this.locate(uri);
    const loaded = await store.loadCached(article);
    const key = uri.toString();
    const last = this.placedLast.get(key);
    // The same notes in the same text: re-anchoring thousands of notes in a 5 MB article costs 20-40 ms.
    if (last !== undefined && last.loaded === loaded && last.text === text) return last.notes;
    const notes = placed(loaded, text);
    this.placedLast.delete(key);
    this.placedLast.set(key, { loaded, text, notes });
    for (const oldest of this.placedLast.keys()) {
      if (this.placedLast.size <= PLACED_KEPT) break;
      this.placedLast.delete(oldest);
    }
    return notes;
  }

  async add(uri: vscode.Uri, text: string, start: number, end: number, content: NoteContent): Promise<Annotation> {
    const annotation = createAnnotation({
      id: newNoteId(() => crypto.randomUUID()),
      now: now(),
      creator: await noteAuthor(),
      source: this.locate(uri).article,
      selector: describeRange(text, start, end),
      content,
    });
    await this.write(uri, vscode.l10n.t('Note added'), undefined, annotation);
    return annotation;
  }

  /** `base`: the note's `modified` when the analyst opened it; a note changed since keeps that change (see editContent). */
  async update(uri: vscode.Uri, id: string, content: NoteContent, base: string): Promise<void> {
    const existing = await this.existing(uri, id);
    const edited = editContent(existing, base, content, now());
    if (edited) {
      await this.write(uri, vscode.l10n.t('Note edited'), existing, edited);
      return;
    }
    const copy = copyOnPassage(existing, content, now(), { id: newNoteId(() => crypto.randomUUID()), creator: await noteAuthor() });
    await this.write(uri, vscode.l10n.t('Note kept as a copy'), undefined, copy);
    void vscode.window.showWarningMessage(
      vscode.l10n.t('This note was changed elsewhere after you opened it. Your version was saved as a new note on the same passage, beside the changed one.'),
    );
  }

  /** Attaches a drifted or orphaned note to the passage start-end of the current text. */
  async reattach(uri: vscode.Uri, text: string, id: string, start: number, end: number): Promise<void> {
    const existing = await this.existing(uri, id);
    await this.write(uri, vscode.l10n.t('Note re-attached'), existing, reattachAnnotation(existing, text, start, end, now()));
  }

  /** Makes what the article now says where a drifted note was found the note's quote. */
  async acceptDrift(uri: vscode.Uri, text: string, id: string): Promise<void> {
    const existing = await this.existing(uri, id);
    const { annotations } = await this.locate(uri).store.load(this.locate(uri).article);
    await this.write(uri, vscode.l10n.t('New text accepted'), existing, acceptCurrentText(existing, text, now(), annotations));
  }

  /** `base`: the note's `modified` as the analyst saw it; a note changed since is not deleted. */
  async remove(uri: vscode.Uri, id: string, base: string): Promise<void> {
    const existing = await this.existing(uri, id);
    if (existing.modified !== base) throw new Error(vscode.l10n.t('This note was changed elsewhere after it was shown; it was not deleted. Look at it again first.'));
    await this.write(uri, vscode.l10n.t('Note deleted'), existing, undefined);
    const undo = vscode.l10n.t('Undo');
    void vscode.window.showInformationMessage(vscode.l10n.t('Note deleted.'), undo).then(async (choice) => {
      if (choice === undo) await this.undo();
    });
  }

  /** Reverts the last note change made in this window, unless someone changed that note since. */
  async undo(): Promise<string | undefined> {
    const change = this.history.peek();
    if (!change) return undefined;
    const store = this.storeFor(change.storeKey);
    const current = await store.get(change.article, change.id);
    if ((current?.modified ?? null) !== (change.after?.modified ?? null)) {
      this.history.pop();
      throw new Error(vscode.l10n.t('The note was changed elsewhere since "{0}"; nothing was undone.', change.label));
    }
    if (change.before) await store.save({ ...change.before, modified: now() });
    else await store.remove(change.article, change.id);
    this.history.pop();
    this.changed.fire();
    return change.label;
  }

  /** The article moved: its notes move with it, their target.source rewritten. */
  async moveArticle(from: vscode.Uri, to: vscode.Uri): Promise<MoveResult> {
    const source = this.locate(from);
    const target = this.locate(to);
    if (source.storeRoot.toString() !== target.storeRoot.toString()) {
      const loaded = await source.store.load(source.article);
      for (const annotation of loaded.annotations) {
        await target.store.save({ ...annotation, target: { ...annotation.target, source: target.article } });
        await source.store.remove(source.article, annotation.id);
      }
      this.changed.fire();
      return { moved: loaded.annotations.length, problems: loaded.problems };
    }
    const result = await source.store.moveArticle(source.article, target.article);
    this.history.rename(source.storeRoot.toString(), source.article, target.article);
    this.changed.fire();
    return result;
  }

  dispose(): void {
    this.changed.dispose();
    for (const d of this.disposables) d.dispose();
  }

  private storeFor(storeKey: string): NoteStore {
    return this.storeAt(vscode.Uri.parse(storeKey));
  }

  private storeAt(storeRoot: vscode.Uri): NoteStore {
    return new NoteStore(new WorkspaceStoreFs(storeRoot), {
      cache: this.loaded,
      storeKey: storeRoot.toString(),
      willChange: (path) => this.noteOwnWrite(storeRoot, path),
    });
  }

  private async existing(uri: vscode.Uri, id: string): Promise<Annotation> {
    const { store, article } = this.locate(uri);
    const found = await store.get(article, id);
    if (!found) throw new Error(vscode.l10n.t('The note {0} no longer exists.', id));
    return found;
  }

  private async write(uri: vscode.Uri, label: string, before: Annotation | undefined, after: Annotation | undefined): Promise<void> {
    const { store, storeRoot, article } = this.locate(uri);
    const id = (after ?? before)?.id ?? '';
    if (after) {
      if ((await store.save(after)) === 'kept-newer') {
        throw new Error(vscode.l10n.t('This note was changed elsewhere more recently; reload it before editing.'));
      }
    } else {
      await store.remove(article, id);
    }
    const change: NoteChange = { label, storeKey: storeRoot.toString(), article, id, before, after };
    this.history.record(change);
    vscode.window.setStatusBarMessage(vscode.l10n.t('{0}: "Undo Last Note Change" reverts it', label), 5000);
    if (storageLocation() === 'private') this.changed.fire();
  }
}
