import type { NoteView } from '../store/notes';
import type { ArticleReport } from './report';
import { countBy } from './counts';

/** Text from the article or a note must not turn into Markdown structure in the report. */
function inline(text: string): string {
  return text
    .replace(/[\\`*_[\]<>#|!~&]/g, (c) => `\\${c}`)
    .replace(/\s*\r?\n\s*/g, ' ')
    .replace(/^([\s]*)([-+=]|\d+[.)])/, '$1\\$2');
}

function blockquote(text: string): string {
  return text.split(/\r?\n/).map((line) => `> ${inline(line)}`).join('\n');
}

const SAFE_LINK = /^(https?:|mailto:|#)/i;

/**
 * A note body is Markdown the analyst wrote, or text imported from another tool: keep its formatting,
 * but no raw HTML, no links other than http(s)/mailto, and no line that would become a report heading.
 */
export function safeMarkdownBody(body: string): string {
  return body
    .trim()
    .replace(/</g, '&lt;')
    .replace(/\]\(\s*([^)\s]*)/g, (match: string, target: string) => (SAFE_LINK.test(target) ? match : `]\\(${target}`))
    .replace(/^(\s{0,3})\[([^\]]*)\]:/gm, '$1\\[$2\\]:')
    .replace(/^(\s{0,3})(#)/gm, '$1\\$2')
    .replace(/^(\s{0,3})([=-]{2,}\s*)$/gm, '$1\\$2');
}

function evidenceLine(url: string): string {
  return SAFE_LINK.test(url) && !/[\s<>]/.test(url) ? `- <${url}>` : `- ${inline(url)}`;
}

function noteSection(note: NoteView, index: number): string {
  const lines: string[] = [];
  const where = note.start === null ? note.status : `characters ${note.start}–${note.end}${note.status === 'drifted' ? ', drifted' : ''}`;
  lines.push(`### ${index}. ${note.verdict ? inline(note.verdict) : 'no verdict'} (${where})`, '');
  lines.push(blockquote(note.quote), '');
  if (note.status === 'drifted' && note.currentText !== null && note.currentText !== note.quote) {
    lines.push('The article now reads:', '', blockquote(note.currentText), '');
  }
  const body = safeMarkdownBody(note.body);
  if (body.length > 0) lines.push(body, '');
  if (note.tags.length > 0) lines.push(`Tags: ${note.tags.map(inline).join(', ')}`, '');
  if (note.evidence.length > 0) lines.push('Evidence:', '', ...note.evidence.map(evidenceLine), '');
  lines.push(`*${inline(note.creator)}, created ${inline(note.created)}, modified ${inline(note.modified)}*`, '');
  return lines.join('\n');
}

function countTables(report: ArticleReport): string[] {
  const lines: string[] = [];
  const verdicts = countBy(report.notes, (n) => n.verdict ?? 'no verdict');
  if (verdicts.size > 0) {
    lines.push('| Verdict | Notes |', '| --- | --- |', ...[...verdicts].sort().map(([v, n]) => `| ${inline(v)} | ${n} |`), '');
  }
  const kinds = countBy(report.claims, (c) => c.kind);
  const noted = countBy(
    report.claims.filter((c) => report.notes.some((n) => n.start !== null && n.end !== null && n.start < c.end && n.end > c.start)),
    (c) => c.kind,
  );
  if (kinds.size > 0) {
    lines.push('| Claim kind | Claims | With a note |', '| --- | --- | --- |');
    lines.push(...[...kinds].sort().map(([k, n]) => `| ${k} | ${n} | ${noted.get(k) ?? 0} |`), '');
  }
  return lines;
}

function articleSection(report: ArticleReport): string {
  const lines: string[] = [`## ${inline(report.title)}`, '', `Source file: \`${report.path.replace(/`/g, "'")}\``, ''];
  if (report.missing) lines.push('**The article file is missing: every note is orphaned.**', '');
  const statuses = countBy(report.notes, (n) => n.status);
  const statusText = [...statuses].map(([s, n]) => `${n} ${s}`).join(', ');
  lines.push(`Notes: ${report.notes.length}${statusText ? ` (${statusText})` : ''}. Claims detected: ${report.claims.length}.`, '');
  lines.push(...countTables(report));
  const placed = report.notes.filter((n) => n.status === 'anchored');
  const lost = report.notes.filter((n) => n.status !== 'anchored');
  placed.forEach((note, i) => lines.push(noteSection(note, i + 1)));
  if (lost.length > 0) {
    lines.push('### Drifted and orphaned notes', '');
    lost.forEach((note, i) => lines.push(noteSection(note, placed.length + i + 1)));
  }
  return lines.join('\n');
}

export function exportMarkdown(reports: readonly ArticleReport[], generated: string): string {
  const header = ['# Article Annotator report', '', `Generated ${generated}.`, ''];
  return `${[...header, ...reports.map(articleSection)].join('\n').trimEnd()}\n`;
}
