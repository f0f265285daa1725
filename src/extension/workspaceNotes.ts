import * as vscode from 'vscode';
import type { StoreProblem } from '../core/store/noteStore';
import type { NoteView } from '../core/store/notes';
import { decodeUtf8 } from '../core/text/offsets';
import type { NotesService } from './notesService';

/** One annotated article of the workspace, its notes resolved against its text as it is now. */
export interface AnnotatedArticle {
  readonly uri: vscode.Uri;
  readonly path: string;
  /** undefined when the article file is gone: its notes are then all orphaned. */
  readonly text: string | undefined;
  readonly notes: readonly NoteView[];
  readonly problems: readonly StoreProblem[];
}

/** The article's text as the user sees it: the open (maybe unsaved) document, else the file. */
export async function currentText(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  try {
    return decodeUtf8(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

/** Every article with notes in the workspace's folders (or in private storage, per the setting). */
export async function loadAnnotatedArticles(service: NotesService): Promise<AnnotatedArticle[]> {
  const found: AnnotatedArticle[] = [];
  const seen = new Set<string>();
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const { store } = service.locate(vscode.Uri.joinPath(folder.uri, '.article'));
    for (const path of await store.articles()) {
      const uri = vscode.Uri.joinPath(folder.uri, path);
      if (seen.has(uri.toString())) continue;
      seen.add(uri.toString());
      found.push(await annotatedArticle(service, uri, path));
    }
  }
  return found.sort((a, b) => a.path.localeCompare(b.path));
}

/** One article of that list again, after its text changed in an editor: the others need not be read. */
export function reloadAnnotatedArticle(service: NotesService, article: AnnotatedArticle): Promise<AnnotatedArticle> {
  return annotatedArticle(service, article.uri, article.path);
}

// Through the service, which places the notes once for the annotator, the text editor's highlights and this view.
async function annotatedArticle(service: NotesService, uri: vscode.Uri, path: string): Promise<AnnotatedArticle> {
  const text = await currentText(uri);
  const loaded = await service.loadCached(uri, text ?? '');
  return { uri, path, text, notes: loaded.notes, problems: loaded.problems };
}

/** Tags already used anywhere in the workspace, for completion in the note form. */
export function tagsOf(articles: readonly AnnotatedArticle[]): string[] {
  const tags = new Set<string>();
  for (const article of articles) for (const note of article.notes) for (const tag of note.tags) tags.add(tag);
  return [...tags].sort((a, b) => a.localeCompare(b));
}
