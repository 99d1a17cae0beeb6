import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

// Playwright cannot download its browsers here: use Debian's Chromium when it is installed.
const chromium =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

// One temp database for the whole run; workers re-read this file, so keep the first choice.
process.env.TALLY_E2E_DB ??= path.join(mkdtempSync(path.join(tmpdir(), 'tally-e2e-')), 'e2e.db');
const PORT = 3100;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  reporter: process.env.CI ? 'list' : 'line',
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // The same start path as `npm start` (migrate, seed, serve) on a fresh temp database; the
    // test script builds first, so no build happens here.
    command: 'node_modules/.bin/tsx --conditions=react-server lib/cli/start.ts',
    url: `http://127.0.0.1:${PORT}/api/metrics`,
    env: {
      DATABASE_URL: `file:${process.env.TALLY_E2E_DB}`,
      TALLY_QUERY_LOG: `${process.env.TALLY_E2E_DB}.queries.jsonl`,
      PORT: String(PORT),
      NEXT_TELEMETRY_DISABLED: '1',
    },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
