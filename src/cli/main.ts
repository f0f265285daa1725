import { setFlagsFromString } from 'node:v8';
import { isUsageError } from './errors';

// A run lives for about a second, so V8 is tuned for a short run, as JVM tools do for theirs:
// - each claim pattern runs thousands of times: compile patterns straight to native code, sparing the
//   interpreted first executions and the second compile V8 would tier up to;
// - on a 1 MB article the optimising compiler's queue takes longer than the run, and much of the
//   detection ran unoptimised waiting for it: less inlining shortens each compile (claims on 1 MB: 4-10%).
setFlagsFromString('--no-regexp-tier-up');
setFlagsFromString('--max-inlined-bytecode-size-cumulative=300');

const USAGE = `Usage: article-annotator <command> [options]

Commands:
  claims <article> [--json]                 the checkable claims in an article
  note add <article> --quote <text> ...     add a note to a passage; prints its id
  notes <article> [--json]                  an article's notes, re-anchored
  export (<article>... | --all) --format F  a report of the notes (markdown, csv, jsonld, html)
  import <file> [--article PATH]            notes from W3C JSON-LD or a Hypothesis export

Run 'article-annotator <command> --help' for a command's options.`;

type Command = (args: readonly string[], out: (text: string) => void) => Promise<void>;

type Loader = () => Promise<Command>;

// Each command's code is initialised only when it runs: `claims` then never sets up markdown-it, the
// store or the exporters, which cost a short run as much as a tenth of its time.
function route(argv: readonly string[]): [Loader, readonly string[]] | undefined {
  const [name, ...rest] = argv;
  if (name === 'claims') return [async () => (await import('./commands/claims')).claimsCommand, rest];
  if (name === 'notes') return [async () => (await import('./commands/notes')).notesCommand, rest];
  if (name === 'export') return [async () => (await import('./commands/export')).exportCommand, rest];
  if (name === 'import') return [async () => (await import('./commands/import')).importCommand, rest];
  if (name === 'note' && rest[0] === 'add') return [async () => (await import('./commands/noteAdd')).noteAddCommand, rest.slice(1)];
  return undefined;
}

/** Runs the CLI and returns the exit code: 0 done, 1 runtime error, 2 usage error. */
export async function run(argv: readonly string[]): Promise<number> {
  const out = (text: string): void => {
    if (!stdoutClosed) process.stdout.write(`${text}\n`);
  };
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    out(USAGE);
    return argv.length === 0 ? 2 : 0;
  }
  const routed = route(argv);
  if (!routed) {
    process.stderr.write(`article-annotator: unknown command '${argv.join(' ')}'\n\n${USAGE}\n`);
    return 2;
  }
  try {
    const command = await routed[0]();
    await command(routed[1], out);
    return 0;
  } catch (error) {
    if (isUsageError(error)) {
      process.stderr.write(`article-annotator: ${error.message}\nRun with --help for usage.\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`article-annotator: ${message.split('\n')[0]}\n`);
    return 1;
  }
}

// A reader that stops early ("claims big.md --json | head") closes the pipe: the rest of the output goes
// nowhere and the run ends with its own exit code. Any other write error (a full disk) is one line and exit 1.
let stdoutClosed = false;
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') {
    stdoutClosed = true;
    return;
  }
  process.stderr.write(`article-annotator: cannot write the output: ${error.message.split('\n')[0]}\n`);
  process.exit(1);
});

void run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
