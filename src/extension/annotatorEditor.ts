import * as vscode from 'vscode';
import type { Claim } from '../core/claims/types';
import { ArticleBlockRenderer } from '../core/render/blockRenderer';
import { articleHighlights } from '../core/render/claimHighlights';
import { articleFormat } from '../core/render/format';
import type { StoreProblem } from '../core/store/noteStore';
import { articleEditOf, parseWebviewMessage, type ArticleMessage, type HostToWebview, type PackedArticleMessage, type WebviewCommand, type WebviewToHost } from '../protocol/messages';
import { packArticle } from '../protocol/packedArticle';
import type { NotesService } from './notesService';
import { shownKinds, verdicts } from './settings';
import { DEFAULT_MAX_ARTICLE_LENGTH, largeArticleDocument, maxArticleLength } from './largeArticle';
import { openLinkAfterConfirmation } from './openLink';
import { webviewHtml, webviewOptions } from './webviewHtml';
import { localisedWebviewStrings } from './webviewStrings';
import { articleClaims } from './articleClaims';

export const VIEW_TYPE = 'articleAnnotator.editor';

/**
 * Up to this many characters the host renders the article for the webview (ArticleMessage.blocks): the webview's
 * own renderer starts cold in every new panel, and an edit then sends only the blocks it changed, where the webview
 * would render the whole article again (a 5 MB article held its thread for 210-240 ms per edit; 0-90 ms this way).
 * The host renders again only the blocks around an edit (ArticleBlockRenderer).
 * Above the default size limit, raised by the user, the markup would be megabytes more to send at every open.
 */
const HOST_RENDER_LIMIT = DEFAULT_MAX_ARTICLE_LENGTH;

/** Up to this many characters, the first article message is sent before the webview asks (see prepareAhead). */
const PUSH_LIMIT = 256 * 1024;

/**
 * The first article message, built while the webview loads its page and script: `pushed` once sent unasked, or
 * `packed` for the answer to ready. Used once: posting may hand the packed buffer over to the workbench.
 */
interface PreparedArticle {
  readonly version: number;
  readonly message: Promise<ArticleMessage>;
  pushed?: ArticleMessage;
  packed?: PackedArticleMessage;
}

function problemLines(problems: readonly StoreProblem[]): string[] {
  return problems.map((p) => `${p.path}: ${p.problem}`);
}

