import * as vscode from 'vscode';
import { describeRange } from '../core/anchoring/selectors';
import { createAnnotation, newNoteId, updateAnnotation, type Annotation, type NoteContent } from '../core/store/annotation';
import { NoteStore, type StoreProblem } from '../core/store/noteStore';
import { resolveNotes, type NoteView } from '../core/store/notes';
import { authorName, storageLocation } from './settings';
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

export class NotesService {
  constructor(private readonly context: vscode.ExtensionContext) {}

  locate(uri: vscode.Uri): ArticleLocation {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const article = folder ? vscode.workspace.asRelativePath(uri, false) : `${uri.authority}${uri.path}`;
    let storeRoot: vscode.Uri;
    if (folder && storageLocation() === 'workspace') storeRoot = vscode.Uri.joinPath(folder.uri, STORE_FOLDER);
    else storeRoot = vscode.Uri.joinPath(this.context.storageUri ?? this.context.globalStorageUri, 'annotations');
    return { store: new NoteStore(new WorkspaceStoreFs(storeRoot)), storeRoot, article };
  }

  async load(uri: vscode.Uri, text: string): Promise<ArticleNotes> {
    const { store, article } = this.locate(uri);
    const loaded = await store.load(article);
    return { annotations: loaded.annotations, notes: resolveNotes(loaded.annotations, text), problems: loaded.problems };
  }

  async add(uri: vscode.Uri, text: string, start: number, end: number, content: NoteContent): Promise<Annotation> {
    const { store, article } = this.locate(uri);
    const annotation = createAnnotation({
      id: newNoteId(() => crypto.randomUUID()),
      now: new Date().toISOString(),
      creator: await authorName(),
      source: article,
      selector: describeRange(text, start, end),
      content,
    });
    await store.save(annotation);
    return annotation;
  }

  async update(uri: vscode.Uri, id: string, content: NoteContent): Promise<void> {
    const { store, article } = this.locate(uri);
    const { annotations } = await store.load(article);
    const existing = annotations.find((a) => a.id === id);
    if (!existing) throw new Error(vscode.l10n.t('The note {0} no longer exists.', id));
    await store.save(updateAnnotation(existing, content, new Date().toISOString()));
  }

  async remove(uri: vscode.Uri, id: string): Promise<void> {
    const { store, article } = this.locate(uri);
    await store.remove(article, id);
  }
}
