// node:assert does not exist in the web worker extension host; these few checks are all the suite needs.

export function ok(value: unknown, message: string): asserts value {
  if (!value) throw new Error(message);
}

export function equal<T>(actual: T, expected: T, what: string): void {
  if (actual !== expected) throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

export function includes(haystack: string, needle: string, what: string): void {
  if (!haystack.includes(needle)) throw new Error(`${what}: expected to contain ${JSON.stringify(needle)}, got ${JSON.stringify(haystack.slice(0, 400))}`);
}

export async function eventually(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
}
