// What a newcomer meets first: `npm start`'s last words, and the sign-in page.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { type Instance, startInstance } from '@/tests/support/app-instances';

const dir = mkdtempSync(path.join(tmpdir(), 'tally-newcomer-'));
let instance: Instance;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  instance = await startInstance('fresh', { DATABASE_URL: `file:${path.join(dir, 't.db')}` }, dir);
});

test.afterAll(async () => {
  await instance?.stop();
});

test('npm start ends with where Tally is and how to make the first editor', async () => {
  const log = () => readFileSync(path.join(dir, 'fresh.log'), 'utf8');
  await expect.poll(log).toContain('Tally is ready at http://localhost:');
  const lines = log().trimEnd().split('\n');
  // Below Next's own output, where it is seen: the last lines are the URL and the hint.
  expect(lines.slice(-3)).toEqual([
    expect.stringMatching(/^Tally is ready at http:\/\/localhost:\d+$/),
    'No editor can sign in yet. Create the first one with:',
    '  npm run tally -- editor add you@example.org',
  ]);
  expect(log().indexOf('Ready in')).toBeLessThan(log().indexOf('Tally is ready at'));
});

test('the sign-in page says how an account is made', async ({ page }) => {
  await page.goto(`${instance.url}/editor/login`);
  const noAccount = page.getByRole('heading', { name: 'No account yet?' });
  await expect(noAccount).toBeVisible();
  await expect(page.locator('main')).toContainText('npm run tally -- editor add you@example.org');
});
