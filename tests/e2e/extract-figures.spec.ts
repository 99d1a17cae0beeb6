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

test.describe('reading a long or hostile paste', () => {
  const TOPIC = 'Violence on the Syrian coast, March 2025';
  const TOO_LONG = 'This text took too long to read; paste a shorter part.';

  test('the page answers while a megabyte of figures is read, then says what it found', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await signIn(page, '/editor/extract');
    await page.getByLabel('Topic of the figures').selectOption({ label: TOPIC });
    // One sentence of ninety thousand figures: read on the page, it would hold it for seconds.
    await page.getByLabel('Text of the article').fill('12 killed, '.repeat(90_000));
    // A beat every 50 ms on the page's main thread: a gap is a time the page could not answer.
    await page.evaluate(() => {
      const beats: number[] = [];
      Object.assign(window, { beats });
      setInterval(() => beats.push(performance.now()), 50);
    });
    await page.getByRole('button', { name: 'Find figures' }).click();
    await expect(page.getByRole('button', { name: 'Reading the text…' })).toBeDisabled();
    // The other fields stay usable meanwhile.
    await page.getByLabel('Title', { exact: true }).fill('A very long bulletin');
    await expect(page.getByRole('status')).toHaveText(
      new RegExp(`${TOO_LONG}|more than the 300 that can be checked at once`),
      { timeout: 30_000 },
    );
    const longest = await page.evaluate(() => {
      const { beats } = window as unknown as { beats: number[] };
      return Math.max(...beats.slice(1).map((beat, i) => beat - (beats[i] ?? beat)));
    });
    expect(longest).toBeLessThan(2_000);
    await expect(page.getByRole('button', { name: 'Find figures' })).toBeEnabled();
  });

  test('a reading past the time limit is ended with a message, and the page reads again', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await signIn(page, '/editor/extract');
    await page.getByLabel('Topic of the figures').selectOption({ label: TOPIC });
    // A worker whose script never arrives never answers: the page must end it by itself.
    const stalled = /turbopack-worker|worker/i;
    await page.route(stalled, () => {});
    await page.getByLabel('Text of the article').fill('The ministry said 45 people were killed.');
    await page.getByRole('button', { name: 'Find figures' }).click();
    await expect(page.getByRole('status')).toHaveText(TOO_LONG, { timeout: 15_000 });
    await expect(page.getByRole('checkbox', { name: /^Save draft/ })).toHaveCount(0);

    await page.unroute(stalled);
    await page.getByRole('button', { name: 'Find figures' }).click();
    await expect(page.getByRole('checkbox', { name: /^Save draft/ })).toHaveCount(1);
    await expect(page.getByLabel('Value of draft 1', { exact: true })).toHaveValue('45');
  });
});
