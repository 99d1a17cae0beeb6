// What is missing says so: retracted figures are counted and listed, and the claimant filter offers
// "no source named" and only claimants with figures of the kind shown.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { type Instance, startInstance, tallyOn } from '@/tests/support/app-instances';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/retracted/retracted.csv');
const dir = mkdtempSync(path.join(tmpdir(), 'tally-retracted-'));
let app: Instance;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const database = { DATABASE_URL: `file:${path.join(dir, 't.db')}` };
  app = await startInstance('retracted', database, dir);
  const imported = tallyOn(database, ['import', FIXTURE]);
  expect(imported.status, imported.stderr).toBe(0);
});

test.afterAll(async () => {
  await app?.stop();
});

test('a metric page counts its retracted figures and lists them', async ({ page }) => {
  await page.goto(`${app.url}/metrics/gaza-killed`);
  await expect(page.getByText('1 figure was retracted')).toBeVisible();
  // The Government Media Office's only figure was retracted: it is not offered among the active.
  const filter = page.getByLabel('Claimant');
  await expect(filter.locator('option')).toHaveText([
    'All claimants',
    'Gaza Ministry of Health',
    'No source named',
  ]);

  await page.getByRole('link', { name: 'Show the retracted figure' }).click();
  await expect(page).toHaveURL(/status=retracted/);
  await expect(page.getByRole('heading', { name: 'Retracted figures' })).toBeVisible();
  const rows = page.getByRole('row').filter({ hasText: '48,600' });
  await expect(rows).toHaveCount(1);
  await expect(filter.locator('option')).toHaveText([
    'All claimants',
    'Gaza Government Media Office',
  ]);

  // Narrowing the dates keeps the retracted view.
  await page.getByLabel('From').fill('2025-03-12');
  await page.getByRole('button', { name: 'Show these dates' }).click();
  await expect(page).toHaveURL(/status=retracted/);
  await expect(page.getByRole('row').filter({ hasText: '48,600' })).toHaveCount(1);
});

test('the claimant filter narrows to the figures nobody is named for', async ({ page }) => {
  await page.goto(`${app.url}/metrics/gaza-killed`);
  await page.getByLabel('Claimant').selectOption({ label: 'No source named' });
  await page.getByRole('button', { name: 'Filter' }).click();
  const figures = page.getByRole('row').filter({ has: page.getByRole('cell') });
  await expect(figures).toHaveCount(1);
  await expect(figures).toContainText('at least 48,450');
  await expect(figures).toContainText('no source named');
});
