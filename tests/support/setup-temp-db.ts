import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// Runs before each test file imports anything, so db/client.ts opens this file, not data/tally.db.
process.env.DATABASE_URL = `file:${path.join(mkdtempSync(path.join(tmpdir(), 'tally-unit-')), 'test.db')}`;
