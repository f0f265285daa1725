import MarkdownIt from 'markdown-it';
import { ArticleBlockRenderer } from '../../src/core/render/blockRenderer';
import { articleHighlights } from '../../src/core/render/claimHighlights';
import { resolveNotes } from '../../src/core/store/notes';
import { articleEditOf, type ArticleMessage } from '../../src/protocol/messages';
import type { Row } from './results';
import { buildScenario } from './scenario';
import { shippedClaims } from './shippedClaims';
import { compare } from './timing';
import { NOTES_SEED, type Plan, type SizedArticle } from './workload';

const BYTES_PER_NOTE = 500;

/**
 * What the extension host does for the annotator after a pause in typing, the article changing in one paragraph in
 * the middle (two versions in turn): claims through the ClaimCache, the notes re-anchored, the blocks around the edit
 * rendered, and the edit message made against the last one sent. Against markdown-it rendering the whole text: the
 * issue asks for incremental updates, no full re-render. Reading the notes is not in it (see the Store rows).
 */
export async function editRows(plan: Plan, articles: readonly SizedArticle[]): Promise<Row[]> {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  const { createClaimCache } = await shippedClaims();
  const rows: Row[] = [];
  for (const a of articles) {
    // As many notes as a thorough analyst leaves, about one a paragraph: the count grows with the article.
    const noteCount = Math.round(a.bytes / BYTES_PER_NOTE);
    const scenario = buildScenario(a.article, noteCount, NOTES_SEED);
    const text = scenario.original.text;
    const middle = text.indexOf('\n\n', text.length >> 1) + 2;
    const versions = ['The ministry said exports rose 5 percent in 2021.', 'The ministry said exports fell 3 percent in 2022.'].map((edit) => `${text.slice(0, middle)}${edit}\n\n${text.slice(middle)}`);
    const cache = createClaimCache();
    const renderer = new ArticleBlockRenderer();
    let last: ArticleMessage | undefined;
    let version = 0;
    const edit = (): void => {
      const next = versions[version % 2] ?? '';
      const claims = cache.detect(next);
      const notes = resolveNotes(scenario.annotations, next);
      const blocks = renderer.render(next, 'markdown', articleHighlights(claims, notes));
      const message: ArticleMessage = { type: 'article', documentUri: 'file:///bench.md', version: version++, path: 'bench.md', format: 'markdown', text: next, claims, notes, verdicts: [], problems: [], blocks };
      if (last) articleEditOf(last, message);
      last = message;
    };
    edit();
    edit();
    const c = await compare(edit, () => md.render(text), { minPairs: plan.pairs.min, maxPairs: plan.pairs.max, budgetMs: plan.pairs.budgetMs });
    rows.push({
      section: 'Edits',
      measure: "the host's work after a one-paragraph edit (claims, notes, blocks, message) vs markdown-it render",
      size: a.label,
      bytes: a.bytes,
      notes: `1 per ${BYTES_PER_NOTE} B`,
      ...c,
      baseline: 'markdown-it render',
      detail: `${noteCount.toLocaleString('en-US')} notes; ${renderer.parsed.toLocaleString('en-US')} characters parsed again`,
    });
  }
  return rows;
}
