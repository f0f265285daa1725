import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import MarkdownIt from 'markdown-it';
import type { Row } from './results';
import { shippedClaims, shippedRenderer } from './shippedClaims';
import { compare } from './timing';
import type { Plan, SizedArticle } from './workload';

const CLI = fileURLToPath(new URL('../../dist/cli/article-annotator.js', import.meta.url));
const RENDER_PROCESS = fileURLToPath(new URL('./renderMarkdown.mjs', import.meta.url));

function runNode(args: readonly string[]): void {
  const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${result.stderr.toString().slice(0, 500)}`);
}

/** Claim detection in-process against markdown-it rendering the same text, configured as the webview does. */
export async function claimsInProcess(plan: Plan, articles: readonly SizedArticle[]): Promise<Row[]> {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  const { detectClaims } = await shippedClaims();
  const rows: Row[] = [];
  for (const a of articles) {
    const c = await compare(() => detectClaims(a.text), () => md.render(a.text), { minPairs: plan.pairs.min, maxPairs: plan.pairs.max, budgetMs: plan.pairs.budgetMs });
    const claims = detectClaims(a.text).length;
    rows.push({ section: 'Claims', measure: 'detectClaims vs markdown-it render', size: a.label, bytes: a.bytes, notes: '-', ...c, baseline: 'markdown-it render', target: 1, bar: 2, detail: `${claims} claims` });
  }
  for (const a of articles) rows.push(await claimsAfterEdit(plan, a, md));
  for (const a of articles) rows.push(await claimsAgainstArticleRender(plan, a));
  return rows;
}

/**
 * Detection against what showing the same article first costs the host: its blocks rendered with the claim
 * highlights painted in (markdown-it, source offsets, highlight markup). No issue sets a bar for it: it says
 * how detection weighs against the annotator's own rendering, where the row with the bar compares it with
 * markdown-it alone.
 */
async function claimsAgainstArticleRender(plan: Plan, a: SizedArticle): Promise<Row> {
  const { detectClaims } = await shippedClaims();
  const { ArticleBlockRenderer, articleHighlights } = await shippedRenderer();
  const highlights = articleHighlights(detectClaims(a.text), []);
  // A renderer of its own each time: one renderer keeps the blocks it rendered and would render none again.
  const c = await compare(() => detectClaims(a.text), () => new ArticleBlockRenderer().render(a.text, 'markdown', highlights), { minPairs: plan.pairs.min, maxPairs: plan.pairs.max, budgetMs: plan.pairs.budgetMs });
  return { section: 'Claims', measure: "detectClaims vs the host's article render (blocks with claim highlights)", size: a.label, bytes: a.bytes, notes: '-', ...c, baseline: 'article render', detail: `${highlights.length} highlights` };
}

/**
 * What the extension does on each edit: detection again through its ClaimCache, the text changing in one
 * paragraph in the middle each time (two versions in turn), against rendering the whole text. No issue
 * sets a bar for it; the detection row above is the one with the bar.
 */
async function claimsAfterEdit(plan: Plan, a: SizedArticle, md: InstanceType<typeof MarkdownIt>): Promise<Row> {
  const middle = a.text.indexOf('\n\n', a.text.length >> 1) + 2;
  const versions = ['The ministry said exports rose 5 percent in 2021.', 'The ministry said exports fell 3 percent in 2022.'].map((edit) => `${a.text.slice(0, middle)}${edit}\n\n${a.text.slice(middle)}`);
  const cache = (await shippedClaims()).createClaimCache();
  cache.detect(versions[1] ?? '');
  let turn = 0;
  const c = await compare(() => cache.detect(versions[turn++ % 2] ?? ''), () => md.render(a.text), { minPairs: plan.pairs.min, maxPairs: plan.pairs.max, budgetMs: plan.pairs.budgetMs });
  return { section: 'Claims', measure: 'detection again after a one-paragraph edit (ClaimCache) vs markdown-it render', size: a.label, bytes: a.bytes, notes: '-', ...c, baseline: 'markdown-it render', detail: `${cache.analysedBlocks} blocks analysed` };
}

/** The CLI as a whole process against a node process that renders the same file with markdown-it. */
export async function claimsAsProcess(plan: Plan, articles: readonly SizedArticle[]): Promise<Row[]> {
  const rows: Row[] = [];
  for (const a of articles) {
    const c = await compare(
      () => runNode([CLI, 'claims', a.file, '--json']),
      () => runNode([RENDER_PROCESS, a.file]),
      // Whole processes vary more from run to run than code in one process: two more pairs for a steadier median.
      { minPairs: plan.pairs.min + 2, maxPairs: plan.pairs.max, budgetMs: plan.pairs.budgetMs, warmUp: false },
    );
    rows.push({ section: 'Claims', measure: '`claims FILE --json` process vs markdown-it process', size: a.label, bytes: a.bytes, notes: '-', ...c, baseline: 'node + markdown-it', bar: 2 });
  }
  return rows;
}
