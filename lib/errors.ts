import type { FieldErrors, FormValues } from '@/lib/forms';

// Failures that the CLI and `npm start` report in one line and exit 2 for (DESIGN.md), rather than
// with a stack trace. Kept apart from lib/env.ts, which validates the environment on import.

/** A variable of the environment is invalid; the message names it. */
export class EnvError extends Error {}

/** The database cannot be opened or migrated; the message names DATABASE_URL. */
export class DatabaseUnavailable extends Error {}

/** A command line that cannot run. */
export class UsageError extends Error {}

/**
 * Expected bad input found after parsing, such as an unknown metric or source: the message names
 * the field, so every door reports it like a schema error.
 */
export class InputError extends Error {
  constructor(readonly fields: FieldErrors) {
    super(
      Object.entries(fields)
        .map(([field, messages]) => `${field}: ${(messages ?? []).join('; ')}`)
        .join('; '),
    );
  }
}

export function inputError(field: string, message: string): InputError {
  return new InputError({ [field]: [message] });
}

/** What a reader is told when a write gave up waiting for another writer: nothing of it was saved. */
export const DATABASE_BUSY_MESSAGE = 'The database was busy; nothing was saved. Try again.';

/**
 * A write waited DATABASE_BUSY_TIMEOUT_MS for other writers and gave up, writing nothing: the CLI
 * exits 2 with this message, the API answers 503 `database_busy`, a form says so. The wait itself,
 * and the retries under it, live in db/write-lock.ts.
 */
export class DatabaseBusy extends Error {
  constructor(
    readonly timeoutMs: number,
    options?: ErrorOptions,
  ) {
    super(
      `the database was busy: other writes held it for longer than DATABASE_BUSY_TIMEOUT_MS (${timeoutMs} ms), so the write that waited was not saved. Try again.`,
      options,
    );
  }
}

/** Whether an error is, or was caused by, a DatabaseBusy: drizzle wraps a driver's error in its own. */
export function isDatabaseBusy(error: unknown): boolean {
  for (let depth = 0; error instanceof Error && depth < 10; depth++) {
    if (error instanceof DatabaseBusy) return true;
    error = error.cause;
  }
  return false;
}

/** A form's state when its write gave up on a busy database: a message, and what was typed. */
export function busyFormState(
  error: unknown,
  values: FormValues,
): { status: 'failed'; message: string; values: FormValues } | null {
  return isDatabaseBusy(error)
    ? { status: 'failed', message: DATABASE_BUSY_MESSAGE, values }
    : null;
}
