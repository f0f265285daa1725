import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { REPO_ROOT } from '../support/sample';

/** The W3C Web Annotation test suite's schemas, read where the project's shared folder keeps them. */
export function w3cTestsFolder(): string {
  const folder = process.env['ARTICLE_ANNOTATOR_W3C_TESTS'] ?? path.resolve(REPO_ROOT, '..', 'shared', 'w3c-web-annotation-tests');
  if (!existsSync(path.join(folder, 'annotations', 'annotationMusts.test'))) {
    throw new Error(
      `W3C Web Annotation test schemas not found in ${folder}: put the w3c/web-annotation-tests files there ` +
        '(definitions/ and annotations/) or set ARTICLE_ANNOTATOR_W3C_TESTS to their folder',
    );
  }
  return folder;
}

export interface Assertion {
  readonly name: string;
  readonly expectValid: boolean;
  readonly validate: ValidateFunction;
}

function readJson(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

/** Every MUST assertion of annotationMusts.test, compiled with all definitions/*.json loaded under their file names. */
export function loadMustAssertions(): Assertion[] {
  const folder = w3cTestsFolder();
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const name of readdirSync(path.join(folder, 'definitions')).filter((n) => n.endsWith('.json'))) {
    ajv.addSchema(readJson(path.join(folder, 'definitions', name)), name);
  }
  const musts = readJson(path.join(folder, 'annotations', 'annotationMusts.test'));
  const names = musts['assertions'] as string[];
  return names.map((name) => {
    const schema = readJson(path.join(folder, name));
    return { name, expectValid: schema['expectedResult'] !== 'invalid', validate: ajv.compile(schema) };
  });
}

/** The assertions an annotation fails, with ajv's first error for each: [] when it passes them all. */
export function failedAssertions(assertions: readonly Assertion[], annotation: unknown): string[] {
  const failed: string[] = [];
  for (const assertion of assertions) {
    const valid = assertion.validate(annotation) === true;
    if (valid !== assertion.expectValid) {
      const error = assertion.validate.errors?.[0];
      failed.push(`${assertion.name}${error ? ` (${error.instancePath} ${error.message ?? ''})` : ''}`);
    }
  }
  return failed;
}