/** One open annotator: a text document and the webview that shows it. */
class AnnotatorSession implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private ready = false;
  /** Renders again, after an edit, only the blocks around it. */
  private readonly renderer = new ArticleBlockRenderer();
  /** The last article message the webview was sent: the next goes as a change to it (see ArticleEditMessage). */
  private lastArticle: ArticleMessage | undefined;
  /** A reveal asked for before the webview was ready: sent with the first article. */
  pendingReveal: HostToWebview | undefined;

  constructor(
    readonly document: vscode.TextDocument,
    readonly panel: vscode.WebviewPanel,
    private readonly notes: NotesService,
    private readonly knownTags: () => Promise<readonly string[]>,
  ) {
    this.disposables.push(
      panel.webview.onDidReceiveMessage((raw: unknown) => this.onMessage(parseWebviewMessage(raw))),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === document && e.contentChanges.length > 0) this.scheduleRefresh();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration('articleAnnotator')) return;
        // Verdicts, shown kinds and the store location reach an open annotator at once.
        if (this.ready) this.scheduleRefresh();
        else this.prepared = undefined;
      }),
    );
  }

  get uri(): string {
    return this.document.uri.toString();
  }

  get isReady(): boolean {
    return this.ready;
  }

  post(message: HostToWebview): void {
    if (this.ready) void this.panel.webview.postMessage(message.type === 'article' ? packArticle(message) : message);
  }

  scheduleRefresh(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => void this.sendArticle(), 150);
  }

  private aheadTimer: ReturnType<typeof setTimeout> | undefined;
  private detected: { readonly version: number; readonly claims: readonly Claim[] } | undefined;
  private prepared: PreparedArticle | undefined;

  /** The text and its version must be read together: the document may change while notes load. */
  private claimsOf(text: string, version: number): readonly Claim[] {
    if (this.detected?.version !== version) this.detected = { version, claims: articleClaims.detect(this.uri, text) };
    return this.detected.claims;
  }

  /**
   * Builds the first article message (claims, notes, tags) while the webview loads its page and script: the
   * extension host has a thread of its own, and the webview's ready message then gets its answer at once.
   */
  prepareAhead(): void {
    this.aheadTimer = setTimeout(() => {
      if (this.ready) return;
      const prepared: PreparedArticle = { version: this.document.version, message: this.buildArticle() };
      this.prepared = prepared;
      // A short article's message is sent as soon as it is built, not when the page asks: the workbench holds it
      // until the page has loaded, and the page's ready message and its answer took 60-80 ms of a 100 KB article's
      // open (0.87-1.01x the Markdown preview's time with it, 0.98-1.07x without). A long one waits for `ready`:
      // sent early, its megabytes reached the page while it was still loading, and 1 MB opened later (1.05-1.22x
      // against 0.91-1.12x).
      prepared.message.then(
        (message) => {
          if (this.ready || this.prepared !== prepared || message.version !== this.document.version) return;
          // Packing a 1 MB article's message takes the host a quarter of a second: done now, while the page loads.
          if (message.text.length > PUSH_LIMIT) {
            prepared.packed = packArticle(message);
            return;
          }
          prepared.pushed = message;
          void this.panel.webview.postMessage(packArticle(message));
        },
        () => undefined,
      );
    }, 0);
  }

  private async buildArticle(): Promise<ArticleMessage> {
    const version = this.document.version;
    const text = this.document.getText();
    const location = this.notes.locate(this.document.uri);
    const [loaded, tags] = await Promise.all([this.notes.loadCached(this.document.uri, text), this.knownTags().catch(() => [])]);
    const format = articleFormat(this.document.uri.path);
    const claims = this.claimsOf(text, version);
    return {
      type: 'article',
      documentUri: this.uri,
      version,
      path: location.article,
      format,
      text,
      claims,
      notes: loaded.notes,
      verdicts: verdicts(),
      problems: problemLines(loaded.problems),
      shownKinds: shownKinds(),
      knownTags: tags,
      strings: localisedWebviewStrings(),
      blocks: text.length <= HOST_RENDER_LIMIT ? this.renderer.render(text, format, articleHighlights(claims, loaded.notes)) : undefined,
    };
  }

  async sendArticle(): Promise<void> {
    const prepared = this.prepared;
    this.prepared = undefined;
    // Notes or settings may change later: a prepared message serves only the first answer, for its version.
    const message = prepared?.version === this.document.version ? await prepared.message.catch(() => this.buildArticle()) : await this.buildArticle();
    if (!this.ready) return;
    // The packed bytes are of the prepared message, which the message is unless building it failed.
    const packed = prepared?.packed?.version === message.version ? prepared.packed : undefined;
    this.delivered(message, this.lastArticle ? articleEditOf(this.lastArticle, message) : (packed ?? message));
  }

  /** `sent` (the article, a change to the last one, or word that it was sent already) tells the webview of `message`. */
  private delivered(message: ArticleMessage, sent: HostToWebview): void {
    this.post(sent);
    this.lastArticle = message;
    if (this.pendingReveal) {
      this.post(this.pendingReveal);
      this.pendingReveal = undefined;
    }
    this.reportProblems(message.problems);
  }

  async sendNotes(): Promise<void> {
    // Notes changed: a first message prepared before the webview was ready would show the old ones.
    this.prepared = undefined;
    const loaded = await this.notes.loadCached(this.document.uri, this.document.getText());
    const problems = problemLines(loaded.problems);
    this.post({ type: 'notes', documentUri: this.uri, notes: loaded.notes, problems });
    this.reportProblems(problems);
  }

  private reportedProblems = '';
  private reportProblems(problems: readonly string[]): void {
    const key = problems.join('\n');
    if (key === this.reportedProblems) return;
    this.reportedProblems = key;
    if (problems.length > 0) {
      void vscode.window.showErrorMessage(
        vscode.l10n.t('Some note files could not be read and were left untouched: {0}', problems.join('; ')),
      );
    }
  }

  private async onMessage(message: WebviewToHost | undefined): Promise<void> {
    if (!message) return;
    if (message.type === 'ready') {
      this.ready = true;
      // A webview that says it is ready has no article (it has just loaded, or could not apply an edit), unless the
      // article was sent before it asked: then it is told so, and asks again if the article never reached it.
      this.lastArticle = undefined;
      const pushed = this.prepared?.pushed;
      if (pushed && pushed.version === this.document.version) {
        this.prepared = undefined;
        this.delivered(pushed, { type: 'articleSent', documentUri: this.uri, version: pushed.version });
        return;
      }
      await this.sendArticle();
      return;
    }
    if (message.type === 'openLink') {
      await openLinkAfterConfirmation(message.href);
      return;
    }
    if (message.documentUri !== this.uri) return;
    try {
      switch (message.type) {
        case 'addNote':
          await this.notes.add(this.document.uri, this.document.getText(), message.start, message.end, message.content);
          break;
        case 'updateNote':
          await this.notes.update(this.document.uri, message.id, message.content, message.base);
          break;
        case 'deleteNote':
          await this.notes.remove(this.document.uri, message.id, message.base);
          break;
        case 'reattachNote':
          await this.notes.reattach(this.document.uri, this.document.getText(), message.id, message.start, message.end);
          break;
        case 'acceptDrift':
          // With the article's other notes, as the webview placed it: the note is found where the analyst saw it.
          await this.notes.acceptDrift(this.document.uri, this.document.getText(), message.id);
          break;
        case 'notice':
          void vscode.window.showInformationMessage(message.message);
          return;
      }
      await this.sendNotes();
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      this.post({ type: 'error', documentUri: this.uri, message: text });
      void vscode.window.showErrorMessage(vscode.l10n.t('Article Annotator: {0}', text));
    }
  }

  dispose(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    if (this.aheadTimer) clearTimeout(this.aheadTimer);
    for (const d of this.disposables) d.dispose();
  }
}

