import { CLAIM_KINDS } from '../claims/types';
import { articleFormat, renderArticle } from '../render/article';
import { articleHighlights } from '../render/claimHighlights';
import { escapeHtml } from '../render/highlights';
import type { NoteView } from '../store/notes';
import { countBy } from './counts';
import { reportStyle } from './htmlStyle';
import type { ArticleReport } from './report';

/** Nothing in the page may load or run: no scripts, no images, fonts, frames or forms, from anywhere. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

const SAFE_HREF = /^(https?:\/\/|mailto:)[^\s"'<>`]+$/i;

interface Marker {
  readonly end: number;
  readonly html: string;
}

/**
 * Puts each note's footnote number after the last piece of its passage. The painter writes every piece
 * as one element with data-s (its source offset) around escaped text, so a piece's end is its offset
 * plus the length of its decoded text.
 */
export function insertMarkers(articleHtml: string, markers: readonly Marker[]): string {
  if (markers.length === 0) return articleHtml;
  const pending = [...markers].sort((a, b) => a.end - b.end);
  const piece = /<(span|mark)\b[^>]*?\bdata-s="(\d+)"[^>]*>([^<]*)<\/\1>/g;
  return articleHtml.replace(piece, (whole: string, _tag: string, offset: string, text: string) => {
    const start = Number(offset);
    const end = start + text.replace(/&#\d+;/g, '.').length;
    let after = '';
    while (pending.length > 0 && (pending[0] as Marker).end <= end && (pending[0] as Marker).end > start) {
      after += (pending.shift() as Marker).html;
    }
    while (pending.length > 0 && (pending[0] as Marker).end <= start) pending.shift();
    return whole + after;
  });
}

/**
 * Images in a Markdown article would load from the web if the page were viewed without its CSP
 * (a mail client, a preview pane): the report shows their alt text instead.
 */
function withoutImages(articleHtml: string): string {
  return articleHtml.replace(/<img\b[^>]*>/g, (tag) => `<span class="image">[image: ${/\balt="([^"]*)"/.exec(tag)?.[1] ?? ''}]</span>`);
}

function evidenceItem(url: string): string {
  const text = escapeHtml(url);
  return SAFE_HREF.test(url) ? `<li><a href="${text}" rel="noreferrer noopener">${text}</a></li>` : `<li>${text}</li>`;
}

function noteItem(note: NoteView, number: number, prefix: string): string {
  const parts: string[] = [];
  const back = note.start === null ? `${number}.` : `<a href="#${prefix}-r${number}" aria-label="Back to the passage">${number}.</a>`;
  const status = note.status === 'anchored' ? '' : ` <span class="status status-${note.status}">${note.status}</span>`;
  parts.push(`<p class="note-head">${back} ${escapeHtml(note.verdict ?? 'no verdict')}${status}</p>`);
  parts.push(`<blockquote>${escapeHtml(note.quote)}</blockquote>`);
  if (note.status === 'drifted' && note.currentText !== null && note.currentText !== note.quote) {
    parts.push(`<p class="now-reads">The article now reads:</p><blockquote>${escapeHtml(note.currentText)}</blockquote>`);
  }
  if (note.body.trim().length > 0) parts.push(`<div class="body">${escapeHtml(note.body.trim())}</div>`);
  if (note.tags.length > 0) parts.push(`<ul class="tags" aria-label="Tags">${note.tags.map((t) => `<li>${escapeHtml(t)}</li>`).join('')}</ul>`);
  if (note.evidence.length > 0) parts.push(`<ul class="evidence" aria-label="Evidence">${note.evidence.map(evidenceItem).join('')}</ul>`);
  parts.push(`<p class="byline">${escapeHtml(note.creator)} · created ${escapeHtml(note.created)} · modified ${escapeHtml(note.modified)}</p>`);
  return `<li id="${prefix}-n${number}" value="${number}">${parts.join('')}</li>`;
}

function legend(report: ArticleReport): string {
  const kinds = countBy(report.claims, (c) => c.kind);
  const items = CLAIM_KINDS.filter((k) => kinds.has(k)).map(
    (k) => `<li><span class="swatch swatch-${k}"></span>${k} (${kinds.get(k) ?? 0})</li>`,
  );
  items.push('<li><span class="swatch swatch-unsourced"></span>no source named</li>');
  items.push('<li><span class="swatch swatch-note"></span>noted passage</li>');
  return `<ul class="legend" aria-label="Legend">${items.join('')}</ul>`;
}

function articleSection(report: ArticleReport, index: number): string {
  const prefix = `a${index + 1}`;
  const placed = report.notes.filter((n) => n.status === 'anchored');
  const lost = report.notes.filter((n) => n.status !== 'anchored');
  const numbered = [...placed, ...lost];
  const markers: Marker[] = [];
  numbered.forEach((note, i) => {
    if (note.end === null) return;
    const n = i + 1;
    markers.push({ end: note.end, html: `<sup class="ref"><a href="#${prefix}-n${n}" id="${prefix}-r${n}">${n}</a></sup>` });
  });
  const highlights = articleHighlights(report.claims, report.notes);
  const body = report.missing
    ? '<p class="missing">The article file is missing: every note is orphaned.</p>'
    : insertMarkers(withoutImages(renderArticle(report.text, articleFormat(report.path), highlights)), markers);
  const verdicts = [...countBy(report.notes, (n) => n.verdict ?? 'no verdict')].sort();
  const verdictText = verdicts.map(([v, n]) => `${escapeHtml(v)}: ${n}`).join(', ');
  const notesHtml = [
    `<h3>Notes (${report.notes.length})</h3>`,
    verdictText ? `<p class="meta">${verdictText}</p>` : '',
    placed.length > 0 ? `<ol>${placed.map((n, i) => noteItem(n, i + 1, prefix)).join('\n')}</ol>` : '',
    lost.length > 0 ? `<h3>Drifted and orphaned</h3><ol>${lost.map((n, i) => noteItem(n, placed.length + i + 1, prefix)).join('\n')}</ol>` : '',
  ].join('\n');
  return `<section class="report" id="${prefix}">
<h2>${escapeHtml(report.title)}</h2>
<p class="meta">Source file: <code>${escapeHtml(report.path)}</code> · ${report.notes.length} notes · ${report.claims.length} claims detected</p>
${legend(report)}
<div class="layout">
<div class="article-text">${body}</div>
<aside class="notes" aria-label="Notes">${notesHtml}</aside>
</div>
</section>`;
}

/** One self-contained page: the annotated articles with their notes as numbered margin notes (footnotes in print). */
export function exportHtml(reports: readonly ArticleReport[], generated: string): string {
  const title = reports.length === 1 ? `Notes: ${reports[0]?.title ?? ''}` : 'Article Annotator report';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${reportStyle()}</style>
</head>
<body>
<header>
<h1>Article Annotator report</h1>
<p class="meta">Generated ${escapeHtml(generated)} · ${reports.length} article${reports.length === 1 ? '' : 's'}</p>
</header>
<main>
${reports.map(articleSection).join('\n')}
</main>
</body>
</html>
`;
}
