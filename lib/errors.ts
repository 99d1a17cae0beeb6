// Failures that the CLI and `npm start` report in one line and exit 2 for (DESIGN.md), rather than
// with a stack trace. Kept apart from lib/env.ts, which validates the environment on import.

/** A variable of the environment is invalid; the message names it. */
export class EnvError extends Error {}

/** The database cannot be opened or migrated; the message names DATABASE_URL. */
export class DatabaseUnavailable extends Error {}

/** A command line that cannot run. */
export class UsageError extends Error {}
