// Exploration harness: trains a variant and prints the whole detector's figures with it.
// Variants are compared on the ClaimBuster held-out debates; CheckThat is printed only as a measurement.
import { buildClaims } from '../../src/core/claims/detect';
import { decideWith } from '../../src/core/claims';
import { loadModel } from '../../src/core/claims/model';
import { checkThat, claimBusterSplit, prf, type Labelled } from './data';
import { CONFIG, OPTIONS, train } from './train';

const variant = JSON.parse(process.argv[2] ?? '{}') as { config?: Partial<typeof CONFIG>; options?: Partial<typeof OPTIONS> };
const model = loadModel(train({ ...CONFIG, ...variant.config }, { ...OPTIONS, ...variant.options }));
const decide = decideWith(model);
const f1 = (rows: readonly Labelled[]): string => {
  const s = prf(rows.map((r) => buildClaims(r.text, decide).length > 0), rows.map((r) => r.label));
  return `P=${s.precision.toFixed(3)} R=${s.recall.toFixed(3)} F1=${s.f1.toFixed(3)}`;
};
console.log(process.argv[2] ?? '{}', JSON.stringify(model.thresholds), 'CB-ho', f1(claimBusterSplit().heldOut), '| CT', f1(checkThat()));
