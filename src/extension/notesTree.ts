import * as vscode from 'vscode';
import type { Claim } from '../core/claims/types';
import type { NoteView } from '../core/store/notes';
import { filterValues, matchesFilter, type NoteFilter, type NoteFilterField } from './noteFilter';
import type { NotesService } from './notesService';
import { loadAnnotatedArticles, reloadAnnotatedArticle, tagsOf, type AnnotatedArticle } from './workspaceNotes';
import { articleClaims } from './articleClaims';
import { detectClaims } from '../core/claims';

export const REVEAL_COMMAND = 'articleAnnotator.revealInAnnotator';

type Node =
  | { readonly kind: 'article'; readonly article: AnnotatedArticle }
  | { readonly kind: 'claims'; readonly article: AnnotatedArticle }
  | { readonly kind: 'note'; readonly article: AnnotatedArticle; readonly note: NoteView }
  | { readonly kind: 'claim'; readonly article: AnnotatedArticle; readonly claim: Claim; readonly reviewed: boolean };

function shorten(text: string, length = 70): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}

function noteMarkdown(note: NoteView): vscode.MarkdownString {
  // Untrusted: note text comes from colleagues and merges; no command links, no HTML.
  const md = new vscode.MarkdownString(undefined, false);
  md.isTrusted = false;
  md.supportHtml = false;
  md.appendMarkdown(`**${vscode.l10n.t('Verdict')}:** `).appendText(note.verdict ?? vscode.l10n.t('none'));
  md.appendMarkdown(`  \n**${vscode.l10n.t('Status')}:** `).appendText(note.status);
  md.appendMarkdown(`  \n**${vscode.l10n.t('Author')}:** `).appendText(note.creator);
  md.appendMarkdown('\n\n> ').appendText(shorten(note.quote, 300));
  if (note.body.trim()) md.appendMarkdown('\n\n').appendText(note.body);
  if (note.tags.length > 0) md.appendMarkdown(`\n\n**${vscode.l10n.t('Tags')}:** `).appendText(note.tags.join(', '));
  return md;
}

