import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { CSV_COLUMNS, exportCsv, neutraliseFormula } from '../../src/core/export/csv';
import type { ArticleReport } from '../../src/core/export/report';
import type { NoteView } from '../../src/core/store/notes';

/** A strict RFC 4180 reader: quoted fields, doubled quotes, CRLF between records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"' && text[i + 1] === '"') { field += '"'; i += 2; continue; }
        if (text[i] === '"') { i++; break; }
        field += text[i];
        i++;
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n') throw new Error(`bare ${JSON.stringify(text[i])} in an unquoted field at ${i}`);
        field += text[i];
        i++;
      }
    }
    row.push(field);
    if (text[i] === ',') { i++; continue; }
    if (text.startsWith('\r\n', i)) { rows.push(row); row = []; i += 2; continue; }
    if (i < text.length) throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`);
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

const base: NoteView = {
  id: 'urn:uuid:1', status: 'anchored', start: 10, end: 20, quote: 'surged 18.9 percent', currentText: 'surged 18.9 percent',
  body: 'Matches customs data.', tags: ['trade', 'china'], verdict: 'verified', evidence: ['https://example.org/a', 'https://example.org/b'],
  creator: 'Ana', created: '2026-11-28T10:00:00.000Z', modified: '2026-11-28T11:00:00.000Z',
};

function report(notes: NoteView[], path = 'samples/a.txt'): ArticleReport {
  return { path, title: 'T', text: '', missing: false, notes, annotations: [], claims: [] };
}

const FORMULA_START = /^[=+\-@\t\r]/;

describe('CSV export', () => {
  it('starts with a UTF-8 BOM and a header, one CRLF-terminated row per note', () => {
    const csv = exportCsv([report([base, { ...base, id: 'urn:uuid:2', status: 'orphaned', start: null, end: null }])]);
    assert.ok(csv.startsWith('\uFEFFarticle,id,quote,'));
    assert.ok(csv.endsWith('\r\n'));
    const rows = parseCsv(csv.slice(1));
    assert.deepEqual(rows[0], [...CSV_COLUMNS]);
    assert.equal(rows.length, 3);
    assert.deepEqual(rows[1], [
      'samples/a.txt', 'urn:uuid:1', 'surged 18.9 percent', '10', '20', 'anchored', 'verified', 'trade; china',
      'Matches customs data.', 'https://example.org/a\nhttps://example.org/b', 'Ana', '2026-11-28T10:00:00.000Z', '2026-11-28T11:00:00.000Z',
    ]);
    assert.equal(rows[2]?.[3], '', 'an orphaned note has no start');
    assert.equal(rows[2]?.[5], 'orphaned');
  });

  it('neutralises every cell a spreadsheet would run as a formula, as OWASP recommends', () => {
    for (const attack of ['=HYPERLINK("http://evil","x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1', ' =1+1', '＝1+1']) {
      assert.equal(neutraliseFormula(attack), `'${attack}`, JSON.stringify(attack));
    }
    for (const safe of ['plain', 'a=b', '1-2', 'email@example.org', '']) assert.equal(neutraliseFormula(safe), safe);
  });

  it('keeps hostile note text intact but inert in every text column', () => {
    const hostile = ['=cmd|\' /C calc\'!A0', '+SUM(1)', '-1', '@x', '\tx', '\rx', '<script>alert(1)</script>', 'javascript:alert(1)', 'a\nb\r\nc', 'say "hi", ok', '😀 emoji'];
    const notes = hostile.map((text, i) => ({ ...base, id: `urn:uuid:h${i}`, quote: text, body: text, tags: [text], verdict: text, evidence: [text], creator: text }));
    const rows = parseCsv(exportCsv([report(notes, '=evil.txt')]).slice(1)).slice(1);
    assert.equal(rows.length, hostile.length);
    rows.forEach((row, i) => {
      const text = hostile[i] as string;
      for (const column of ['article', 'quote', 'verdict', 'tags', 'body', 'evidence', 'author'] as const) {
        const cell = row[CSV_COLUMNS.indexOf(column)] as string;
        assert.ok(!FORMULA_START.test(cell), `${column} starts like a formula: ${JSON.stringify(cell)}`);
        const expected = column === 'article' ? '=evil.txt' : text;
        assert.equal(cell.replace(/^'/, ''), expected);
      }
    });
  });

  it('round-trips arbitrary text through an RFC 4180 reader without a cell starting like a formula', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.string({ maxLength: 30 }), (body, quote) => {
        const rows = parseCsv(exportCsv([report([{ ...base, body, quote }])]).slice(1));
        assert.equal(rows.length, 2);
        const row = rows[1] as string[];
        assert.equal(row.length, CSV_COLUMNS.length);
        for (const cell of row) assert.ok(!FORMULA_START.test(cell));
        assert.equal(row[8], neutraliseFormula(body));
        assert.equal(row[2], neutraliseFormula(quote));
      }),
      { numRuns: 300 },
    );
  });
});
