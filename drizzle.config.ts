import { defineConfig } from 'drizzle-kit';

// drizzle-kit runs outside the app, so it reads the same variable lib/env.ts validates.
export default defineConfig({
  dialect: 'turso',
  schema: './db/schema.ts',
  out: './db/migrations',
  casing: 'snake_case',
  dbCredentials: {
    url: process.env.DATABASE_URL ?? 'file:data/tally.db',
    authToken: process.env.DATABASE_AUTH_TOKEN,
  },
});
