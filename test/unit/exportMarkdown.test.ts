import { strict as assert } from 'node:assert';
import MarkdownIt from 'markdown-it';
import { exportMarkdown } from '../../src/core/export/markdown';
import type { ArticleReport } from '../../src/core/export/report';
import type { NoteView } from '../../src/core/store/notes';

function report(parts: Partial<ArticleReport>): ArticleReport {
  return { path: 'a.txt', title: 'T', text: '', missing: false, notes: [], annotations: [], claims: [], ...parts };
}

const base: NoteView = {
  id: 'urn:uuid:1', status: 'anchored', start: 10, end: 20, quote: 'surged 18.9 percent', currentText: 'surged 18.9 percent',
  body: 'Matches customs data.', tags: ['trade'], verdict: 'verified', evidence: ['https://example.org/a'],
  creator: 'Ana', created: '2026-11-28T10:00:00.000Z', modified: '2026-11-28T10:00:00.000Z',
};

describe('markdown export', () => {
  it('includes each note with its quote, verdict, body, tags, evidence and author', () => {
    const md = exportMarkdown([report({ title: 'A title', notes: [base] })], '2026-11-28');
    for (const part of ['## A title', '> surged 18.9 percent', 'verified', 'Matches customs data.', 'Tags: trade', '<https://example.org/a>', 'Ana']) {
      assert.ok(md.includes(part), `missing ${part}`);
    }
  });

  it('lists drifted and orphaned notes at the end with what the article says now', () => {
    const drifted: NoteView = { ...base, id: 'urn:uuid:2', status: 'drifted', currentText: 'surged 19.9 percent' };
    const md = exportMarkdown([report({ notes: [drifted, base] })], 'now');
    assert.ok(md.indexOf('Drifted and orphaned') > md.indexOf('### 1.'));
    assert.ok(md.includes('> surged 19.9 percent'));
  });

  it('keeps quoted article text from becoming Markdown structure', () => {
    const hostile: NoteView = { ...base, quote: '# heading [link](javascript:alert(1))\n| table |' };
    const md = exportMarkdown([report({ notes: [hostile] })], 'now');
    assert.ok(md.includes('> \\# heading \\[link\\](javascript:alert(1))'));
  });
});

describe('markdown export of hostile note text', () => {
  const hostile = [
    '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '[click](javascript:alert(1))', '[ref]: javascript:alert(2)',
    '<javascript:alert(3)>', '### 9. verified (fake heading)', 'Setext\n---', '=HYPERLINK("x")', 'commas, "quotes"\nnew line', 'emoji 😀',
  ];
  const notes = hostile.map((text, i): NoteView => ({ ...base, id: `urn:uuid:${i}`, body: text, quote: text, verdict: text, tags: [text], evidence: [text], creator: text }));
  const md = exportMarkdown([report({ title: '<b>Title</b> [x](javascript:alert(4))', notes })], 'now');
  // A permissive viewer: raw HTML on, as some Markdown previews have it.
  const html = new MarkdownIt({ html: true, linkify: true }).render(md);

  it('renders no HTML element, script or javascript: link from note or article text', () => {
    assert.ok(!/<(script|img|b)\b/i.test(html), 'no raw HTML from the text');
    assert.ok(!/href="javascript:/i.test(html), 'no javascript: link');
    assert.equal((html.match(/<h3>/g) ?? []).length, hostile.length, 'one heading per note, none injected');
    assert.equal((html.match(/<h2>/g) ?? []).length, 1);
  });

  it('still shows the text: formula prefixes, quotes, commas and emoji survive', () => {
    for (const text of ['=HYPERLINK("x")', 'commas, "quotes"', 'emoji 😀', 'alert(1)']) assert.ok(md.includes(text), text);
  });
});
