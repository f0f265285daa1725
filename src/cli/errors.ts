/** A mistake in how the command was called: exit 2 with the usage hint. */
export class UsageError extends Error {}

/** Something went wrong at run time: exit 1 with this one-line message. */
export class RuntimeError extends Error {}
