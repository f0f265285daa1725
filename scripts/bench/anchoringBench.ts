import type { TextPositionSelector, TextQuoteSelector } from '../../src/core/anchoring/selectors';
import type { Annotation } from '../../src/core/store/annotation';
import { resolveNotes, type NoteView } from '../../src/core/store/notes';
import { accuracy, type Accuracy, type Placement } from './accuracy';
import { hypothesisAnchor, type BaselineAnchor } from './hypothesis';
import type { Row } from './results';
import { buildScenario } from './scenario';
import { compare } from './timing';
import { NOTES_SEED, type Plan, type SizedArticle } from './workload';

function inNoteOrder(annotations: readonly Annotation[], views: readonly NoteView[]): Placement[] {
  const byId = new Map<string, NoteView>(views.map((v) => [v.id, v]));
  return annotations.map((a) => byId.get(a.id) ?? { status: 'orphaned', start: null, end: null });
}

function baseline(annotations: readonly Annotation[], text: string): BaselineAnchor[] {
  return annotations.map((a) => {
    const quote = a.target.selector.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
    const position = a.target.selector.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
    return quote ? hypothesisAnchor(text, quote, position) : { status: 'orphaned', start: null, end: null };
  });
}

function percent(a: Accuracy): string {
  return `${((100 * a.right) / a.total).toFixed(1)}%`;
}

function breakdown(a: Accuracy): string {
  const k = a.byKind;
  return `kept ${k.anchored.right}/${k.anchored.total}, changed ${k.changed.right}/${k.changed.total}, deleted ${k.deleted.right}/${k.deleted.total}`;
}

/** Every note re-anchored after one edit session, ours (resolveNotes) against the Hypothesis-style baseline. */
export async function anchoringRows(plan: Plan, articles: readonly SizedArticle[], log: (text: string) => void): Promise<Row[]> {
  const rows: Row[] = [];
  for (const a of articles) {
    for (const notes of plan.noteCounts) {
      const scenario = buildScenario(a.article, notes, NOTES_SEED + notes);
      const text = scenario.edited.text;
      let oursOut: Placement[] = [];
      let baselineOut: Placement[] = [];
      // Slow pairs (a Hypothesis-style pass over 5 MB takes about a minute here) are timed once; fast ones many times.
      const c = await compare(
        () => {
          oursOut = inNoteOrder(scenario.annotations, resolveNotes(scenario.annotations, text));
        },
        () => {
          baselineOut = baseline(scenario.annotations, text);
        },
        { minPairs: 1, maxPairs: plan.pairs.max, budgetMs: plan.pairs.budgetMs, warmUp: false },
      );
      const oursAccuracy = accuracy(scenario.expected, oursOut);
      const baselineAccuracy = accuracy(scenario.expected, baselineOut);
      const e = scenario.edits;
      log(`  anchoring ${a.label} x ${notes}: ${c.ratio.toFixed(2)}x, ours ${percent(oursAccuracy)}, baseline ${percent(baselineAccuracy)}`);
      rows.push({
        section: 'Re-anchoring',
        measure: 'resolveNotes after edits vs Hypothesis-style matcher',
        size: a.label, bytes: a.bytes,
        notes: notes.toLocaleString('en-US'),
        ...c,
        baseline: 'Hypothesis-style',
        target: 0.5,
        bar: 1,
        conditionHolds: oursAccuracy.right >= baselineAccuracy.right,
        detail:
          `accuracy ours ${percent(oursAccuracy)} (${breakdown(oursAccuracy)}), baseline ${percent(baselineAccuracy)} (${breakdown(baselineAccuracy)}); ` +
          `edits: ${e.inserted} paragraphs inserted, ${e.changed} noted numbers changed, ${e.deleted} noted sentences deleted`,
      });
    }
  }
  return rows;
}
