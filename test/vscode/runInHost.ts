import { appendFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { launchChromium } from '../../scripts/harness/chromium';
import { RESULTS_DIR } from '../../scripts/harness/paths';
import { ConsoleRecorder, formatConsoleArgs, printLogs, type AutomationLog } from '../../scripts/harness/diagnostics';
import { serveWeb } from '../../scripts/harness/webServer';
import { freshWorkspace } from '../../scripts/harness/workspace';
import { buildSuite } from './buildSuite';

export interface SuiteResult {
  readonly passed: number;
  readonly failed: number;
}

const TIMEOUT_MS = Number(process.env['IN_HOST_TIMEOUT_MS'] ?? 180_000);

interface Exit {
  readonly code: number;
  readonly logs: readonly AutomationLog[];
}

/** Runs the in-host mocha suite inside VS Code for the Web's extension host, driven by headless Chromium. */
export async function runInHostSuite(): Promise<SuiteResult> {
  const bundle = await buildSuite();
  const server = await serveWeb({ folder: freshWorkspace('in-host'), extensionTestsPath: path.resolve(bundle) });
  const browser = await launchChromium();
  let summary: SuiteResult | undefined;
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const recorder = new ConsoleRecorder(page);
    const exited = new Promise<Exit>((resolve) => {
      void page.exposeFunction('codeAutomationExit', (code: number, logs?: AutomationLog[]) => resolve({ code, logs: logs ?? [] }));
    });
    // Everything goes to a log file; the terminal gets mocha's report (indented lines) and errors only.
    const logFile = path.join(RESULTS_DIR, 'in-host', 'workbench.log');
    writeFileSync(logFile, '');
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
      const text = formatConsoleArgs(args);
      appendFileSync(logFile, `[${type}] ${text}\n`);
      const match = /in-host: (\d+) passed, (\d+) failed/.exec(text);
      if (match) summary = { passed: Number(match[1]), failed: Number(match[2]) };
      else if (type === 'error') console.error(text);
      else if (text === '' || text.startsWith(' ')) console.log(text);
    });
    await page.goto(server.url, { timeout: 120_000, waitUntil: 'domcontentloaded' });
    const timeout = new Promise<Exit>((resolve) => setTimeout(() => resolve({ code: -1, logs: [] }), TIMEOUT_MS).unref());
    const exit = await Promise.race([exited, timeout]);
    if (exit.code === -1) console.error(`in-host: no result after ${TIMEOUT_MS / 1000} s`);
    const failed = exit.code !== 0 || !summary || summary.failed > 0;
    if (failed) {
      await page.screenshot({ path: path.join(RESULTS_DIR, 'in-host', 'failure.png') }).catch(() => undefined);
      recorder.print('in-host workbench');
      printLogs(exit.logs);
      console.log(`Full workbench log: ${logFile}`);
    }
    return summary ?? { passed: 0, failed: 1 };
  } finally {
    await browser.close();
    server.dispose();
  }
}
