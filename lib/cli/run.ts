import {
  DatabaseBusy,
  DatabaseUnavailable,
  EnvError,
  InputError,
  UsageError,
  isDatabaseBusy,
} from '@/lib/errors';

// node:util's parseArgs throws a TypeError with one of these codes for an unknown option or a
// missing value: bad usage, not a fault of the program.
function isBadArguments(error: unknown): error is Error {
  return (
    error instanceof Error &&
    'code' in error &&
    typeof error.code === 'string' &&
    error.code.startsWith('ERR_PARSE_ARGS_')
  );
}

function isExpected(error: unknown): error is Error {
  return (
    error instanceof UsageError ||
    error instanceof EnvError ||
    error instanceof DatabaseUnavailable ||
    error instanceof DatabaseBusy ||
    // A row that became invalid while the command ran (a source renamed meanwhile).
    error instanceof InputError ||
    isBadArguments(error)
  );
}

// A reader that stops early (`tally export | head`) closes the pipe: the command stops without a
// word, with the status of a Unix tool ended by SIGPIPE (128 + 13).
const BROKEN_PIPE_EXIT = 141;

function isBrokenPipe(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'EPIPE';
}

/** The DatabaseBusy behind a wrapped error (drizzle wraps the driver's), or the error itself. */
function unwrapBusy(error: unknown): unknown {
  if (!isDatabaseBusy(error)) return error;
  let found: unknown = error;
  while (!(found instanceof DatabaseBusy) && found instanceof Error) found = found.cause;
  return found;
}

/**
 * Runs a CLI command and exits with its code. Bad usage, a bad environment, an unreachable or busy
 * database and bad input exit 2 with a one-line message, never a stack trace. Commands import the
 * database modules themselves, inside `command`, because importing them validates the environment.
 */
export function runCommand(command: () => Promise<number>): void {
  process.stdout.on('error', (error) => {
    if (!isBrokenPipe(error)) throw error;
    process.exit(BROKEN_PIPE_EXIT);
  });
  command().then(
    (code) => exitAfterOutput(code),
    (thrown: unknown) => {
      if (isBrokenPipe(thrown)) process.exit(BROKEN_PIPE_EXIT);
      const error = unwrapBusy(thrown);
      console.error(isExpected(error) ? `tally: ${error.message}` : error);
      return exitAfterOutput(2);
    },
  );
}

/**
 * Exits once everything written to stdout and stderr has reached them. Writes to a pipe are
 * asynchronous in Node: `process.exit` right after a large write would cut it (at 64 KiB, the
 * pipe's buffer), while waiting for the process to end by itself could wait on a timer or socket
 * that a command left open.
 */
async function exitAfterOutput(code: number): Promise<void> {
  process.exitCode = code;
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  process.exit(code);
}

function flushed(stream: NodeJS.WriteStream): Promise<void> {
  // The callback of an empty write runs after every write queued before it; a reader that has
  // gone away (EPIPE) ends the wait too.
  return new Promise((resolve) => {
    if (stream.destroyed || !stream.writable) resolve();
    else stream.write('', () => resolve());
  });
}
