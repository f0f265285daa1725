// Exploration harness: trains on the ClaimBuster train split with a given config and reports held-out figures.
import { analyseSentence } from '../../src/core/claims/detect';
import { featurize, type FeatureConfig } from '../../src/core/claims/features';
import { checkThat, claimBusterSplit, prf, type Labelled } from './data';
import { bestThreshold, logit, sigmoid, trainLogistic } from './logistic';

const arg = (name: string, fallback: number): number => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const config: FeatureConfig = { bits: arg('bits', 18), bigrams: arg('bigrams', 1) === 1, charGrams: arg('chars', 0) === 1 };
const feats = (rows: Labelled[]): number[][] => rows.map((r) => featurize(analyseSentence({ start: 0, end: r.text.length, text: r.text, index: 0 }), config));
const { train, heldOut } = claimBusterSplit();
const ct = checkThat();
const t0 = Date.now();
const weights = trainLogistic(feats(train), train.map((r) => r.label), {
  dimension: 1 << config.bits, epochs: arg('epochs', 5), learningRate: arg('lr', 0.1), l2: arg('l2', 1e-5), positiveWeight: arg('pw', 1), seed: 7,
});
const score = (rows: Labelled[]): number[] => feats(rows).map((f) => sigmoid(logit(weights, f)));
const ho = score(heldOut);
const { threshold, f1 } = bestThreshold(ho, heldOut.map((r) => r.label));
const cts = score(ct);
const m = prf(cts.map((s) => s >= threshold), ct.map((r) => r.label));
const ctBest = bestThreshold(cts, ct.map((r) => r.label));
console.log(JSON.stringify(config), process.argv.slice(2).join(' '), `t=${Date.now() - t0}ms`, `CB-ho F1=${f1.toFixed(3)} thr=${threshold.toFixed(3)}`, `CT P=${m.precision.toFixed(3)} R=${m.recall.toFixed(3)} F1=${m.f1.toFixed(3)}`, `(CT oracle ${ctBest.f1.toFixed(3)})`);
