import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import type * as Claims from '../../src/core/claims';
import type * as Render from '../../src/core/render/blockRenderer';
import type * as Highlights from '../../src/core/render/claimHighlights';

const source = (path: string): string => fileURLToPath(new URL(`../../src/core/${path}`, import.meta.url));
const output = (name: string): string => fileURLToPath(new URL(`../../out/bench/${name}.mjs`, import.meta.url));

/**
 * The claims module as esbuild bundles it into the extension and the CLI. Importing the source through tsx
 * instead would time tsx's transform, which wraps every closure in a naming helper the shipped code lacks
 * (about a tenth of detection's time), while markdown-it, the baseline, is loaded as its published bundle.
 */
export function shippedClaims(): Promise<typeof Claims> {
  claims ??= bundled<typeof Claims>([source('claims/index.ts')], 'claims', 'neutral');
  return claims;
}

/** The host's article renderer and the claim highlights it paints, bundled as shippedClaims is, for the same reason. */
export function shippedRenderer(): Promise<typeof Render & typeof Highlights> {
  renderer ??= bundled<typeof Render & typeof Highlights>([source('render/blockRenderer.ts'), source('render/claimHighlights.ts')], 'renderer', 'node');
  return renderer;
}

let claims: Promise<typeof Claims> | undefined;
let renderer: Promise<typeof Render & typeof Highlights> | undefined;

// The renderer bundles markdown-it, whose dependencies name only a `main` field: the neutral platform ignores it.
async function bundled<T>(entries: readonly string[], name: string, platform: 'neutral' | 'node'): Promise<T> {
  const outfile = output(name);
  const stdin = { contents: entries.map((entry) => `export * from ${JSON.stringify(entry)};`).join('\n'), resolveDir: source('.'), loader: 'ts' as const };
  await esbuild.build({ stdin, outfile, bundle: true, format: 'esm', platform, target: 'es2022', logLevel: 'warning' });
  return (await import(outfile)) as T;
}
