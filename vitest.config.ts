import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      // Vite resolves imports itself, without Node's react-server condition that marks lib/ and
      // db/ modules as server-side; outside a browser bundle they are exactly that.
      'server-only': path.resolve(import.meta.dirname, 'node_modules/server-only/empty.js'),
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Each test file gets its own temp libSQL file (see the setup file); :memory: would lose its
    // data after the first transaction.
    setupFiles: ['tests/support/setup-temp-db.ts'],
    pool: 'forks',
    testTimeout: 20_000,
  },
});
