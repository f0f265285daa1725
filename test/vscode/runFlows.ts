import Mocha from 'mocha';
import * as path from 'node:path';
import type { TargetName } from './e2e/targets';

export interface FlowResult {
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
}

/** Runs the end-to-end flows (a mocha spec in Node driving Chromium) against one target. */
export async function runFlows(target: TargetName): Promise<FlowResult> {
  process.env['E2E_TARGET'] = target;
  const mocha = new Mocha({ reporter: 'spec', timeout: 120_000 });
  mocha.addFile(path.join(__dirname, 'e2e', 'flows.e2e.ts'));
  await mocha.loadFilesAsync();
  return new Promise((resolve) => {
    const runner = mocha.run(() => {
      const { passes = 0, failures = 0, pending = 0 } = runner.stats ?? {};
      resolve({ passed: passes, failed: failures, skipped: pending });
    });
  });
}
