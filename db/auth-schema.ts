import { blob, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt } from './columns';

// Editors and what stands for them (sessions, API tokens), and failed sign-ins. Part of the one
// schema: db/schema.ts re-exports it.

export const editors = sqliteTable('editors', {
  id: integer().primaryKey({ autoIncrement: true }),
  email: text().notNull().unique(),
  // scrypt$<N>$<salt hex>$<hash hex>: the salt is per editor.
  passwordHash: text().notNull(),
  createdAt: createdAt(),
  revokedAt: integer({ mode: 'timestamp_ms' }),
});

// Secrets that stand for an editor: a session cookie or an API token. Only their SHA-256 is
// stored, so a leaked database hands out no live credential.
const credentialColumns = () => ({
  id: integer().primaryKey({ autoIncrement: true }),
  tokenHash: text().notNull().unique(),
  editorId: integer()
    .notNull()
    .references(() => editors.id),
  createdAt: createdAt(),
});

// Signed-in browsers; the cookie holds the random id.
export const sessions = sqliteTable(
  'sessions',
  {
    ...credentialColumns(),
    // Sessions expire after 7 days without use.
    lastSeenAt: integer({ mode: 'timestamp_ms' }).notNull(),
    revokedAt: integer({ mode: 'timestamp_ms' }),
  },
  (t) => [index('sessions_editor_idx').on(t.editorId)],
);

// Bearer tokens for the write API; shown once.
export const apiTokens = sqliteTable(
  'api_tokens',
  {
    ...credentialColumns(),
    lastUsedAt: integer({ mode: 'timestamp_ms' }),
    revokedAt: integer({ mode: 'timestamp_ms' }),
  },
  (t) => [index('api_tokens_editor_idx').on(t.editorId)],
);

// Every sign-in attempt (the right password, a wrong one, or one refused by a limit), kept in the
// database so every instance counts the same attempts and an editor can review their own.
export const SIGN_IN_OUTCOMES = ['signed_in', 'failed', 'limited'] as const;
export const signInAttempts = sqliteTable(
  'sign_in_attempts',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    // As typed (trimmed, lower-cased): attempts for unknown emails are counted too.
    email: text().notNull(),
    // The editor the email belongs to, when it does.
    editorId: integer().references(() => editors.id),
    // The client's address (lib/server/http/client-address.ts).
    address: text().notNull(),
    outcome: text({ enum: SIGN_IN_OUTCOMES }).notNull(),
    userAgent: text(),
    createdAt: createdAt(),
  },
  (t) => [
    index('sign_in_attempts_address_idx').on(t.address, t.createdAt),
    index('sign_in_attempts_email_idx').on(t.email, t.createdAt),
    index('sign_in_attempts_editor_idx').on(t.editorId, t.createdAt),
  ],
);

// Files uploaded to /editor/import, kept in the database between the preview and the confirmation,
// so any instance can confirm a preview another one made. Removed once imported or a day old.
export const importUploads = sqliteTable(
  'import_uploads',
  {
    // Random, 32 hex characters: the form carries it, never a path.
    token: text().primaryKey(),
    editorId: integer()
      .notNull()
      .references(() => editors.id),
    fileName: text().notNull(),
    format: text({ enum: ['csv', 'json'] }).notNull(),
    bytes: blob({ mode: 'buffer' }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('import_uploads_created_idx').on(t.createdAt)],
);
