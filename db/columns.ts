import { sql } from 'drizzle-orm';
import { integer } from 'drizzle-orm/sqlite-core';

// Instants are stored as milliseconds; calendar days as 'YYYY-MM-DD' text, which has no zone to drift.
export const createdAt = () =>
  integer({ mode: 'timestamp_ms' })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);
