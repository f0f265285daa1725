import MarkdownIt from 'markdown-it';

// Note bodies are Markdown written by colleagues or merged from other branches: raw HTML stays off,
// so markdown-it escapes every character of it, and its link validator drops javascript:, vbscript:, file: and data: links.
const md = new MarkdownIt({ html: false, linkify: true, typographer: false });

/** Renders a note body into an element; the result holds only markup that markdown-it generated. */
export function renderNoteMarkdown(target: HTMLElement, source: string): void {
  target.innerHTML = md.render(source);
  for (const image of target.querySelectorAll('img')) {
    // The CSP blocks remote images anyway; show the alt text rather than a broken image.
    image.replaceWith(document.createTextNode(image.getAttribute('alt') ?? ''));
  }
}
