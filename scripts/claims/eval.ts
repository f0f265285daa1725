// Prints precision, recall and F1 of the shipped detector, by sentence: a sentence counts as flagged
// when any claim overlaps it. ClaimBuster: the held-out debates. CheckThat 2024: measured only.
import { detectClaims } from '../../src/core/claims';
import { checkThat, claimBusterSplit, prf, seededRandom, type Labelled, type Scores } from './data';

const flaggedByDetector = (row: Labelled): boolean => detectClaims(row.text).length > 0;
const containsDigit = (row: Labelled): boolean => /\d/.test(row.text);
const containsNumber = (row: Labelled): boolean => containsDigit(row) || /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion|trillion|percent)\b/i.test(row.text);

/** A 95% interval for F1 from 1,000 seeded bootstrap resamples: how much a small test set can move it. */
function interval(predicted: readonly boolean[], gold: readonly (0 | 1)[]): [number, number] {
  const random = seededRandom(2024);
  const f1s: number[] = [];
  for (let b = 0; b < 1000; b++) {
    const p: boolean[] = [];
    const g: (0 | 1)[] = [];
    for (let i = 0; i < predicted.length; i++) {
      const k = Math.floor(random() * predicted.length);
      p.push(predicted[k] ?? false);
      g.push(gold[k] ?? 0);
    }
    f1s.push(prf(p, g).f1);
  }
  f1s.sort((a, b) => a - b);
  return [f1s[25] ?? 0, f1s[974] ?? 0];
}

function line(name: string, rows: readonly Labelled[], predict: (row: Labelled) => boolean): Scores {
  const predicted = rows.map(predict);
  const gold = rows.map((r) => r.label);
  const scores = prf(predicted, gold);
  const f = (x: number): string => x.toFixed(3);
  const [low, high] = interval(predicted, gold);
  console.log(`${name.padEnd(48)} n=${String(scores.n).padStart(5)}  P=${f(scores.precision)}  R=${f(scores.recall)}  F1=${f(scores.f1)}  (95% CI ${f(low)}-${f(high)})`);
  return scores;
}

const { heldOut } = claimBusterSplit();
const ct = checkThat();
const started = performance.now();
const detector = line('ClaimBuster held-out debates: detector', heldOut, flaggedByDetector);
const elapsed = performance.now() - started;
line('ClaimBuster held-out debates: contains a digit', heldOut, containsDigit);
line('ClaimBuster held-out debates: contains a number', heldOut, containsNumber);
const ctScores = line('CheckThat 2024 en dev-test: detector', ct, flaggedByDetector);
line('CheckThat 2024 en dev-test: contains a digit', ct, containsDigit);
line('CheckThat 2024 en dev-test: contains a number', ct, containsNumber);
console.log(`(${(elapsed / heldOut.length).toFixed(3)} ms per sentence; held-out F1 ${detector.f1.toFixed(3)}; CheckThat bar 0.75: ${ctScores.f1 >= 0.75 ? 'met' : 'NOT met'})`);
