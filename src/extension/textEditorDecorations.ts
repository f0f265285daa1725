import * as vscode from 'vscode';
import { CLAIM_KINDS, type Claim, type ClaimKind } from '../core/claims/types';
import type { NoteView } from '../core/store/notes';
import { maxArticleLength } from './largeArticle';
import type { NotesService } from './notesService';
import { shownKinds, textEditorDecorationMode } from './settings';
import { articleClaims } from './articleClaims';

const KIND_COLOURS: Readonly<Record<ClaimKind, string>> = {
  statistic: '#3b82f6',
  comparison: '#8b5cf6',
  attribution: '#d97706',
  quote: '#10b981',
  prediction: '#ec4899',
  causal: '#ef4444',
  event: '#14b8a6',
};

export function isArticleDocument(document: vscode.TextDocument): boolean {
  return /\.(txt|md|markdown)$/i.test(document.uri.path) && document.uri.scheme !== 'output' && document.uri.scheme !== 'git';
}

interface Analysis {
  readonly version: number;
  readonly claims: readonly Claim[];
  readonly notes: readonly NoteView[];
}

function range(document: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(document.positionAt(start), document.positionAt(end));
}

/** Claims and notes in the plain text editor of an article too, with a hover that shows the notes. */
export class TextEditorDecorations implements vscode.HoverProvider, vscode.Disposable {
  private readonly claimTypes = new Map<ClaimKind, vscode.TextEditorDecorationType>(
    CLAIM_KINDS.map((kind) => [
      kind,
      vscode.window.createTextEditorDecorationType({
        borderStyle: 'none none solid none',
        borderWidth: '0 0 2px 0',
        borderColor: KIND_COLOURS[kind],
        overviewRulerColor: KIND_COLOURS[kind],
        overviewRulerLane: vscode.OverviewRulerLane.Left,
      }),
    ]),
  );
  private readonly noteType = vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('editor.findMatchHighlightBackground'),
    overviewRulerColor: new vscode.ThemeColor('editorWarning.foreground'),
    overviewRulerLane: vscode.OverviewRulerLane.Right,
    after: { contentText: ' 🗨', color: new vscode.ThemeColor('editorWarning.foreground') },
  });
  private readonly cache = new Map<string, Analysis>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly service: NotesService) {}

  private async analyse(document: vscode.TextDocument): Promise<Analysis> {
    const key = document.uri.toString();
    const cached = this.cache.get(key);
    if (cached && cached.version === document.version) return cached;
    const text = document.getText();
    const loaded = await this.service.loadCached(document.uri, text);
    // Above the annotator's size limit, no claim detection here either: it would hold up the extension host on every edit.
    const tooLarge = text.length > maxArticleLength(vscode.workspace.getConfiguration('articleAnnotator').get<unknown>('maxArticleLength'));
    const analysis = { version: document.version, claims: tooLarge ? [] : articleClaims.detect(key, text), notes: loaded.notes };
    this.cache.set(key, analysis);
    return analysis;
  }

  /** What the setting lets this editor show: nothing, or claims only where the article has notes, or everywhere. */
  private async shown(document: vscode.TextDocument): Promise<Pick<Analysis, 'claims' | 'notes'>> {
    const mode = textEditorDecorationMode();
    if (mode === 'off') return { claims: [], notes: [] };
    const analysis = await this.analyse(document);
    if (mode === 'annotated' && analysis.notes.length === 0) return { claims: [], notes: [] };
    return analysis;
  }

  /** Notes changed on disk or in the annotator: read them again. */
  invalidate(): void {
    this.cache.clear();
    this.schedule();
  }

  schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.paintVisible(), 200);
  }

  async paintVisible(): Promise<void> {
    for (const editor of vscode.window.visibleTextEditors) {
      if (isArticleDocument(editor.document)) await this.paint(editor);
    }
  }

  private async paint(editor: vscode.TextEditor): Promise<void> {
    const { claims, notes } = await this.shown(editor.document);
    const shown = new Set<string>(shownKinds());
    for (const [kind, type] of this.claimTypes) {
      const options = claims
        .filter((c) => c.kind === kind && shown.has(kind))
        .map((c) => ({ range: range(editor.document, c.start, c.end) }));
      editor.setDecorations(type, options);
    }
    const anchored = notes.filter((n) => n.start !== null && n.end !== null);
    editor.setDecorations(this.noteType, anchored.map((n) => ({ range: range(editor.document, n.start ?? 0, n.end ?? 0) })));
  }

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    if (!isArticleDocument(document)) return undefined;
    const offset = document.offsetAt(position);
    const { claims, notes } = await this.shown(document);
    const here = notes.filter((n) => n.start !== null && n.end !== null && n.start <= offset && offset < (n.end ?? 0));
    const claim = claims.find((c) => c.start <= offset && offset < c.end);
    if (here.length === 0 && !claim) return undefined;
    // Untrusted Markdown: note text is shown as text; only the reveal command may be linked.
    const md = new vscode.MarkdownString(undefined, true);
    md.isTrusted = { enabledCommands: ['articleAnnotator.revealInAnnotator'] };
    md.supportHtml = false;
    if (claim) {
      md.appendMarkdown(`**${claim.kind}** · ${claim.score.toFixed(2)} · `);
      md.appendText(claim.source ? vscode.l10n.t('source: {0}', claim.source.text) : vscode.l10n.t('no source named'));
      if (claim.cues.length > 0) md.appendMarkdown('  \n').appendText(claim.cues.join('; '));
      md.appendMarkdown('\n\n---\n\n');
    }
    for (const note of here) {
      md.appendMarkdown('$(note) **').appendText(note.verdict ?? vscode.l10n.t('no verdict')).appendMarkdown('** · ').appendText(note.creator);
      if (note.status !== 'anchored') md.appendMarkdown(' · ').appendText(note.status);
      if (note.body.trim()) md.appendMarkdown('\n\n').appendText(note.body);
      if (note.tags.length > 0) md.appendMarkdown('\n\n').appendText(note.tags.map((t) => `#${t}`).join(' '));
      for (const link of note.evidence) md.appendMarkdown('\n\n').appendText(link);
      md.appendMarkdown('\n\n---\n\n');
    }
    const target = claim ?? here[0];
    if (target && target.start !== null && target.end !== null) {
      const args = encodeURIComponent(JSON.stringify([document.uri.toString(), target.start, target.end]));
      md.appendMarkdown(`[${vscode.l10n.t('Open in Article Annotator')}](command:articleAnnotator.revealInAnnotator?${args})`);
    }
    return new vscode.Hover(md);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const type of this.claimTypes.values()) type.dispose();
    this.noteType.dispose();
  }
}
