// Regenerates src/core/claims/model-weights.json from ../shared/data/claimbuster-crowdsourced.jsonl.
// Deterministic: fixed split, fixed seed, fixed order; the same data gives the same bytes.
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyseSentence } from '../../src/core/claims/detect';
import { featurize, type FeatureConfig } from '../../src/core/claims/features';
import { loadModel, type ModelFile } from '../../src/core/claims/model';
import { claimBusterSplit, type Labelled } from './data';
import { logCountRatios, trainLogistic } from './logistic';
import { forcedReason, modelMayFlag, type Thresholds } from '../../src/core/claims/policy';
import { kindsOf } from '../../src/core/claims/detect';

export const CONFIG: FeatureConfig = { bits: 16, bigrams: false, charGrams: false };
export const OPTIONS = { epochs: 3, learningRate: 0.1, l2: 1e-5, positiveWeight: 1, seeds: [7, 11, 13, 17, 19], factualTarget: 0, nbMix: 0 };
export type Options = typeof OPTIONS;
export const ATTRIBUTION =
  'Trained on the ClaimBuster dataset (crowdsourced part), CC BY 4.0: Arslan, Hassan, Li, Tremayne, ' +
  '"A Benchmark Dataset of Check-worthy Factual Claims", ICWSM 2020, Zenodo record 3609356.';
const OUT = path.resolve(__dirname, '../../src/core/claims/model-weights.json');

const analyse = (text: string): ReturnType<typeof analyseSentence> => analyseSentence({ start: 0, end: text.length, text, index: 0 });

function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}

function quantise(weights: Float64Array): { bias: number; scale: number; bytes: Uint8Array } {
  let max = 0;
  for (let i = 1; i < weights.length; i++) max = Math.max(max, Math.abs(weights[i] ?? 0));
  const scale = Math.round((max / 127) * 1e6) / 1e6 || 1;
  const bytes = new Uint8Array(weights.length);
  for (let i = 1; i < weights.length; i++) bytes[i] = Math.max(-127, Math.min(127, Math.round((weights[i] ?? 0) / scale))) & 0xff;
  return { bias: Math.round((weights[0] ?? 0) * 1e6) / 1e6, scale, bytes };
}

/** Averages the weights of one run per seed: steadier than any single shuffled order. */
export function train(config: FeatureConfig = CONFIG, options: Options = OPTIONS): ModelFile {
  const { train: rows, heldOut } = claimBusterSplit();
  const examples = rows.map((r: Labelled) => featurize(analyse(r.text), config));
  // Factual but not check-worthy sentences may count as a partial positive.
  const labels = rows.map((r) => (r.label === 1 ? 1 : r.factual === 1 ? options.factualTarget : 0));
  const weights = new Float64Array(1 << config.bits);
  const ratios = options.nbMix > 0 ? logCountRatios(examples, labels, 1 << config.bits, options.nbMix) : undefined;
  for (const seed of options.seeds) {
    const run = trainLogistic(examples, labels, { dimension: 1 << config.bits, ...options, seed }, ratios);
    for (let i = 0; i < run.length; i++) weights[i] = (weights[i] ?? 0) + (run[i] ?? 0) / options.seeds.length;
  }
  const { bias, scale, bytes } = quantise(weights);
  const draft: ModelFile = { format: 1, attribution: ATTRIBUTION, config, thresholds: { withKind: 0.5, plain: 0.5 }, bias, scale, weights: toBase64(bytes) };
  const model = loadModel(draft);
  return { ...draft, thresholds: chooseThresholds(heldOut, (text) => model.score(analyse(text)).probability) };
}

/**
 * Both thresholds are chosen for the whole detector (rules included) on held-out debates, never on
 * CheckThat: a grid over the pair, maximising F1, ties to the higher (more precise) pair.
 */
function chooseThresholds(rows: readonly Labelled[], probability: (text: string) => number): Thresholds {
  const items = rows.map((r) => {
    const a = analyse(r.text);
    const kinds = kindsOf(a);
    return { y: r.label, p: probability(r.text), withKind: kinds.size > 0, forced: forcedReason(a, kinds) !== null, blocked: !modelMayFlag(a) };
  });
  let best = { f1: -1, withKind: 0.5, plain: 0.5 };
  for (let k = 5; k <= 95; k++) {
    for (let q = k; q <= 95; q++) {
      const tk = k / 100;
      const tp0 = q / 100;
      let tp = 0;
      let fp = 0;
      let fn = 0;
      for (const it of items) {
        const flag = it.forced || (!it.blocked && it.p >= (it.withKind ? tk : tp0));
        if (flag && it.y === 1) tp++;
        else if (flag) fp++;
        else if (it.y === 1) fn++;
      }
      const f1 = (2 * tp) / (2 * tp + fp + fn);
      if (f1 >= best.f1 - 1e-12) best = { f1, withKind: tk, plain: tp0 };
    }
  }
  return { withKind: best.withKind, plain: best.plain };
}

export function serialise(model: ModelFile): string {
  return `${JSON.stringify(model, null, 1)}\n`;
}

if (require.main === module) {
  const model = train();
  writeFileSync(OUT, serialise(model));
  console.log(`wrote ${path.relative(process.cwd(), OUT)}: thresholds ${JSON.stringify(model.thresholds)}, ${(JSON.stringify(model).length / 1024).toFixed(1)} KB`);
}
