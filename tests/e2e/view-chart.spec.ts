import { expect, test } from '@playwright/test';

test.describe('the metric chart', () => {
  test('an open interval is marked with its qualifier, never as a bare number', async ({
    page,
  }) => {
    await page.goto('/metrics/syria-coast-killed');
    const mark = page.getByRole('link', {
      name: 'over 1,000 — Syrian Observatory for Human Rights, 9 Mar 2025',
    });
    await expect(mark).toHaveAttribute('data-qualifier', 'more_than');
    await expect(page.getByRole('link', { name: /^1,000 —/ })).toHaveCount(0);
  });

  test('hovering a point shows its citation card, and clicking it opens the claim', async ({
    page,
  }) => {
    await page.goto('/metrics/gaza-killed');
    const mark = page.getByRole('link', { name: 'at least 48,450 — no source named, 10 Mar 2025' });
    await mark.hover();
    const card = page.getByRole('tooltip');
    await expect(card).toContainText('at least 48,450');
    await expect(card).toContainText('unattributed');
    await expect(card).toContainText('As of 10 Mar 2025');
    await expect(card).toContainText('Iran Condemns Deadly Violence in Syria');
    await expect(card).toContainText('Staff, Agencies');
    await expect(card).toContainText('claimed the lives of at least 48,450 people');
    await expect(card.locator('mark')).toHaveText('48,450');

    await mark.click();
    await expect(page).toHaveURL(/\/claims\/\d+$/);
    await expect(page.locator('blockquote')).toContainText('at least 48,450 people');
  });

  test('focusing a point with the keyboard shows its card too', async ({ page }) => {
    await page.goto('/metrics/syria-coast-civilians-killed');
    await page.getByRole('link', { name: /^745 — Syrian Observatory/ }).focus();
    await expect(page.getByRole('tooltip')).toContainText('Syrian Observatory for Human Rights');
    await expect(page.getByRole('tooltip')).toContainText('(monitor)');
  });

  test('Tab goes from the date form straight to the marks', async ({ page }) => {
    await page.goto('/metrics/syria-coast-killed');
    const mark = page.getByRole('link', { name: /^over 1,000 — Syrian Observatory/ });
    await expect(mark).toBeVisible();
    await page.getByRole('button', { name: 'Show these dates' }).focus();
    await page.keyboard.press('Tab');
    await expect(mark).toBeFocused();
  });

  test('the heading gives the latest figure and who gave it, over the description', async ({
    page,
  }) => {
    await page.goto('/metrics/syria-coast-killed');
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toContainText('over 1,000');
    await expect(heading).toContainText('Syrian Observatory for Human Rights');
    await expect(
      page.getByText('civilians, security forces and members of armed groups'),
    ).toBeVisible();
  });

  test('the breakdown shows the partial parts fitting the whole', async ({ page }) => {
    await page.goto('/metrics/syria-coast-killed');
    const breakdown = page.getByRole('region', { name: 'Breakdown' });
    await expect(breakdown).toContainText('the parts fit the total');
    await expect(breakdown).toContainText(
      'partial breakdown: parts add up to 1,005 to under 1,020',
    );
    await expect(breakdown.getByRole('link', { name: 'Civilians killed: 745' })).toBeVisible();
  });

  test('the table lists the figures, and a bad query parameter gets a notice', async ({ page }) => {
    await page.goto('/metrics/gaza-killed?sort=sideways&page=-2');
    await expect(page.getByText('The sort order was not asc or desc')).toBeVisible();
    await expect(page.getByText('The page number was not a whole number')).toBeVisible();
    const table = page.getByRole('table');
    await expect(table.getByRole('link', { name: 'at least 48,450' })).toBeVisible();
  });

  test('a span of dates narrows the chart and the table; a bad date gets a notice', async ({
    page,
  }) => {
    await page.goto('/metrics/gaza-killed');
    await page.getByLabel('From').fill('2025-03-01');
    await page.getByLabel('to', { exact: true }).fill('2025-03-31');
    await page.getByRole('button', { name: 'Show these dates' }).click();
    await expect(page).toHaveURL(/from=2025-03-01&to=2025-03-31/);
    await expect(
      page.getByRole('link', { name: 'at least 48,450 — no source named, 10 Mar 2025' }),
    ).toBeVisible();

    await page.goto('/metrics/gaza-killed?from=2099-01-01');
    await expect(page.getByText('No figures between these dates.')).toBeVisible();
    await expect(page.locator('caption')).toContainText('0 figures');
    await page.getByRole('link', { name: 'Every date' }).click();
    await expect(page).toHaveURL(/\/metrics\/gaza-killed$/);

    await page.goto('/metrics/gaza-killed?from=2025-02-30');
    await expect(page.getByRole('status').filter({ hasText: 'The start date' })).toBeVisible();
  });

  test('an unknown metric gets the not-found page', async ({ page }) => {
    const response = await page.goto('/metrics/unknown');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
  });
});

// Page widths at 320, 375 and 1440 px, on every route, are page-width.spec.ts's.

test.describe('with a finger', () => {
  test.use({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });

  test('the first tap on a point shows its card, the second opens the claim', async ({ page }) => {
    await page.goto('/metrics/syria-coast-killed');
    const mark = page.getByRole('link', {
      name: 'over 1,000 — Syrian Observatory for Human Rights, 9 Mar 2025',
    });
    await mark.tap();
    await expect(page.getByRole('tooltip')).toContainText('over 1,000');
    await expect(page).toHaveURL(/\/metrics\/syria-coast-killed$/);
    await mark.tap();
    await expect(page).toHaveURL(/\/claims\/\d+$/);
  });
});

test.describe('citation cards', () => {
  for (const [metric, name, figure] of [
    ['syria-coast-civilians-killed', /^745 — /, '745'],
    ['syria-coast-security-forces-killed', /^125 — /, '125'],
    ['syria-coast-opposition-killed', /^nearly 150 — /, '150'],
  ] as const) {
    test(`the card for ${figure} quotes the words around it, with the number marked`, async ({
      page,
    }) => {
      await page.goto(`/metrics/${metric}`);
      await page.getByRole('link', { name }).focus();
      const card = page.getByRole('tooltip');
      await expect(card.locator('mark')).toHaveText(figure);
      // The seed's sentence is long: the card shows an excerpt, cut at whole words.
      await expect(card).toContainText('…');
    });
  }
});