export class AnnotatorEditorProvider implements vscode.CustomTextEditorProvider {
  private readonly sessions = new Set<AnnotatorSession>();
  private active: AnnotatorSession | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    readonly notesService: NotesService,
    private readonly knownTags: () => Promise<readonly string[]> = async () => [],
  ) {}

  resolveCustomTextEditor(document: vscode.TextDocument, panel: vscode.WebviewPanel): void {
    if (this.openedAsTooLarge(document, panel)) return;
    panel.webview.options = webviewOptions(this.extensionUri);
    panel.webview.html = webviewHtml(panel.webview, this.extensionUri);
    const session = new AnnotatorSession(document, panel, this.notesService, this.knownTags);
    session.prepareAhead();
    this.sessions.add(session);
    this.active = session;
    panel.onDidChangeViewState(() => {
      if (panel.active) this.active = session;
    });
    panel.onDidDispose(() => {
      this.sessions.delete(session);
      if (this.active === session) this.active = undefined;
      session.dispose();
    });
  }

  /** Above the articleAnnotator.maxArticleLength setting: a notice and the text editor, never a frozen editor. */
  private openedAsTooLarge(document: vscode.TextDocument, panel: vscode.WebviewPanel): boolean {
    const limit = maxArticleLength(vscode.workspace.getConfiguration('articleAnnotator').get<unknown>('maxArticleLength'));
    const length = document.getText().length;
    if (length <= limit) return false;
    const message = vscode.l10n.t(
      'This article has {0} characters, more than the {1} the annotator analyses (setting articleAnnotator.maxArticleLength). Claims are not detected; open it in the text editor to read it.',
      length.toLocaleString('en-US'), limit.toLocaleString('en-US'),
    );
    panel.webview.options = { enableScripts: false, enableCommandUris: false, localResourceRoots: [] };
    panel.webview.html = largeArticleDocument(vscode.l10n.t('Article too large to annotate'), message);
    const reopen = vscode.l10n.t('Open in Text Editor');
    void vscode.window.showWarningMessage(message, reopen).then((choice) => {
      if (choice === reopen) void vscode.commands.executeCommand('vscode.openWith', document.uri, 'default');
    });
    return true;
  }

  /** The annotator the user last focused, if it is still open. */
  activeSession(): { documentUri: vscode.Uri; startNote(): void } | undefined {
    const session = this.active;
    if (!session) return undefined;
    return {
      documentUri: session.document.uri,
      startNote: () => session.post({ type: 'startNote', documentUri: session.uri }),
    };
  }

  /** Sends a palette command or keybinding to the annotator in focus, which acts as for its own key. */
  runInActive(command: WebviewCommand): boolean {
    const session = this.active;
    if (!session) return false;
    session.post({ type: 'command', documentUri: session.uri, command });
    return true;
  }

  /** Opens the article in the annotator (or brings it forward) and shows a range or a note there. */
  async reveal(uri: vscode.Uri, start: number | null, end: number | null, noteId?: string): Promise<void> {
    await vscode.commands.executeCommand('vscode.openWith', uri, VIEW_TYPE);
    const session = [...this.sessions].find((s) => s.uri === uri.toString() && s.panel.active) ?? [...this.sessions].find((s) => s.uri === uri.toString());
    if (!session) return;
    const message: HostToWebview = { type: 'reveal', documentUri: session.uri, start: start ?? -1, end: end ?? -1, noteId };
    if (session.isReady) session.post(message);
    else session.pendingReveal = message;
  }

  /** Notes changed outside this window (the CLI, another window, git): show them. */
  refreshNotes(): void {
    for (const session of this.sessions) void session.sendNotes();
  }
}
