import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fnv1a } from '../../src/core/claims/hash';

export interface Labelled {
  readonly text: string;
  readonly label: 0 | 1;
  /** ClaimBuster only: 1 for any factual sentence, check-worthy or not. */
  readonly factual: 0 | 1;
  readonly doc: string;
}

/** ../shared/data next to the checkout, or CLAIMS_DATA_DIR. The files are never copied into the repo. */
export function dataDir(): string {
  return process.env.CLAIMS_DATA_DIR ?? path.resolve(__dirname, '../../../shared/data');
}

export function readJsonl(file: string): Labelled[] {
  const rows: Labelled[] = [];
  for (const line of readFileSync(path.join(dataDir(), file), 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const row = JSON.parse(line) as { text: string; label: number; label_factual?: number; doc?: string };
    rows.push({ text: row.text, label: row.label === 1 ? 1 : 0, factual: row.label_factual === 1 ? 1 : 0, doc: row.doc ?? '' });
  }
  return rows;
}

/** Whole debates are held out, so no debate contributes to both sides: one in five, by a hash of its name. */
export function isHeldOut(row: Labelled): boolean {
  return fnv1a(`split:${row.doc}`) % 5 === 0;
}

export function claimBusterSplit(): { train: Labelled[]; heldOut: Labelled[] } {
  const rows = readJsonl('claimbuster-crowdsourced.jsonl');
  return { train: rows.filter((r) => !isHeldOut(r)), heldOut: rows.filter(isHeldOut) };
}

export function checkThat(): Labelled[] {
  return readJsonl('checkthat2024-en-devtest.jsonl');
}

export interface Scores {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly n: number;
}

export function prf(predicted: readonly boolean[], gold: readonly (0 | 1)[]): Scores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  predicted.forEach((p, i) => {
    if (p && gold[i] === 1) tp++;
    else if (p) fp++;
    else if (gold[i] === 1) fn++;
  });
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, n: predicted.length };
}

/** A seeded generator (mulberry32) so training order is the same on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
