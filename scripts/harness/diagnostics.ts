import type { ConsoleMessage, Page } from 'playwright-core';

/** What VS Code hands codeAutomationExit: its log files, the extension host's among them. */
export interface AutomationLog {
  readonly relativePath: string;
  readonly contents: string;
}

/** Collects what a failing run must show: console errors of the workbench, its webviews and workers. */
export class ConsoleRecorder {
  private readonly lines: string[] = [];

  constructor(page: Page) {
    page.on('console', (message) => this.record(message));
    page.on('pageerror', (error) => this.lines.push(`[pageerror] ${error.stack ?? error.message}`));
  }

  private record(message: ConsoleMessage): void {
    const type = message.type();
    if (type !== 'error' && type !== 'warning') return;
    const frame = /^https?:\/\/([^/]+)/.exec(message.location().url)?.[1] ?? 'page';
    // The workbench styles its console lines with %c and CSS: drop both.
    const text = message.text().replace(/%c\s*/g, '').replace(/color: #[0-9a-f]{3,6}\s*/gi, '');
    this.lines.push(`[${type} ${frame}] ${text}`);
  }

  errors(): readonly string[] {
    return this.lines;
  }

  print(title: string): void {
    console.log(`\n--- ${title}: ${this.lines.length} console error(s) and warning(s) ---`);
    for (const line of this.lines.slice(-80)) console.log(line.slice(0, 2000));
  }
}

/** Applies console-style placeholders (%s, %d, %o, %c) the way the workbench's console would. */
export function formatConsoleArgs(args: readonly unknown[]): string {
  const text = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));
  const [first, ...rest] = args;
  if (typeof first !== 'string') return args.map(text).join(' ');
  const formatted = first.replace(/%[sdifoOjc%]/g, (placeholder) => {
    if (placeholder === '%%') return '%';
    if (rest.length === 0) return placeholder;
    const value = rest.shift();
    return placeholder === '%c' ? '' : text(value);
  });
  return [formatted, ...rest.map(text)].join(' ');
}

export function printLogs(logs: readonly AutomationLog[], pattern = /exthost|extension|window|remoteagent|main/i): void {
  for (const log of logs) {
    if (!pattern.test(log.relativePath)) continue;
    console.log(`\n--- log ${log.relativePath} ---`);
    console.log(log.contents.split('\n').slice(-120).join('\n'));
  }
}
