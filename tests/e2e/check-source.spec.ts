import { expect, test } from '@playwright/test';

test.describe("checking a claim's source", () => {
  test('the claim page gives the quote with the number marked, and the attribution chain', async ({
    page,
  }) => {
    await page.goto('/metrics/syria-coast-civilians-killed');
    await page.getByRole('table').getByRole('link', { name: '745' }).click();
    await expect(page.locator('blockquote mark')).toHaveText('745');
    await expect(
      page.getByText('Syrian Observatory for Human Rights (UK-based monitor) said on 9 Mar 2025'),
    ).toBeVisible();
    await expect(page.getByText('date inferred').first()).toBeVisible();
  });

  test('from a claim to its source page', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'over 1,000' }).click();
    await page.getByRole('link', { name: 'Syrian Observatory for Human Rights' }).first().click();
    await expect(page).toHaveURL(/\/sources\/sohr$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      'Syrian Observatory for Human Rights',
    );
    await expect(page.getByText('UK-based monitor')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Civilians killed' })).toBeVisible();
  });

  test('an unknown source gets the not-found page', async ({ page }) => {
    const response = await page.goto('/sources/nobody');
    expect(response?.status()).toBe(404);
  });
});
