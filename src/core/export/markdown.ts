import type { NoteView } from '../store/notes';
import type { ArticleReport } from './report';
import { countBy } from './counts';

/** Text from the article or a note must not turn into Markdown structure in the report. */
function inline(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`).replace(/\s*\r?\n\s*/g, ' ');
}

function blockquote(text: string): string {
  return text.split(/\r?\n/).map((line) => `> ${inline(line)}`).join('\n');
}

function noteSection(note: NoteView, index: number): string {
  const lines: string[] = [];
  const where = note.start === null ? 'orphaned' : `characters ${note.start}–${note.end}`;
  lines.push(`### ${index}. ${note.verdict ? inline(note.verdict) : 'no verdict'} (${where})`, '');
  lines.push(blockquote(note.quote), '');
  if (note.status === 'drifted' && note.currentText !== null && note.currentText !== note.quote) {
    lines.push('The article now reads:', '', blockquote(note.currentText), '');
  }
  if (note.body.trim().length > 0) lines.push(note.body.trim(), '');
  if (note.tags.length > 0) lines.push(`Tags: ${note.tags.map(inline).join(', ')}`, '');
  if (note.evidence.length > 0) {
    lines.push('Evidence:', '', ...note.evidence.map((url) => `- <${url.replace(/[<>\s]/g, encodeURIComponent)}>`), '');
  }
  lines.push(`*${inline(note.creator)}, created ${note.created}, modified ${note.modified}*`, '');
  return lines.join('\n');
}

function articleSection(report: ArticleReport): string {
  const lines: string[] = [`## ${inline(report.title)}`, '', `Source: \`${report.path.replace(/`/g, "'")}\``, ''];
  const verdicts = countBy(report.notes, (n) => n.verdict ?? 'no verdict');
  const kinds = countBy(report.claims, (c) => c.kind);
  lines.push(`Notes: ${report.notes.length}. Claims detected: ${report.claims.length}.`, '');
  if (verdicts.size > 0) {
    lines.push('| Verdict | Notes |', '| --- | --- |', ...[...verdicts].map(([v, n]) => `| ${inline(v)} | ${n} |`), '');
  }
  if (kinds.size > 0) {
    lines.push('| Claim kind | Claims |', '| --- | --- |', ...[...kinds].sort().map(([k, n]) => `| ${k} | ${n} |`), '');
  }
  const placed = report.notes.filter((n) => n.status === 'anchored');
  const lost = report.notes.filter((n) => n.status !== 'anchored');
  placed.forEach((note, i) => lines.push(noteSection(note, i + 1)));
  if (lost.length > 0) {
    lines.push('### Drifted and orphaned notes', '');
    lost.forEach((note, i) => lines.push(`Status: **${note.status}**`, '', noteSection(note, placed.length + i + 1)));
  }
  return lines.join('\n');
}

export function exportMarkdown(reports: readonly ArticleReport[], generated: string): string {
  const header = ['# Article Annotator report', '', `Generated ${generated}.`, ''];
  return `${[...header, ...reports.map(articleSection)].join('\n').trimEnd()}\n`;
}
