import * as assert from 'node:assert/strict';
import { CHUNK_BLOCKS } from '../../src/webview/chunks';
import { SAMPLE_PARAGRAPHS } from '../support/sample';
import { articleMessage } from './fixtures';
import { closeBrowser, openWebview, type WebviewPage } from './page';
import { fullPaint, NORMALISED } from './painted';

const PARAGRAPHS = SAMPLE_PARAGRAPHS;
const round = (n: number): string => PARAGRAPHS.map((p, i) => (i % 7 === 3 ? `## Round ${n}, part ${i}` : `${p} (Round ${n}.${i}.)`)).join('\n\n');
// Long enough to be laid out lazily (over 50,000 characters), with headings among the paragraphs.
const LONG = Array.from({ length: 20 }, (_, n) => round(n + 1)).join('\n\n');

interface ChunkShape {
  readonly onlyChunks: boolean;
  readonly sizes: number[];
  readonly firstTags: string[];
  readonly estimates: string[];
  readonly visibility: string[];
  readonly blockVisibility: string[];
  readonly blocks: number;
  readonly ordered: boolean;
}

const SHAPE = `(() => {
  const article = document.getElementById('article');
  const chunks = [...article.children];
  const blocks = [...article.querySelectorAll('[data-b]')];
  return {
    onlyChunks: chunks.every((c) => c.classList.contains('chunk')),
    sizes: chunks.map((c) => c.childElementCount),
    firstTags: chunks.map((c) => c.firstElementChild?.tagName ?? ''),
    estimates: chunks.map((c) => c.style.getPropertyValue('--lines')),
    visibility: chunks.map((c) => getComputedStyle(c).contentVisibility),
    blockVisibility: [...new Set(blocks.map((b) => getComputedStyle(b).contentVisibility))],
    blocks: blocks.length,
    ordered: blocks.every((b, i) => i === 0 || Number(b.dataset.b) > Number(blocks[i - 1].dataset.b)),
  };
})()`;

async function shape(view: WebviewPage): Promise<ChunkShape> {
  return view.page.evaluate<ChunkShape>(SHAPE);
}

function assertChunked(found: ChunkShape, blocks: number): void {
  assert.ok(found.onlyChunks, 'every block sits in a chunk');
  assert.equal(found.sizes.reduce((a, b) => a + b, 0), blocks, 'the chunks hold every block once');
  assert.equal(found.blocks, blocks);
  assert.ok(found.ordered, 'the blocks are in the order of the text');
  assert.ok(found.sizes.every((size) => size > 0 && size <= 2 * CHUNK_BLOCKS), `chunk sizes ${found.sizes.join(', ')}`);
  // A heading opening a chunk would not collapse its top margin with the block before it. (A chunk may start
  // elsewhere after four chunks' worth of blocks without a paragraph, and stay that large: no test article has one.)
  const later = found.firstTags.slice(1);
  assert.ok(later.every((tag) => tag === 'P'), `chunks after the first start with a paragraph: ${later.join(', ')}`);
  assert.ok(found.estimates.every((lines) => Number(lines) > 0), 'each chunk has a height before it is laid out');
  assert.deepEqual([...new Set(found.visibility)], ['auto'], 'off-screen chunks are not laid out');
  assert.deepEqual(found.blockVisibility, ['visible'], 'blocks are laid out with their chunk');
}

/** What an edit left painted is what painting its text at once gives (this reloads the page with that paint). */
async function assertAsFullPaint(view: WebviewPage, text: string): Promise<void> {
  const patched = await view.page.evaluate<string>(NORMALISED);
  assert.equal(patched, await fullPaint(view, text, 'markdown'));
}

