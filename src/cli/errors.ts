/**
 * A mistake in how the command was called: exit 2 with the usage hint. Known by its name, not its class:
 * each command is a bundle of its own, with its own copy of this class.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Whether an error thrown by any command's bundle is a UsageError. */
export function isUsageError(error: unknown): error is UsageError {
  return error instanceof Error && error.name === 'UsageError';
}

/** Something went wrong at run time: exit 1 with this one-line message. */
export class RuntimeError extends Error {
  override readonly name = 'RuntimeError';
}
