import type { FrameLocator, Page } from 'playwright-core';
import { ARTICLE } from './selectors';

interface Point {
  readonly x: number;
  readonly y: number;
}
interface TextGeometry {
  readonly start: Point;
  readonly end: Point;
  readonly article: Point;
}

// Runs inside the webview. Built from source text because the root tsconfig has no DOM types (src/extension must
// not use them); Playwright sends a function's source, which `new Function` gives. Finds `needle` across the
// article's text nodes (highlights split it) and returns where it starts and ends.
const locateText = new Function('article', 'needle', `
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
  const nodes = [];
  let all = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push({ node, at: all.length });
    all += node.data;
  }
  const at = all.indexOf(needle);
  if (at < 0) return null;
  const find = (offset) => nodes.findLast((n) => n.at <= offset);
  const first = find(at);
  const last = find(at + needle.length - 1);
  first.node.parentElement.scrollIntoView({ block: 'center' });
  const range = document.createRange();
  range.setStart(first.node, at - first.at);
  range.setEnd(last.node, at + needle.length - last.at);
  const rects = [...range.getClientRects()].filter((r) => r.width > 0);
  const a = article.getBoundingClientRect();
  const head = rects[0];
  const tail = rects[rects.length - 1];
  return {
    start: { x: head.left + 1, y: head.top + head.height / 2 },
    end: { x: tail.right - 1, y: tail.top + tail.height / 2 },
    article: { x: a.left, y: a.top },
  };
`) as (article: unknown, needle: string) => TextGeometry | null;

/** Selects `text` in the annotator's article with a mouse drag, as a reader does. */
export async function dragSelect(page: Page, webview: FrameLocator, text: string): Promise<void> {
  const article = webview.locator(ARTICLE);
  const geometry = await article.evaluate(locateText, text);
  if (!geometry) throw new Error(`The article does not show the text ${JSON.stringify(text)}`);
  const box = await article.boundingBox();
  if (!box) throw new Error('The article is not visible');
  const dx = box.x - geometry.article.x;
  const dy = box.y - geometry.article.y;
  await page.mouse.move(geometry.start.x + dx, geometry.start.y + dy);
  await page.mouse.down();
  await page.mouse.move(geometry.end.x + dx, geometry.end.y + dy, { steps: 8 });
  await page.mouse.up();
}
