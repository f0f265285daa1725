import { NodeStoreFs } from '../../src/cli/nodeStoreFs';
import { buildReport, EXPORT_FORMATS, renderExport } from '../../src/core/export';
import { LoadedNotesCache } from '../../src/core/store/loadedNotesCache';
import { NoteStore } from '../../src/core/store/noteStore';
import type { Row } from './results';
import { buildScenario } from './scenario';
import { compare } from './timing';
import { NOTES_SEED, type Plan, type SizedArticle, type Workspace } from './workload';

const ARTICLE_KEY = 'reports/generated.md';

/** The note store on disk (the CLI's NodeStoreFs in a temporary folder) and every export format, against plain JSON. */
export async function storeAndExportRows(plan: Plan, articles: readonly SizedArticle[], workspace: Workspace, log: (text: string) => void): Promise<Row[]> {
  const article = articles.find((a) => a.bytes === 1_000_000) ?? articles[articles.length - 1];
  if (!article) return [];
  const notes = plan.bulkNotes;
  const label = notes.toLocaleString('en-US');
  const { annotations } = buildScenario(article.article, notes, NOTES_SEED);
  const json = JSON.stringify(annotations);
  const pairs = { minPairs: 3, maxPairs: plan.quick ? 3 : 5, budgetMs: plan.pairs.budgetMs, warmUp: false };
  // Saving 10,000 notes fsyncs 10,000 files (about a minute and a half here): timed once in the full run.
  const savePairs = { ...pairs, minPairs: plan.quick ? 3 : 1, maxPairs: plan.quick ? 3 : 1 };
  const rows: Row[] = [];

  let folder = 0;
  const save = async (): Promise<void> => {
    const store = new NoteStore(new NodeStoreFs(workspace.path(`store-${folder++}`)));
    for (const annotation of annotations) await store.save(annotation);
  };
  const saved = await compare(save, () => JSON.stringify(annotations), savePairs);
  log(`  store save: ${saved.ratio.toFixed(0)}x`);
  rows.push({ section: 'Store', measure: 'NoteStore.save of every note (NodeStoreFs)', size: article.label, bytes: article.bytes, notes: label, ...saved, baseline: 'JSON.stringify(all notes)' });

  const loadFrom = new NoteStore(new NodeStoreFs(workspace.path('store-0')));
  const check = await loadFrom.load(ARTICLE_KEY);
  if (check.annotations.length !== notes) throw new Error(`store loaded ${check.annotations.length} of ${notes} notes (${check.problems[0]?.problem ?? ''})`);
  const loaded = await compare(() => loadFrom.load(ARTICLE_KEY), () => JSON.parse(json), { ...pairs, warmUp: true });
  log(`  store load: ${loaded.ratio.toFixed(0)}x`);
  rows.push({ section: 'Store', measure: 'NoteStore.load of every note (NodeStoreFs)', size: article.label, bytes: article.bytes, notes: label, ...loaded, baseline: 'JSON.parse(all notes)' });

  // What the annotator, the text editor's highlights and the Notes view ask for after each edit of the article.
  const shown = new NoteStore(new NodeStoreFs(workspace.path('store-0')), { cache: new LoadedNotesCache(), storeKey: workspace.path('store-0') });
  await shown.loadCached(ARTICLE_KEY);
  const again = await compare(() => shown.loadCached(ARTICLE_KEY), () => JSON.parse(json), { ...pairs, warmUp: true });
  log(`  store load again: ${again.ratio.toFixed(2)}x`);
  rows.push({ section: 'Store', measure: 'NoteStore.loadCached of every note, no file changed since (after an edit)', size: article.label, bytes: article.bytes, notes: label, ...again, baseline: 'JSON.parse(all notes)' });

  const reports = [buildReport(ARTICLE_KEY, article.text, annotations)];
  const options = {
    generated: '2026-11-28T12:00:00.000Z',
    articleIri: (path: string): string => `file:///bench/${path}`,
    collectionId: 'urn:uuid:00000000-0000-4000-8000-00000000c011',
  };
  for (const format of EXPORT_FORMATS) {
    const c = await compare(() => renderExport(format, reports, options), () => JSON.stringify(reports), { ...pairs, warmUp: true, maxPairs: plan.pairs.max });
    log(`  export ${format}: ${c.ratio.toFixed(1)}x`);
    rows.push({ section: 'Export', measure: `renderExport ${format}`, size: article.label, bytes: article.bytes, notes: label, ...c, baseline: 'JSON.stringify(report)' });
  }
  return rows;
}
