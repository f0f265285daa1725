import { formatRatio, markdownTable, type Row } from './results';
import type { Plan } from './workload';

/**
 * Per-byte cost at the largest article over per-byte cost at the smallest, for ours and the baseline; ~1 is linear.
 * The last column divides the two, which cancels most of the machine's drift between the two measurements.
 */
export function growthRows(rows: readonly Row[], plan: Plan): string {
  const smallest = plan.sizes[0];
  const largest = plan.sizes[plan.sizes.length - 1];
  if (!smallest || !largest || smallest === largest) return '(one size only)';
  const body: string[][] = [];
  const keys = [...new Set(rows.filter((r) => r.unit === undefined).map((r) => `${r.section}: ${r.measure}\u0000${r.notes}`))];
  for (const key of keys) {
    const [measure, notes] = key.split('\u0000');
    const at = (label: string): Row | undefined => rows.find((r) => `${r.section}: ${r.measure}` === measure && r.notes === notes && r.size === label);
    const small = at(smallest.label);
    const large = at(largest.label);
    if (!small || !large) continue;
    const perByte = (ms: number, bytes: number): number => ms / bytes;
    const ours = perByte(large.oursMs, large.bytes) / perByte(small.oursMs, small.bytes);
    const baseline = perByte(large.baselineMs, large.bytes) / perByte(small.baselineMs, small.bytes);
    body.push([measure ?? '', notes ?? '', formatRatio(ours), formatRatio(baseline), formatRatio(ours / baseline)]);
  }
  const header = ['Measure', 'Notes', `Ours ${largest.label} vs ${smallest.label}`, 'Baseline', 'Ours / baseline'];
  return markdownTable(header, body);
}
