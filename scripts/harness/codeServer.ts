import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT, RESULTS_DIR } from './paths';
import { freePort } from './ports';

// An offline profile: no welcome page, no chat, no gallery or update checks that wait on the network, and no
// prompt about the repository this test workspace happens to sit in.
const OFFLINE_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'chat.disableAIFeatures': true,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'git.openRepositoryInParentFolders': 'never',
  'github.gitAuthentication': false,
};

export interface CodeServerInstall {
  readonly node: string;
  readonly entry: string;
}

export interface RunningCodeServer {
  readonly url: string;
  /** The extension host's log files of this run, newest last. */
  extensionHostLogs(): string[];
  dispose(): Promise<void>;
}

/** Installs code-server into the per-machine cache when missing (about ten minutes, once), else reuses it. */
export function ensureCodeServer(): CodeServerInstall {
  const script = path.join(REPO_ROOT, 'scripts', 'harness', 'install-code-server.sh');
  const result = spawnSync('bash', [script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (result.status !== 0) throw new Error(`${script} failed (exit ${result.status ?? result.signal})`);
  const value = (key: string): string => {
    const line = result.stdout.split('\n').find((l) => l.startsWith(`${key}=`));
    if (!line) throw new Error(`${script} did not print ${key}=`);
    return line.slice(key.length + 1);
  };
  return { node: value('NODE'), entry: value('CODE_SERVER') };
}

/** The VSIX that `npm run package` builds: what a user installs, so the Node host runs exactly that. */
export function packageVsix(): string {
  const result = spawnSync('npm', ['run', 'package', '--silent'], { cwd: REPO_ROOT, stdio: 'inherit' });
  const vsix = path.join(REPO_ROOT, 'dist', 'article-annotator.vsix');
  if (result.status !== 0 || !existsSync(vsix)) throw new Error('`npm run package` did not produce dist/article-annotator.vsix');
  return vsix;
}

function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(folder, name))
    .filter((file) => statSync(file).isFile());
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode} before serving`);
    try {
      if ((await fetch(`${url}healthz`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`code-server did not answer on ${url} within ${timeoutMs / 1000} s`);
}

/**
 * Installs the VSIX into a fresh profile and serves `folder` in code-server: the Node extension host that
 * desktop users run. Its profile lives under test-results/ so the logs stay for a look after a failure.
 */
export async function startCodeServer(install: CodeServerInstall, vsix: string, folder: string): Promise<RunningCodeServer> {
  const root = path.join(RESULTS_DIR, 'node', 'code-server');
  rmSync(root, { recursive: true, force: true });
  const userData = path.join(root, 'user-data');
  const extensions = path.join(root, 'extensions');
  mkdirSync(path.join(userData, 'User'), { recursive: true });
  writeFileSync(
    path.join(userData, 'User', 'settings.json'),
    JSON.stringify(OFFLINE_SETTINGS, null, 2),
  );
  const env = { ...process.env, XDG_CONFIG_HOME: path.join(root, 'config'), XDG_DATA_HOME: path.join(root, 'data') };
  const common = ['--user-data-dir', userData, '--extensions-dir', extensions];
  const installed = spawnSync(install.node, [install.entry, ...common, '--install-extension', vsix], { env, encoding: 'utf8' });
  if (installed.status !== 0) throw new Error(`code-server --install-extension failed:\n${installed.stdout}\n${installed.stderr}`);

  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const args = ['--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust'];
  const child = spawn(install.node, [install.entry, ...args, ...common, folder], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    await waitForHealth(url, child, 60_000);
  } catch (error) {
    child.kill();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${output}`);
  }
  return {
    url,
    extensionHostLogs: () =>
      filesUnder(path.join(userData, 'logs'))
        .filter((file) => /^(remote)?exthost\.log$/i.test(path.basename(file)))
        .map((file) => `--- ${path.relative(root, file)} ---\n${readFileSync(file, 'utf8').split('\n').slice(-150).join('\n')}`),
    dispose: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}
