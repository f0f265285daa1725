import type { Annotation } from '../core/store/annotation';

/** One note change as the user made it: what the note was before (none: it was added) and after (none: deleted). */
export interface NoteChange {
  readonly label: string;
  readonly storeKey: string;
  readonly article: string;
  readonly id: string;
  readonly before: Annotation | undefined;
  readonly after: Annotation | undefined;
}

const LIMIT = 50;

/**
 * The user's recent note changes in this window, newest last. Notes live in their own files, outside
 * the article's text document, so VS Code's own undo does not cover them: this does.
 */
export class NoteHistory {
  private readonly changes: NoteChange[] = [];

  record(change: NoteChange): void {
    this.changes.push(change);
    if (this.changes.length > LIMIT) this.changes.shift();
  }

  peek(): NoteChange | undefined {
    return this.changes[this.changes.length - 1];
  }

  pop(): NoteChange | undefined {
    return this.changes.pop();
  }

  /** After a rename, the recorded changes follow the article to its new path. */
  rename(storeKey: string, from: string, to: string): void {
    this.changes.forEach((change, i) => {
      if (change.storeKey === storeKey && change.article === from) this.changes[i] = { ...change, article: to };
    });
  }
}
