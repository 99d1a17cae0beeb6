import { expect, test } from '@playwright/test';
import { tally } from '@/tests/support/e2e-editor';

test.beforeAll(() => {
  // Real data: one claimant's cumulative count of women killed falls between two reports.
  const result = tally(['import', 'tests/fixtures/import/gaza-first90.csv']);
  expect(result.status, result.stderr).toBe(0);
});

test('a real fall in a running total is flagged on the chart, in the table and on the claim', async ({
  page,
}) => {
  await page.goto('/metrics/gaza-killed-women?sort=asc');
  const table = page.getByRole('table').first();
  const flagged = table.getByRole('row').filter({ hasText: 'Running total fell' });
  await expect(flagged).toHaveCount(2);
  await expect(flagged.first()).toContainText('19 Oct 2023');
  await expect(flagged.last()).toContainText('21 Oct 2023');

  await flagged.last().getByRole('link', { name: '967' }).click();
  const checks = page.getByRole('region', { name: 'Consistency checks' });
  await expect(checks).toContainText('Running total fell');
  await expect(checks).toContainText('1,000');
});

test('children plus women never exceeding all killed raises no parts flag', async ({ page }) => {
  await page.goto('/metrics/gaza-killed');
  const breakdown = page.getByRole('region', { name: 'Breakdown' });
  // Said first, so that a page without its breakdown cannot pass the checks below.
  await expect(breakdown).toContainText('the parts fit the total');
  await expect(page.getByText('Parts exceed the whole')).toHaveCount(0);
  await expect(breakdown).not.toContainText('exceed the total');
});

test('the check command reports the fall and exits 1', () => {
  const result = tally(['check', '--json']);
  expect(result.status).toBe(1);
  const { flags } = JSON.parse(result.stdout) as {
    flags: { check: string; metric: string; dates: string[] }[];
  };
  expect(flags).toContainEqual(
    expect.objectContaining({
      check: 'cumulative_fall',
      metric: 'gaza-killed-women',
      dates: ['2023-10-19', '2023-10-21'],
    }),
  );
});
