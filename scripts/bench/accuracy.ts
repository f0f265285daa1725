import type { Expected } from './scenario';

export interface Placement {
  readonly status: 'anchored' | 'drifted' | 'orphaned';
  readonly start: number | null;
  readonly end: number | null;
}

/**
 * Right means: anchored at the exact new place when the quote survived; drifted on the changed sentence or
 * orphaned when the quoted text changed; orphaned when the sentence was deleted. Anything placed elsewhere
 * (a lookalike) is wrong.
 */
export function isRight(expected: Expected, got: Placement): boolean {
  switch (expected.kind) {
    case 'anchored':
      return got.status === 'anchored' && got.start === expected.start && got.end === expected.end;
    case 'changed':
      if (got.status === 'orphaned') return true;
      return got.status === 'drifted' && got.start !== null && got.end !== null && got.start < expected.end && got.end > expected.start;
    case 'deleted':
      return got.status === 'orphaned';
  }
}

export interface Accuracy {
  readonly right: number;
  readonly total: number;
  /** Right answers per kind of expectation, for the report. */
  readonly byKind: Record<Expected['kind'], { right: number; total: number }>;
}

export function accuracy(expected: readonly Expected[], got: readonly Placement[]): Accuracy {
  const byKind: Accuracy['byKind'] = { anchored: { right: 0, total: 0 }, changed: { right: 0, total: 0 }, deleted: { right: 0, total: 0 } };
  let right = 0;
  expected.forEach((e, i) => {
    const placement = got[i];
    const ok = placement !== undefined && isRight(e, placement);
    byKind[e.kind].total++;
    if (ok) {
      byKind[e.kind].right++;
      right++;
    }
  });
  return { right, total: expected.length, byKind };
}
