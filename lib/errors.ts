import type { FieldErrors } from '@/lib/forms';

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
