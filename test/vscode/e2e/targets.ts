import { existsSync } from 'node:fs';
import { ensureCodeServer, packageVsix, startCodeServer } from '../../../scripts/harness/codeServer';
import { serveWeb } from '../../../scripts/harness/webServer';
import { freshWorkspace } from '../../../scripts/harness/workspace';
import { writeLargeReport } from './largeReport.flows';

export type TargetName = 'web' | 'node';

/** A running VS Code that shows the sample workspace, and what the flows may rely on in it. */
export interface E2ETarget {
  readonly name: TargetName;
  readonly url: string;
  /** The workspace folder on disk. */
  readonly workspace: string;
  /** false for VS Code for the Web here: its folder is mounted in memory, writes never reach the disk. */
  readonly writesToDisk: boolean;
  extensionHostLogs(): string[];
  dispose(): Promise<void>;
}

export function targetName(value: string | undefined): TargetName {
  if (value === 'web' || value === 'node') return value;
  throw new Error(`E2E_TARGET must be "web" or "node", not ${JSON.stringify(value)}`);
}

/** The sample, and the large report the last flow opens. */
function flowWorkspace(name: TargetName): string {
  const workspace = freshWorkspace(name);
  writeLargeReport(workspace);
  return workspace;
}

async function startWeb(): Promise<E2ETarget> {
  const workspace = flowWorkspace('web');
  const served = await serveWeb({ folder: workspace });
  return {
    name: 'web',
    url: served.url,
    workspace,
    writesToDisk: false,
    // The worker extension host has no log file here: its errors reach the page console, which is printed.
    extensionHostLogs: () => [],
    dispose: async () => served.dispose(),
  };
}

async function startNode(): Promise<E2ETarget> {
  const install = process.env['E2E_CODE_SERVER_NODE'] && process.env['E2E_CODE_SERVER_ENTRY']
    ? { node: process.env['E2E_CODE_SERVER_NODE'], entry: process.env['E2E_CODE_SERVER_ENTRY'] }
    : ensureCodeServer();
  const vsix = process.env['E2E_VSIX'] ?? packageVsix();
  if (!existsSync(vsix)) throw new Error(`No VSIX at ${vsix}`);
  const workspace = flowWorkspace('node');
  const server = await startCodeServer(install, vsix, workspace);
  return { name: 'node', url: server.url, workspace, writesToDisk: true, extensionHostLogs: server.extensionHostLogs, dispose: server.dispose };
}

export function startTarget(name: TargetName): Promise<E2ETarget> {
  return name === 'web' ? startWeb() : startNode();
}
