import { expect, test } from '@playwright/test';

test.describe('reading the seed figures', () => {
  test('the home page shows each figure with its qualifier and claimant', async ({ page }) => {
    await page.goto('/');
    const syria = page.getByRole('region', { name: 'Violence on the Syrian coast, March 2025' });
    const total = syria
      .getByRole('article')
      .filter({ has: page.getByRole('link', { name: 'People killed' }) });
    await expect(total.getByRole('link', { name: 'over 1,000' })).toBeVisible();
    await expect(total).toContainText('Syrian Observatory for Human Rights');
    const civilians = syria
      .getByRole('article')
      .filter({ has: page.getByRole('link', { name: 'Civilians killed' }) });
    await expect(civilians.getByRole('link', { name: '745', exact: true })).toBeVisible();

    const gaza = page.getByRole('region', { name: 'Gaza war' });
    await expect(gaza.getByRole('link', { name: 'at least 48,450' })).toBeVisible();
    await expect(gaza).toContainText('no source named');
  });

  test("a figure's link leads to its quote", async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'at least 48,450' }).click();
    await expect(page).toHaveURL(/\/claims\/\d+$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('at least 48,450');
    await expect(page.locator('blockquote')).toContainText(
      'that have claimed the lives of at least 48,450 people, mostly women and children.',
    );
  });

  test('an unknown claim gets the not-found page', async ({ page }) => {
    const response = await page.goto('/claims/99999');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
  });
});
