import MarkdownIt, { type Token } from 'markdown-it';
import type { ArticleFormat } from './format';
import { coverage, HighlightPainter, escapeHtml, type Highlight, type PieceMode } from './highlights';
import { isOpenableLink } from './links';

export type { ArticleFormat } from './format';
export { articleFormat } from './format';


/** Raw HTML off: article text comes from the web and is treated as hostile. */
function createMarkdown(): ReturnType<typeof MarkdownIt> {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  // Any other link (command:, file:, data:, relative) stays as its Markdown text: nothing to click.
  md.validateLink = isOpenableLink;
  // Entities and escapes stay tokens of their own (text_special) instead of being joined into the text around
  // them: that text then matches its source and keeps an offset, so it can be highlighted and noted.
  md.core.ruler.disable('text_join');
  return md;
}

/** Where each line starts, the lines counted as markdown-it counts them: "\r\n", "\n" and a lone "\r" end one. */
function lineOffsets(text: string): number[] {
  const offsets = [0];
  if (!text.includes('\r')) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) offsets.push(i + 1);
    return offsets;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) offsets.push(i + 1);
  }
  return offsets;
}

/** Finds where each inline text token sits in the source, searching forward inside its block's lines. */
function stampOffsets(tokens: Token[], text: string): void {
  const lines = lineOffsets(text);
  for (const block of tokens) {
    if (block.type !== 'inline' || !block.map || !block.children) continue;
    let cursor = lines[block.map[0]] ?? 0;
    const limit = lines[block.map[1]] ?? text.length;
    for (const child of block.children) {
      if ((child.type !== 'text' && child.type !== 'code_inline') || child.content.length === 0) continue;
      const at = text.indexOf(child.content, cursor);
      if (at < 0 || at + child.content.length > limit) continue;
      child.meta = { start: at };
      cursor = at + child.content.length;
    }
  }
}

interface Stamp {
  readonly start?: number;
  /** The block element carries this text's offset, so the text needs no element of its own. */
  readonly continues?: boolean;
}

/** A block whose content opens with stamped text gets that offset on its element (the tight list's <li> for a hidden <p>). */
function stampBlocks(tokens: Token[], covered: (offset: number) => boolean): void {
  tokens.forEach((block, i) => {
    const first = block.type === 'inline' ? block.children?.[0] : undefined;
    const start = (first?.meta as Stamp | null | undefined)?.start;
    if (!first || first.type !== 'text' || typeof start !== 'number' || covered(start)) return;
    let at = i - 1;
    while (at >= 0 && tokens[at]?.hidden) at--;
    const opener = tokens[at];
    if (!opener || opener.nesting !== 1) return;
    opener.attrSet('data-s', String(start));
    first.meta = { start, continues: true } satisfies Stamp;
  });
}

/**
 * One top-level block of the article (paragraph, heading, list, table, fence...) as one element's markup. In
 * blocks from renderArticleBlocks its data-s offsets count from `base`, the block's start in the source: a
 * block that an edit elsewhere only moved keeps the same markup.
 */
export interface ArticleBlock {
  readonly base: number;
  readonly html: string;
}