/** The "Notes" view: annotated articles, their notes and their claims; selecting one reveals it in the annotator. */
export class NotesTreeProvider implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private articles: Promise<AnnotatedArticle[]> | undefined;
  private filter: NoteFilter | undefined;
  view: vscode.TreeView<Node> | undefined;

  constructor(private readonly service: NotesService) {}

  refresh(): void {
    this.articles = undefined;
    this.changed.fire(undefined);
  }

  /**
   * These articles' text changed in an editor: only they are loaded again, not every annotated article of the
   * workspace (each one's file read and its notes re-anchored, after every pause in typing).
   */
  refreshArticles(uris: readonly vscode.Uri[]): void {
    const listed = this.articles;
    // Nothing listed yet: the next look at the view loads every article anyway.
    if (!listed) return;
    const changed = new Set(uris.map((uri) => uri.toString()));
    this.articles = listed
      .then((articles) => Promise.all(articles.map((article) => (changed.has(article.uri.toString()) ? reloadAnnotatedArticle(this.service, article) : article))))
      .catch(() => loadAnnotatedArticles(this.service));
    this.changed.fire(undefined);
  }

  currentFilter(): NoteFilter | undefined {
    return this.filter;
  }

  setFilter(filter: NoteFilter | undefined): void {
    this.filter = filter;
    void vscode.commands.executeCommand('setContext', 'articleAnnotator.notesFiltered', filter !== undefined);
    if (this.view) {
      this.view.message = filter ? vscode.l10n.t('Showing notes whose {0} is “{1}”', filter.field, filter.value) : undefined;
    }
    this.changed.fire(undefined);
  }

  async all(): Promise<AnnotatedArticle[]> {
    this.articles ??= loadAnnotatedArticles(this.service).then((articles) => {
      // Only the articles listed now keep their claims.
      const listed = new Set(articles.map((article) => article.uri.toString()));
      for (const key of this.closedClaims.keys()) if (!listed.has(key)) this.closedClaims.delete(key);
      return articles;
    });
    return this.articles;
  }

  async knownTags(): Promise<string[]> {
    return tagsOf(await this.all());
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (!node) {
      const articles = await this.all();
      return articles.filter((a) => a.notes.some((n) => matchesFilter(n, this.filter))).map((article) => ({ kind: 'article', article }));
    }
    if (node.kind === 'article') {
      const notes = node.article.notes.filter((n) => matchesFilter(n, this.filter)).map((note): Node => ({ kind: 'note', article: node.article, note }));
      return node.article.text === undefined ? notes : [...notes, { kind: 'claims', article: node.article }];
    }
    if (node.kind === 'claims') {
      return this.claimsOf(node.article).map(({ claim, reviewed }) => ({ kind: 'claim', article: node.article, claim, reviewed }));
    }
    return [];
  }

  private readonly claimCache = new WeakMap<AnnotatedArticle, Array<{ claim: Claim; reviewed: boolean }>>();
  /** The claims of articles that are not open, by article, with the text they were found in. */
  private readonly closedClaims = new Map<string, { readonly text: string; readonly claims: readonly Claim[] }>();

  /**
   * An open article's claims come from the cache its editors share. One that is not open is detected again
   * only when its text changed: every note saved refreshes this view, and with it every article's claim count.
   */
  private claimsOfArticle(article: AnnotatedArticle): readonly Claim[] {
    const key = article.uri.toString();
    const text = article.text ?? '';
    if (vscode.workspace.textDocuments.some((document) => document.uri.toString() === key)) return articleClaims.detect(key, text);
    const known = this.closedClaims.get(key);
    if (known?.text === text) return known.claims;
    const claims = detectClaims(text);
    this.closedClaims.set(key, { text, claims });
    return claims;
  }

  /** The article's claims, each reviewed once a note with a verdict covers it (as the annotator counts). */
  private claimsOf(article: AnnotatedArticle): Array<{ claim: Claim; reviewed: boolean }> {
    let found = this.claimCache.get(article);
    if (!found) {
      const withVerdict = article.notes.filter((n) => n.verdict && n.start !== null && n.end !== null);
      found = this.claimsOfArticle(article).map((claim) => ({
        claim,
        reviewed: withVerdict.some((n) => (n.start ?? 0) < claim.end && (n.end ?? 0) > claim.start),
      }));
      this.claimCache.set(article, found);
    }
    return found;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    switch (node.kind) {
      case 'article': {
        const item = new vscode.TreeItem(node.article.path, vscode.TreeItemCollapsibleState.Expanded);
        item.resourceUri = node.article.uri;
        const claims = this.claimsOf(node.article);
        item.description = vscode.l10n.t('{0} notes · {1} of {2} claims reviewed', node.article.notes.length, claims.filter((c) => c.reviewed).length, claims.length);
        item.contextValue = 'article';
        item.command = { command: 'vscode.openWith', title: vscode.l10n.t('Open in Article Annotator'), arguments: [node.article.uri, 'articleAnnotator.editor'] };
        return item;
      }
      case 'claims': {
        const item = new vscode.TreeItem(vscode.l10n.t('Claims'), vscode.TreeItemCollapsibleState.Collapsed);
        item.iconPath = new vscode.ThemeIcon('symbol-event');
        item.contextValue = 'claims';
        return item;
      }
      case 'note': {
        const { note } = node;
        const item = new vscode.TreeItem(`${note.verdict ?? vscode.l10n.t('no verdict')}: ${shorten(note.quote, 60)}`);
        item.id = `${node.article.uri.toString()}#${note.id}`;
        item.description = [note.status === 'anchored' ? '' : note.status, note.tags.join(', '), note.creator].filter(Boolean).join(' · ');
        item.tooltip = noteMarkdown(note);
        item.iconPath = new vscode.ThemeIcon(note.status === 'orphaned' ? 'error' : note.status === 'drifted' ? 'warning' : 'note');
        item.contextValue = `note-${note.status}`;
        item.command = { command: REVEAL_COMMAND, title: vscode.l10n.t('Reveal'), arguments: [node.article.uri.toString(), note.start, note.end, note.id] };
        return item;
      }
      case 'claim': {
        const { claim } = node;
        const item = new vscode.TreeItem(shorten(claim.text, 70));
        item.description = `${claim.kind}${claim.source ? '' : ` · ${vscode.l10n.t('no source named')}`}`;
        item.tooltip = `${claim.kind} · ${claim.score.toFixed(2)}\n${claim.cues.join('\n')}`;
        item.iconPath = new vscode.ThemeIcon(node.reviewed ? 'pass' : 'circle-large-outline');
        item.contextValue = 'claim';
        item.command = { command: REVEAL_COMMAND, title: vscode.l10n.t('Reveal'), arguments: [node.article.uri.toString(), claim.start, claim.end] };
        return item;
      }
    }
  }
}

/** Asks which field to filter the Notes view by, then which value, from the values the notes use. */
export async function pickNoteFilter(tree: NotesTreeProvider): Promise<void> {
  const fields: Array<{ label: string; field: NoteFilterField | 'clear' }> = [
    { label: vscode.l10n.t('Verdict'), field: 'verdict' },
    { label: vscode.l10n.t('Tag'), field: 'tag' },
    { label: vscode.l10n.t('Author'), field: 'author' },
    { label: vscode.l10n.t('Status (anchored, drifted, orphaned)'), field: 'status' },
  ];
  if (tree.currentFilter()) fields.push({ label: vscode.l10n.t('Show all notes'), field: 'clear' });
  const field = await vscode.window.showQuickPick(fields, { title: vscode.l10n.t('Filter notes by') });
  if (!field) return;
  if (field.field === 'clear') {
    tree.setFilter(undefined);
    return;
  }
  const values = filterValues((await tree.all()).flatMap((a) => a.notes), field.field);
  const value = await vscode.window.showQuickPick(
    values.map((v) => ({ label: v || vscode.l10n.t('(no verdict)'), value: v })),
    { title: vscode.l10n.t('Show notes whose {0} is', field.label.toLowerCase()) },
  );
  if (value) tree.setFilter({ field: field.field, value: value.value });
}
