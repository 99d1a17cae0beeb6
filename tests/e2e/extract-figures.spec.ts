import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { signIn } from '@/tests/support/e2e-editor';

const SEED = readFileSync(
  path.resolve(import.meta.dirname, '../fixtures/extract/seed-article.txt'),
  'utf8',
);

test.describe('extracting figures from a text', () => {
  test('the seed article gives five drafts; two saved to a new metric show on its page', async ({
    page,
  }) => {
    // A metric and a document of its own, so that no other spec's figures change.
    const stamp = Date.now();
    const metricName = `Extract test ${stamp}`;
    await signIn(page, '/editor/extract');
    await page
      .getByLabel('Topic of the figures')
      .selectOption({ label: 'Violence on the Syrian coast, March 2025' });
    await page.getByLabel('Text of the article').fill(SEED);
    await page.getByLabel('Document link').fill(`https://example.org/extract/${stamp}`);
    await page.getByLabel('Title', { exact: true }).fill('Iran Condemns Deadly Violence in Syria');
    await page.getByLabel('Published on').fill('2025-03-10');
    await page.getByRole('button', { name: 'Find figures' }).click();

    const saveBoxes = page.getByRole('checkbox', { name: /^Save draft \d+$/ });
    await expect(saveBoxes).toHaveCount(5);
    await expect(page.getByLabel('Value of draft 1', { exact: true })).toHaveValue('1000');
    await expect(page.getByLabel('Qualifier of draft 1', { exact: true })).toHaveValue('more_than');
    await expect(page.getByLabel('Claimant of draft 1', { exact: true })).toHaveValue(
      'Syrian Observatory for Human Rights',
    );
    await expect(page.getByLabel('As of for draft 1', { exact: true })).toHaveValue('2025-03-09');
    await expect(page.getByLabel('Claimant of draft 5', { exact: true })).toHaveValue('');
    await expect(page.locator('mark').first()).toHaveText('1,000');

    for (const n of [3, 4, 5]) await page.getByLabel(`Save draft ${n}`, { exact: true }).uncheck();
    for (const n of [1, 2]) {
      await page
        .getByLabel(`Metric for draft ${n}`, { exact: true })
        .selectOption({ label: 'A new metric…' });
      await page
        .getByLabel(`Name of the new metric for draft ${n}`, { exact: true })
        .fill(metricName);
    }
    await page.getByRole('button', { name: 'Save the ticked drafts' }).click();
    await expect(page.getByRole('status')).toContainText('Saved 2 drafts');

    await page.getByRole('link', { name: `extract-test-${stamp}` }).click();
    await expect(page).toHaveURL(new RegExp(`/metrics/extract-test-${stamp}$`));
    const table = page.getByRole('table');
    await expect(table.getByRole('link', { name: 'over 1,000' })).toBeVisible();
    await expect(table.getByRole('link', { name: '745', exact: true })).toBeVisible();
    await expect(table).toContainText('Syrian Observatory for Human Rights');
  });

  test('a text in another language gives no drafts and says so', async ({ page }) => {
    await signIn(page, '/editor/extract');
    await page
      .getByLabel('Topic of the figures')
      .selectOption({ label: 'Violence on the Syrian coast, March 2025' });
    await page
      .getByLabel('Text of the article')
      .fill('Au moins 45 personnes ont été tuées dimanche, selon le ministère de la Santé.');
    await page.getByRole('button', { name: 'Find figures' }).click();
    await expect(page.getByRole('status')).toHaveText('No figures were found in English text.');
    await expect(page.getByRole('checkbox', { name: /^Save draft/ })).toHaveCount(0);
  });
});

test.describe('extracting on a phone', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test('the drafts of a pasted article fit the screen', async ({ page }) => {
    await signIn(page, '/editor/extract');
    await page
      .getByLabel('Topic of the figures')
      .selectOption({ label: 'Violence on the Syrian coast, March 2025' });
    await page.getByLabel('Text of the article').fill(SEED);
    await page.getByRole('button', { name: 'Find figures' }).click();
    await expect(page.getByLabel('Value of draft 1', { exact: true })).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
