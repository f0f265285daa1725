import { build, type Plugin } from 'esbuild';
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { REPO_ROOT } from '../../scripts/harness/paths';

/** Where the bundles go: inside the repository, because test-web serves extensionTestsPath from there. */
const OUT_DIR = path.join(REPO_ROOT, 'out', 'vscode-test');

/**
 * mocha's browser build is a UMD file: inlined into a CommonJS bundle it would take the `module.exports` branch
 * and replace the suite's exports (the extension host would then call mocha.run instead of our run). Hiding
 * module/exports/define makes it take the browser branch and define the global `mocha`, as in a page.
 */
const mochaAsBrowserGlobal: Plugin = {
  name: 'mocha-as-browser-global',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /[\\/]mocha[\\/]mocha\.js$/ }, async (args) => ({
      contents: `(function (module, exports, define) {\n${await readFile(args.path, 'utf8')}\n}).call(globalThis);`,
      loader: 'js',
    }));
  },
};

/** Bundles the in-host suite for the web worker extension host (no Node built-ins there). */
export async function buildSuite(): Promise<string> {
  const outfile = path.join(OUT_DIR, 'suite.js');
  await build({
    entryPoints: [path.join(REPO_ROOT, 'test', 'vscode', 'suite', 'index.ts')],
    outfile,
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    sourcemap: 'inline',
    logLevel: 'warning',
    plugins: [mochaAsBrowserGlobal],
  });
  return outfile;
}

/** Bundles the same suite for desktop VS Code's Node extension host, with Node's mocha from node_modules. */
export async function buildDesktopSuite(): Promise<string> {
  const outfile = path.join(OUT_DIR, 'desktop.js');
  await build({
    entryPoints: [path.join(REPO_ROOT, 'test', 'vscode', 'suite', 'desktop.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode', 'mocha'],
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return outfile;
}
