import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import type * as Claims from '../../src/core/claims';

const ENTRY = fileURLToPath(new URL('../../src/core/claims/index.ts', import.meta.url));
const OUTFILE = fileURLToPath(new URL('../../out/bench/claims.mjs', import.meta.url));

/**
 * The claims module as esbuild bundles it into the extension and the CLI. Importing the source through tsx
 * instead would time tsx's transform, which wraps every closure in a naming helper the shipped code lacks
 * (about a tenth of detection's time), while markdown-it, the baseline, is loaded as its published bundle.
 */
export function shippedClaims(): Promise<typeof Claims> {
  built ??= build();
  return built;
}

let built: Promise<typeof Claims> | undefined;

async function build(): Promise<typeof Claims> {
  await esbuild.build({ entryPoints: [ENTRY], outfile: OUTFILE, bundle: true, format: 'esm', platform: 'neutral', target: 'es2022', logLevel: 'warning' });
  return (await import(OUTFILE)) as typeof Claims;
}
