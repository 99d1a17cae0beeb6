import { expect, test } from '@playwright/test';
import { countClaims, signIn } from '@/tests/support/e2e-editor';

test.describe('importing a file through the editor page', () => {
  test('a file with bad rows is previewed with every problem, and imports only when told to skip them', async ({
    page,
  }) => {
    await signIn(page, '/editor/import');
    await page.getByLabel('CSV or JSON file').setInputFiles('tests/fixtures/import/bad-rows.csv');
    await page.getByRole('button', { name: 'Check the file' }).click();
    await expect(page.getByText('11 rows: 1 valid, 10 rejected')).toBeVisible();
    await expect(page.getByText('line 7: url: Use an http:// or https:// link')).toBeVisible();
    await expect(page.getByRole('table').getByText('line 2')).toBeVisible();
    expect(await countClaims(page, 'killed')).toBe(0);

    await page.getByLabel('Skip the rejected rows and import the others').check();
    await page.getByRole('button', { name: 'Import' }).click();
    await expect(page.getByRole('status')).toContainText(
      '1 inserted, 0 appearances added, 0 already present, 10 rejected',
    );
    expect(await countClaims(page, 'killed')).toBe(1);
  });

  test('a file that is not UTF-8 gets a clear message', async ({ page }) => {
    await signIn(page, '/editor/import');
    await page.getByLabel('CSV or JSON file').setInputFiles('tests/fixtures/import/latin1.csv');
    await page.getByRole('button', { name: 'Check the file' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'not UTF-8' })).toBeVisible();
  });
});
