import MarkdownIt from 'markdown-it';
import { isOpenableLink } from '../core/render/links';

// Note bodies are Markdown written by colleagues or merged from other branches: raw HTML stays off,
// so markdown-it escapes every character of it, and its link validator drops javascript:, vbscript:, file: and data: links.
const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
// Only web and mail links become links (markdown-it alone would keep command: and relative ones).
md.validateLink = isOpenableLink;
// An image would be fetched as soon as the markup is parsed, before it could be replaced: render its alt text.
md.renderer.rules.image = (tokens, idx): string => md.utils.escapeHtml(tokens[idx]?.content ?? '');

/** Renders a note body into an element; the result holds only markup that markdown-it generated. */
export function renderNoteMarkdown(target: HTMLElement, source: string): void {
  target.innerHTML = md.render(source);
}
