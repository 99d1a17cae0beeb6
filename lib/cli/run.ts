import { DatabaseUnavailable, EnvError, InputError, UsageError } from '@/lib/errors';

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

/**
 * Runs a CLI command and exits with its code. Bad usage, a bad environment, an unreachable
 * database and bad input exit 2 with a one-line message, never a stack trace. Commands import the database
 * modules themselves, inside `command`, because importing them validates the environment.
 */
export function runCommand(command: () => Promise<number>): void {
  command().then(
    (code) => process.exit(code),
    (error: unknown) => {
      const isExpected =
        error instanceof UsageError ||
        error instanceof EnvError ||
        error instanceof DatabaseUnavailable ||
        // A row that became invalid while the command ran (a source renamed meanwhile).
        error instanceof InputError ||
        isBadArguments(error);
      console.error(isExpected ? `tally: ${error.message}` : error);
      process.exit(2);
    },
  );
}
