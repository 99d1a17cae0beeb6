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

test.describe("Tally's reading, labelled as Tally's", () => {
  test('a hedged figure says how Tally reads it, and links to the page that explains it', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'nearly 150' }).first().click();
    await expect(page.getByText('135 to under 150')).toBeVisible();
    await expect(page.getByText('Tally reads “nearly” as up to 10% below')).toBeVisible();
    await page.getByRole('link', { name: 'How Tally reads figures' }).first().click();
    await expect(page).toHaveURL(/\/conventions#hedges$/);
    await expect(page.getByRole('heading', { name: 'How Tally reads figures' })).toBeVisible();
    await expect(page.locator('main')).toContainText('A source said only what its quote says.');
    for (const check of ['Parts exceed the whole', 'Running total fell', 'Sources disagree']) {
      await expect(page.getByText(check, { exact: true })).toBeVisible();
    }
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test("each figure of a metric's table is a card with its claimant and document in view", async ({
    page,
  }) => {
    await page.goto('/metrics/gaza-killed');
    const row = page.getByRole('row').filter({ hasText: 'at least 48,450' });
    for (const part of [
      row.getByText('no source named'),
      row.getByText('Iran Condemns Deadly Violence in Syria', { exact: false }),
      row.getByText('10 Mar 2025').first(),
    ]) {
      // Scrolled to, it is wholly on screen: not in a box that scrolls sideways off it.
      await part.scrollIntoViewIfNeeded();
      await expect(part).toBeInViewport({ ratio: 1 });
    }
  });
});
