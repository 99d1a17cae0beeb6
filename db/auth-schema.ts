import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
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

// Failed sign-ins, kept in the database so every instance counts the same attempts.
export const signInFailures = sqliteTable(
  'sign_in_failures',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    email: text().notNull(),
    ip: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('sign_in_failures_email_idx').on(t.email, t.createdAt),
    index('sign_in_failures_ip_idx').on(t.ip, t.createdAt),
  ],
);