describe('Webview in Chromium: a long article is laid out a chunk of blocks at a time', function () {
  this.timeout(90_000);
  after(closeBrowser);

  it('groups the blocks into chunks that only start at a paragraph, each laid out when near the viewport', async () => {
    const view = await openWebview();
    await view.send(articleMessage(LONG, [], { format: 'markdown' }));
    const blocks = LONG.split('\n\n').length;
    const found = await shape(view);
    assert.ok(found.sizes.length >= 3, `${found.sizes.length} chunks for ${blocks} blocks`);
    assertChunked(found, blocks);
  });

  it('keeps the chunks bounded and none empty through edits that add and remove many paragraphs', async () => {
    const view = await openWebview();
    let text = LONG;
    await view.send(articleMessage(text, [], { format: 'markdown', blocks: undefined }));
    const middle = text.indexOf('\n\n', text.length >> 1) + 2;
    const added = Array.from({ length: 3 * CHUNK_BLOCKS }, (_, i) => `Inserted paragraph ${i} says exports rose ${i} percent.`).join('\n\n');
    const cut = text.indexOf('\n\n', 2000) + 2;
    const edits: Array<(t: string) => string> = [
      // Three chunks' worth into one chunk: it must split.
      (t) => `${t.slice(0, middle)}${added}\n\n${t.slice(middle)}`,
      // Most of the first half, up to what was inserted: the chunks it empties must go.
      (t) => `${t.slice(0, cut)}${t.slice(middle)}`,
      (t) => `${t}\n\n${added}`,
    ];
    for (const edit of edits) {
      text = edit(text);
      await view.send(articleMessage(text, [], { format: 'markdown', blocks: undefined }));
      assertChunked(await shape(view), text.split('\n\n').length);
      await assertAsFullPaint(view, text);
    }
  });

  it('keeps every chunk starting at a paragraph when a heading is inserted before one and when its first paragraph goes', async () => {
    const view = await openWebview();
    let text = LONG;
    const send = async (): Promise<void> => {
      await view.send(articleMessage(text, [], { format: 'markdown', blocks: undefined }));
      assertChunked(await shape(view), text.split('\n\n').length);
    };
    await send();
    // Where the first block of the n-th chunk, and the block after it, start in the text.
    const startsOf = (n: number): Promise<[number, number]> =>
      view.page.evaluate<[number, number]>(`(() => {
        const first = document.querySelectorAll('#article > .chunk')[${n}].firstElementChild;
        return [Number(first.dataset.b), Number(first.nextElementSibling.dataset.b)];
      })()`);
    const [start] = await startsOf(2);
    text = `${text.slice(0, start)}## A heading before a chunk\n\nIts first paragraph, up 3 percent.\n\n${text.slice(start)}`;
    await send();
    // Headings come every seventh block: one of these removals leaves a heading first in its chunk.
    await assertAsFullPaint(view, text);
    for (let i = 0; i < 8; i++) {
      const [first, next] = await startsOf(1);
      text = `${text.slice(0, first)}${text.slice(next)}`;
      await send();
    }
    await assertAsFullPaint(view, text);
  });

  it('keeps the chunks whole through random edits that add, remove and replace runs of blocks', async () => {
    const view = await openWebview();
    const blocks = LONG.split('\n\n');
    const pool = [...blocks.slice(0, 40), '## An inserted heading', '- an inserted list item', '> An inserted quote, 7 percent.'];
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let i = 0; i < 40; i++) {
      const at = next(blocks.length + 1);
      const removed = next(4) === 0 ? next(3 * CHUNK_BLOCKS) : next(3);
      const inserted = Array.from({ length: next(4) === 0 ? next(3 * CHUNK_BLOCKS) : next(3) }, () => pool[next(pool.length)] ?? '');
      blocks.splice(at, removed, ...inserted);
      if (blocks.length === 0) blocks.push('One paragraph, 1 percent.');
      const text = blocks.join('\n\n');
      await view.send(articleMessage(text, [], { format: 'markdown', blocks: undefined }));
      const found = await shape(view);
      // Runs of list items or quotes join into one block: count the painted blocks, check only the chunks.
      assertChunked({ ...found, visibility: text.length > 50_000 ? found.visibility : ['auto'] }, found.blocks);
      if (i % 8 === 7) await assertAsFullPaint(view, text);
    }
  });

  it('spaces the blocks either side of each chunk boundary as the same two kinds of block inside a chunk', async () => {
    const view = await openWebview();
    await view.send(articleMessage(LONG, [], { format: 'markdown' }));
    // A chunk off screen has its estimated height: each boundary is measured in the middle of the viewport.
    const boundaries = await view.page.evaluate<Array<{ pair: string; across: number; inside: number | null }>>(`(async () => {
      const chunks = [...document.querySelectorAll('#article > .chunk')];
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const gap = (a, b) => b.getBoundingClientRect().top - a.getBoundingClientRect().bottom;
      const inside = new Map();
      const found = [];
      for (let i = 1; i < chunks.length; i++) {
        // The boundary mid-viewport, twice: the chunks that come into view take their real height on the way.
        for (let k = 0; k < 2; k++) {
          window.scrollBy(0, chunks[i].getBoundingClientRect().top - innerHeight / 2);
          await frame();
        }
        for (const chunk of [chunks[i - 1], chunks[i]]) for (const block of chunk.children) {
          const next = block.nextElementSibling;
          if (next) inside.set(block.tagName + ' ' + next.tagName, gap(block, next));
        }
        const last = chunks[i - 1].lastElementChild;
        const first = chunks[i].firstElementChild;
        found.push({ pair: last.tagName + ' ' + first.tagName, across: gap(last, first) });
      }
      return found.map((b) => ({ ...b, inside: inside.get(b.pair) ?? null }));
    })()`);
    assert.ok(boundaries.length >= 2, 'the article has chunk boundaries');
    for (const { pair, across, inside } of boundaries) {
      assert.ok(inside !== null && inside > 0, `${pair} also occurs inside a chunk`);
      assert.ok(Math.abs(across - inside) < 0.5, `${pair}: ${across}px across a boundary, ${inside}px inside a chunk`);
    }
  });
});
