import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { detectClaims } from '../../src/core/claims';
import { ArticleBlockRenderer } from '../../src/core/render/blockRenderer';
import { articleHighlights, renderArticleBlocks, type Highlight } from '../../src/core/render';
import { SAMPLE_PARAGRAPHS } from '../support/sample';

const PARAGRAPHS = SAMPLE_PARAGRAPHS;

// Lines that change how their neighbours parse: markers that open or close containers, underlines, table rows.
const LINES = [
  '', '', '', 'Exports rose 41 percent in 2024, the ministry said.', 'plain words here', '# Heading', '## Sub', '- item one', '- item two',
  '  continued item', '1. first', '2) second', '> quoted 5 percent', '>', '```', '~~~', '    indented code', '---', '===', '***',
  'a | b', '--- | ---', '| x | 3 |', '\t tabbed', 'line with trailing spaces  ', 'see [id] and [link](https://a.b)',
  '<b>raw</b>', 'text\r', '* star item', '+ plus item', '10. ten', '   - nested', '&amp; entity \\* escape',
];

const document = fc.array(fc.constantFrom(...LINES), { minLength: 30, maxLength: 150 }).map((lines) => lines.join('\n'));
const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 30 }), insert: fc.array(fc.constantFrom(...LINES, 'x', '\n', '\n\n', ' 7 '), { maxLength: 3 }).map((p) => p.join('\n')) });

/** Claims of the text, and a note over an arbitrary stretch: highlights that move and change with edits. */
function highlightsOf(text: string, note: number): Highlight[] {
  const at = text.length === 0 ? 0 : note % text.length;
  const noteMark: Highlight = { start: at, end: Math.min(text.length, at + 12), className: 'note-anchor', data: { 'note-ids': 'n1' } };
  return [...articleHighlights(detectClaims(text), []), noteMark];
}

function applyEdit(text: string, e: { at: number; remove: number; insert: string }): string {
  const at = text.length === 0 ? 0 : e.at % (text.length + 1);
  return text.slice(0, at) + e.insert + text.slice(at + e.remove);
}

describe('ArticleBlockRenderer: an edit re-renders only the blocks around it', () => {
  for (const format of ['markdown', 'plaintext'] as const) {
    it(`renders every ${format} text after any edits exactly as a render of the whole text`, () => {
      let partly = 0;
      fc.assert(
        fc.property(document, fc.array(fc.tuple(edit, fc.nat()), { minLength: 1, maxLength: 6 }), fc.nat(), (start, edits, note) => {
          const renderer = new ArticleBlockRenderer();
          let text = start;
          renderer.render(text, format, highlightsOf(text, note));
          for (const [e, moved] of edits) {
            text = applyEdit(text, e);
            const highlights = highlightsOf(text, note + moved);
            assert.deepStrictEqual(renderer.render(text, format, highlights), renderArticleBlocks(text, format, highlights), JSON.stringify(text));
            if (renderer.parsed < text.length) partly++;
          }
        }),
        { numRuns: 400, seed: 11 },
      );
      // The property is about the renders that parse part of the text: most must, or it tests the fallback.
      assert.ok(partly > 400, `${partly} renders parsed part of the text`);
    });
  }

  it('parses a few blocks around a one-paragraph edit of a long article, not the article', () => {
    const article = Array.from({ length: 30 }, (_, round) => PARAGRAPHS.map((p) => `${p} (Part ${round + 1}.)`).join('\n\n')).join('\n\n');
    const renderer = new ArticleBlockRenderer();
    renderer.render(article, 'markdown', articleHighlights(detectClaims(article), []));
    const at = article.indexOf('\n\n', article.length / 2) + 2;
    const edited = `${article.slice(0, at)}Exports rose 41 percent in 2024, the ministry said. ${article.slice(at)}`;
    const highlights = articleHighlights(detectClaims(edited), []);
    assert.deepStrictEqual(renderer.render(edited, 'markdown', highlights), renderArticleBlocks(edited, 'markdown', highlights));
    assert.ok(renderer.parsed < article.length / 20, `parsed ${renderer.parsed} of ${edited.length} characters`);
  });

  it('repaints a block whose highlights were added to the array of the last render', () => {
    const renderer = new ArticleBlockRenderer();
    const text = PARAGRAPHS.join('\n\n');
    const highlights: Highlight[] = [];
    renderer.render(text, 'markdown', highlights);
    highlights.push({ start: 0, end: 4, className: 'note-anchor', data: { 'note-ids': 'n1' } });
    assert.deepStrictEqual(renderer.render(text, 'markdown', highlights), renderArticleBlocks(text, 'markdown', highlights));
  });

  it('renders a text that defines link references whole: a definition changes links in every block', () => {
    const renderer = new ArticleBlockRenderer();
    const text = `${PARAGRAPHS.join('\n\n')}\n\nSee [the ministry].\n`;
    renderer.render(text, 'markdown', []);
    const defined = `${text}\n[the ministry]: https://example.com/ministry\n`;
    assert.deepStrictEqual(renderer.render(defined, 'markdown', []), renderArticleBlocks(defined, 'markdown', []));
    assert.equal(renderer.parsed, defined.length);
  });
});
