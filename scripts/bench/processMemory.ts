import { readdirSync, readFileSync } from 'node:fs';

function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

function pssKb(pid: number): number {
  try {
    const match = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/**
 * Proportional set size of each of this process's Chromium renderers (Linux /proc), by process id: what the workbench
 * and its webviews occupy, DOM and text included, which the V8 heap alone leaves out. Empty where /proc is missing.
 */
export function rendererMemory(): Map<number, number> {
  const found = new Map<number, number>();
  let pids: number[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name)).map(Number);
  } catch {
    return found;
  }
  const parents = new Map(pids.map((pid) => [pid, parentOf(pid)]));
  const mine = (pid: number): boolean => {
    for (let p = parents.get(pid), hops = 0; p !== undefined && p > 1 && hops < 10; p = parents.get(p), hops++) {
      if (p === process.pid) return true;
    }
    return false;
  };
  for (const pid of pids) {
    if (!mine(pid)) continue;
    let cmdline = '';
    try {
      cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    if (cmdline.includes('--type=renderer')) found.set(pid, pssKb(pid) / 1024);
  }
  return found;
}

/** MB gained by the renderers alive in both snapshots: spare renderers starting or exiting meanwhile do not count. */
export function rendererGrowthMb(before: ReadonlyMap<number, number>, after: ReadonlyMap<number, number>): number {
  if (before.size === 0) return Number.NaN;
  let growth = 0;
  for (const [pid, mb] of after) {
    const earlier = before.get(pid);
    if (earlier !== undefined) growth += mb - earlier;
  }
  return growth;
}
