/**
 * The article's blocks sit in chunks of about CHUNK_BLOCKS, and a long article lays out only the chunks near the
 * viewport (content-visibility in webview.css). It used to be each block: at 5 MB every frame after an edit then
 * went through some 12,000 of them (their visibility observers, the list's layout, hit testing), 50-75 ms a frame.
 */
export const CHUNK_BLOCKS = 64;
const CHUNK = 'chunk';

export function isChunk(node: Node | null | undefined): node is HTMLElement {
  return node instanceof HTMLElement && node.classList.contains(CHUNK);
}

/**
 * A paragraph has no top margin, so a chunk that starts with one is spaced as the blocks were before they were
 * chunked (a laid-out-lazily chunk contains its blocks' margins); other blocks start one only in a long run of them.
 */
function startsChunk(block: Element, count: number): boolean {
  return count >= CHUNK_BLOCKS * (block.tagName === 'P' ? 1 : 4);
}

/** The chunk's height before it is first laid out, in lines: what a block took on average, a heading less. */
function estimate(chunk: HTMLElement): void {
  let lines = 0;
  for (const block of chunk.children) lines += /^H[1-6]$/.test(block.tagName) ? 2 : 7;
  // Through the CSSOM: the webview's CSP refuses style attributes in markup, not this.
  chunk.style.setProperty('--lines', String(lines));
}

function newChunk(): HTMLElement {
  const chunk = document.createElement('div');
  chunk.className = CHUNK;
  return chunk;
}

/** Where in `nodes` (block elements and the text between them) each chunk after the first starts. */
function chunkStarts(nodes: readonly ChildNode[]): number[] {
  const starts: number[] = [];
  let count = 0;
  nodes.forEach((node, i) => {
    if (!(node instanceof Element)) return;
    if (count > 0 && startsChunk(node, count)) {
      starts.push(i);
      count = 0;
    }
    count++;
  });
  return starts;
}

/** Groups block elements and the text between them, in order, into new chunks. */
export function chunked(nodes: readonly ChildNode[]): HTMLElement[] {
  if (nodes.length === 0) return [];
  const bounds = [0, ...chunkStarts(nodes), nodes.length];
  const chunks: HTMLElement[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const chunk = newChunk();
    chunk.append(...nodes.slice(bounds[k], bounds[k + 1]));
    estimate(chunk);
    chunks.push(chunk);
  }
  return chunks;
}

/**
 * Puts `nodes` (new blocks) after `previous`, in its chunk, so that the chunk after it still starts where it did;
 * before `next` when there is no previous block; in new chunks when the article has none. Gives the chunk it put
 * them in, for tidy.
 */
export function insertBlocks(article: HTMLElement, nodes: DocumentFragment, previous: Element | undefined, next: Element | undefined): HTMLElement | undefined {
  const chunk = previous?.parentElement ?? next?.parentElement;
  if (!isChunk(chunk)) {
    article.append(...chunked([...nodes.childNodes]));
    return undefined;
  }
  if (previous) {
    // Past the line break that ends the previous block's markup.
    const after = previous.nextSibling instanceof Text ? previous.nextSibling.nextSibling : previous.nextSibling;
    chunk.insertBefore(nodes, after);
  } else {
    chunk.insertBefore(nodes, next ?? null);
  }
  return chunk;
}

/** Joins two neighbouring chunks by moving the smaller one's blocks: moving a node drops a selection inside it. */
function join(before: HTMLElement, chunk: HTMLElement): HTMLElement {
  if (before.childElementCount < chunk.childElementCount) {
    chunk.prepend(...before.childNodes);
    before.remove();
    return chunk;
  }
  before.append(...chunk.childNodes);
  chunk.remove();
  return before;
}

/** Splits a chunk grown too large where chunked would: its first chunk's worth stays in it, the rest moves to new chunks after it. */
function split(chunk: HTMLElement): void {
  const nodes = [...chunk.childNodes];
  const at = chunkStarts(nodes)[0];
  if (at !== undefined) chunk.after(...chunked(nodes.slice(at)));
  estimate(chunk);
}

/**
 * After blocks left or joined these chunks: drops the empty ones, joins one to the chunk before it when it no longer
 * starts where a chunk may (its first paragraph went), splits the ones grown too large and re-estimates the rest.
 * Only a join or a split moves blocks an edit kept, so most edits keep every selection and each chunk's remembered size.
 */
export function tidy(article: HTMLElement, touched: Iterable<HTMLElement | undefined>): void {
  // In document order: a chunk is checked against the one before it once that one is settled.
  const chunks = [...new Set(touched)]
    .filter((chunk): chunk is HTMLElement => chunk?.parentElement === article)
    .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  // The empty ones first, so that a chunk is never joined to one about to go.
  for (const chunk of chunks) if (!chunk.firstElementChild) chunk.remove();
  for (const touchedChunk of chunks) {
    let chunk = touchedChunk;
    const first = chunk.firstElementChild;
    if (chunk.parentElement !== article || !first) continue;
    const before = chunk.previousElementSibling;
    if (isChunk(before) && !startsChunk(first, before.childElementCount)) chunk = join(before, chunk);
    if (chunk.childElementCount > 2 * CHUNK_BLOCKS) split(chunk);
    else estimate(chunk);
  }
}