function renderMarkdown(text: string, painter: HighlightPainter, mode: PieceMode, covered: (offset: number) => boolean, relative: boolean): ArticleBlock[] {
  const md = createMarkdown();
  const paintToken = (token: Token): string => {
    const meta = token.meta as Stamp | null;
    if (typeof meta?.start === 'number') return painter.paint(token.content, meta.start, meta.continues === true);
    // Text that differs from its source (an entity, an escape) has no offset. Bare, it would merge into the text
    // node before it, and offsets counted through that node would come out short: an element keeps it apart.
    return mode === 'anchors' ? `<span class="unplaced">${escapeHtml(token.content)}</span>` : escapeHtml(token.content);
  };
  md.renderer.rules.text = (tokens, idx): string => paintToken(tokens[idx] as Token);
  md.renderer.rules.text_special = (tokens, idx): string => paintToken(tokens[idx] as Token);
  md.renderer.rules.code_inline = (tokens, idx): string => `<code>${paintToken(tokens[idx] as Token)}</code>`;
  // An article's images would be fetched from wherever it points (a tracking pixel): show the alt text instead.
  md.renderer.rules.image = (tokens, idx): string => `<span class="image-alt">${escapeHtml((tokens[idx] as Token).content)}</span>`;
  const tokens = md.parse(text, {});
  stampOffsets(tokens, text);
  if (mode === 'anchors') stampBlocks(tokens, covered);
  if (!relative) return [{ base: 0, html: md.renderer.render(tokens, md.options, {}) }];
  const lines = lineOffsets(text);
  const blocks: ArticleBlock[] = [];
  for (let start = 0; start < tokens.length; ) {
    let end = start + 1;
    // A top-level block is one token (a fence, a rule) or an opening token up to its closing one at level 0.
    if ((tokens[start] as Token).nesting === 1) while (end < tokens.length && !((tokens[end - 1] as Token).nesting === -1 && (tokens[end - 1] as Token).level === 0)) end++;
    const slice = tokens.slice(start, end);
    const base = lines[(tokens[start] as Token).map?.[0] ?? 0] ?? 0;
    for (const token of slice) {
      const at = token.attrGet('data-s');
      if (at !== null) token.attrSet('data-s', String(Number(at) - base));
    }
    painter.base = base;
    blocks.push({ base, html: md.renderer.render(slice, md.options, {}) });
    start = end;
  }
  return blocks;
}

/** Runs of lines with something besides whitespace on them ("\r" included, for CRLF files), with where each starts. */
function paragraphs(text: string): Array<{ readonly index: number; readonly text: string }> {
  const found: Array<{ index: number; text: string }> = [];
  let start = -1;
  let end = 0;
  for (let at = 0; at <= text.length; ) {
    const next = text.indexOf('\n', at);
    const lineEnd = next < 0 ? text.length : next;
    if (text.slice(at, lineEnd).trim().length > 0) {
      if (start < 0) start = at;
      end = lineEnd;
    } else if (start >= 0) {
      found.push({ index: start, text: text.slice(start, end) });
      start = -1;
    }
    at = lineEnd + 1;
  }
  if (start >= 0) found.push({ index: start, text: text.slice(start, end) });
  return found;
}

/** Plain text: paragraphs split on blank lines, line breaks kept. */
function renderPlainText(text: string, painter: HighlightPainter, mode: PieceMode, covered: (offset: number) => boolean, relative: boolean): ArticleBlock[] {
  const blocks: ArticleBlock[] = [];
  for (const match of paragraphs(text)) {
    const lines = match.text.split('\n');
    let offset = match.index;
    const base = relative ? match.index : 0;
    painter.base = base;
    const parts: string[] = [];
    let anchored = false;
    for (const line of lines) {
      const content = line.replace(/\r$/, '');
      const painted = content.trim().length > 0;
      // Only the first line can lean on the paragraph's data-s: every later one follows a <br>.
      if (painted && parts.length === 0 && mode === 'anchors' && !covered(offset)) anchored = true;
      parts.push(painted ? painter.paint(content, offset, anchored && parts.length === 0) : '');
      offset += line.length + 1;
    }
    const open = anchored ? `<p data-s="${match.index - base}">` : '<p>';
    if (parts.some((p) => p.length > 0)) blocks.push({ base: match.index, html: `${open}${parts.join('<br>')}</p>\n` });
  }
  return blocks;
}

/** `anchors` is for the webview (fewer elements); exports keep `every` piece in an element of its own. */
export function renderArticle(text: string, format: ArticleFormat, highlights: readonly Highlight[], mode: PieceMode = 'every'): string {
  return paint(text, format, highlights, mode, false).map((block) => block.html).join('');
}

/** The article in anchors mode (see PieceMode), block by block, each block's offsets relative to its start. */
export function renderArticleBlocks(text: string, format: ArticleFormat, highlights: readonly Highlight[]): ArticleBlock[] {
  return paint(text, format, highlights, 'anchors', true);
}

function paint(text: string, format: ArticleFormat, highlights: readonly Highlight[], mode: PieceMode, relative: boolean): ArticleBlock[] {
  const painter = new HighlightPainter(highlights, mode);
  const covered = coverage(highlights);
  return format === 'markdown' ? renderMarkdown(text, painter, mode, covered, relative) : renderPlainText(text, painter, mode, covered, relative);
}
