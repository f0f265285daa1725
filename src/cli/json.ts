/**
 * JSON for standard output: indented for a person at a terminal, compact for a program reading a pipe or a
 * file, as `gh --json` does. A 1 MB article's claims are megabytes of JSON, and indenting them costs time
 * and a third more bytes that no parser needs.
 */
export function jsonForStdout(value: unknown): string {
  return process.stdout.isTTY ? JSON.stringify(value, null, 2) : JSON.stringify(value);
}
