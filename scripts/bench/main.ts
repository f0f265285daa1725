import { cpus, totalmem } from 'node:os';
import { anchoringRows } from './anchoringBench';
import { workbenchRows } from './browserBench';
import { claimsAsProcess, claimsInProcess } from './claimsBench';
import { editRows } from './editBench';
import { growthRows } from './growth';
import { resultsTable, type Row } from './results';
import { storeAndExportRows } from './storeBench';
import { makePlan, Workspace } from './workload';

function machine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `${cpus().length} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB memory, node ${process.version}, ${process.platform}`;
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
  const wants = (part: string): boolean => !only || only.includes(part);
  const plan = makePlan(quick);
  const workspace = new Workspace();
  const started = Date.now();
  const log = (text: string): void => void process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0)}s] ${text}\n`);
  try {
    log(`generating ${plan.sizes.map((s) => s.label).join(', ')} articles`);
    const articles = plan.sizes.map((s) => workspace.article(s.label, s.bytes));
    const rows: Row[] = [];
    if (wants('claims')) {
      log('claim detection in process');
      rows.push(...(await claimsInProcess(plan, articles)));
      log('claim detection as processes');
      rows.push(...(await claimsAsProcess(plan, articles)));
    }
    if (wants('anchoring')) {
      log('re-anchoring');
      rows.push(...(await anchoringRows(plan, articles, log)));
    }
    if (wants('edits')) {
      log('the host after an edit');
      rows.push(...(await editRows(plan, articles)));
    }
    if (wants('store')) {
      log('store and exports');
      rows.push(...(await storeAndExportRows(plan, articles, workspace, log)));
    }
    if (wants('chromium')) {
      log('Chromium: VS Code for the Web workbench');
      rows.push(...(await workbenchRows(plan, articles, workspace, log)));
    }
    const growth = growthRows(rows, plan);
    const out = [
      `Article Annotator benchmark${quick ? ' (--quick)' : ''}, ${new Date().toISOString()}`,
      `Machine: ${machine()}`,
      '',
      'Each ratio is ours / baseline, timed in this run: sides interleaved, order alternating, median of per-pair ratios.',
      'Milliseconds are medians for context only (the machine is shared).',
      '',
      resultsTable(rows),
      '',
      'Growth from the smallest to the largest article (per-byte cost at the largest / per-byte cost at the smallest; ~1 is linear):',
      '',
      growth,
      '',
    ];
    process.stdout.write(out.join('\n'));
    log('done');
  } finally {
    workspace.dispose();
  }
}

void main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
