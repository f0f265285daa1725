/** Two sides timed in the same run: interleaved, order alternating, the figure is the median of per-pair ratios. */
export interface Comparison {
  readonly ratio: number;
  /** Median milliseconds, for context only: the machine is shared, so only the ratio is compared to a bar. */
  readonly oursMs: number;
  readonly baselineMs: number;
  readonly pairs: number;
}

export interface CompareOptions {
  /** Pairs to time at most, after one untimed warm-up pair. */
  readonly maxPairs: number;
  readonly minPairs: number;
  /** Stop adding pairs once this much time went into timed pairs. */
  readonly budgetMs: number;
  /** An untimed first pair, so the JIT has compiled both sides; skip it for tasks that take seconds. */
  readonly warmUp?: boolean;
}

type Task = () => unknown;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

async function timeOnce(task: Task): Promise<number> {
  const start = performance.now();
  await task();
  return performance.now() - start;
}

export async function compare(ours: Task, baseline: Task, options: CompareOptions): Promise<Comparison> {
  return compareMeasured(() => timeOnce(ours), () => timeOnce(baseline), options);
}

/** Like compare, for tasks that time themselves (e.g. only part of what they do). */
export async function compareMeasured(ours: () => Promise<number>, baseline: () => Promise<number>, options: CompareOptions): Promise<Comparison> {
  if (options.warmUp !== false) {
    await ours();
    await baseline();
  }
  const oursTimes: number[] = [];
  const baselineTimes: number[] = [];
  const ratios: number[] = [];
  let spent = 0;
  for (let pair = 0; pair < options.maxPairs && (pair < options.minPairs || spent < options.budgetMs); pair++) {
    let a: number;
    let b: number;
    if (pair % 2 === 0) {
      a = await ours();
      b = await baseline();
    } else {
      b = await baseline();
      a = await ours();
    }
    oursTimes.push(a);
    baselineTimes.push(b);
    ratios.push(a / b);
    spent += a + b;
  }
  return { ratio: median(ratios), oursMs: median(oursTimes), baselineMs: median(baselineTimes), pairs: ratios.length };
}
