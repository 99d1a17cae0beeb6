import { type Page, expect, test } from '@playwright/test';
import { countClaims, signIn } from '@/tests/support/e2e-editor';

const METRIC = 'gaza-killed';

/** Fills the new-figure form with a valid figure from a new source, as an editor would. */
async function fillValidFigure(page: Page, value: string, day: string) {
  await page.getByLabel('Claimant', { exact: true }).selectOption({ label: 'A new source…' });
  await page.getByLabel('Name of the new source').fill('Gaza Ministry of Health');
  await page.getByLabel('Kind of source').selectOption('ministry');
  await page.getByLabel('Attribution').selectOption('direct');
  await page.getByLabel('Value', { exact: true }).fill(value);
  await page.getByLabel('As of').fill(day);
  await page.getByLabel('Document link').fill(`https://example.org/moh/${day}`);
  await page.getByLabel('Title', { exact: true }).fill(`Daily report, ${day}`);
  await page.getByLabel('Quote').fill(`The death toll has risen to ${value}.`);
}

test.describe('entering figures', () => {
  test('a new figure shows on the chart, in the table and in the API', async ({ page }) => {
    await signIn(page, `/editor/claims/new?metric=${METRIC}`);
    await expect(page.getByLabel('Metric', { exact: true })).toHaveValue(METRIC);
    await fillValidFigure(page, '48,503', '2025-03-12');
    await page.getByRole('button', { name: 'Save the figure' }).click();
    await expect(page).toHaveURL(/\/claims\/\d+$/);
    await expect(page.locator('blockquote')).toContainText('risen to 48,503');

    await page.goto(`/metrics/${METRIC}`);
    await expect(
      page.getByRole('link', { name: '48,503 — Gaza Ministry of Health, 12 Mar 2025' }),
    ).toBeAttached();
    await expect(page.getByRole('table').getByRole('link', { name: '48,503' })).toBeVisible();
    const api = await page.request.get(
      `/api/metrics/${METRIC}/claims?from=2025-03-12&to=2025-03-12`,
    );
    const body = await api.json();
    expect(body.claims).toEqual([
      expect.objectContaining({
        value: 48503,
        claimant: 'Gaza Ministry of Health',
        attribution: 'direct',
      }),
    ]);
  });

  test('a figure whose quote lacks the number needs the warning confirmed', async ({ page }) => {
    await signIn(page, `/editor/claims/new?metric=${METRIC}`);
    const before = await countClaims(page, METRIC);
    await fillValidFigure(page, '48,520', '2025-03-13');
    await page.getByLabel('Quote').fill('The toll rose again today.');
    await page.getByRole('button', { name: 'Save the figure' }).click();
    const warning = page.locator('.warnings');
    await expect(warning).toContainText('Check before saving');
    await expect(warning).toContainText('48,520');
    expect(await countClaims(page, METRIC)).toBe(before);

    await page.getByLabel('I have checked these warnings; save anyway').check();
    await page.getByRole('button', { name: 'Save the figure' }).click();
    await expect(page).toHaveURL(/\/claims\/\d+$/);
    expect(await countClaims(page, METRIC)).toBe(before + 1);
  });

  test('a figure already stored is said so before saving, and saving adds its document as an appearance', async ({
    page,
  }) => {
    await signIn(page, `/editor/claims/new?metric=${METRIC}`);
    await fillValidFigure(page, '48,540', '2025-03-14');
    await page.getByRole('button', { name: 'Save the figure' }).click();
    await expect(page).toHaveURL(/\/claims\/\d+$/);
    const claimId = Number(new URL(page.url()).pathname.split('/').pop());
    const before = await countClaims(page, METRIC);

    // The same figure, as a wire story relayed it.
    await page.goto(`/editor/claims/new?metric=${METRIC}`);
    await fillValidFigure(page, '48,540', '2025-03-14');
    await page.getByLabel('Document link').fill('https://wire.example.org/gaza-toll');
    await page.getByLabel('Title', { exact: true }).fill('Gaza toll passes 48,500');
    await page.getByRole('button', { name: 'Save the figure' }).click();
    await expect(page.locator('.warnings')).toContainText(
      `Already stored as claim #${claimId} from Daily report, 2025-03-14; this document will be added as another appearance.`,
    );
    await page.getByLabel('I have checked these warnings; save anyway').check();
    await page.getByRole('button', { name: 'Save the figure' }).click();
    await expect(page).toHaveURL(new RegExp(`/claims/${claimId}$`));
    expect(await countClaims(page, METRIC)).toBe(before);
    const claim = (await (await page.request.get(`/api/claims/${claimId}`)).json()).claim;
    expect(claim.appearances.map((a: { title: string }) => a.title)).toEqual([
      'Daily report, 2025-03-14',
      'Gaza toll passes 48,500',
    ]);

    // And once more from the wire story: nothing to add.
    await page.goto(`/editor/claims/new?metric=${METRIC}`);
    await fillValidFigure(page, '48,540', '2025-03-14');
    await page.getByLabel('Document link').fill('https://wire.example.org/gaza-toll');
    await page.getByRole('button', { name: 'Save the figure' }).click();
    await expect(page.locator('.warnings')).toContainText(
      `Already stored as claim #${claimId} from this document`,
    );
  });

  const badInputs: {
    name: string;
    change: (page: Page) => Promise<void>;
    field: string;
    kept?: [string, string];
  }[] = [
    {
      name: 'an empty value',
      change: (p) => p.getByLabel('Value', { exact: true }).fill(''),
      field: 'value',
    },
    {
      name: '-5',
      change: (p) => p.getByLabel('Value', { exact: true }).fill('-5'),
      field: 'value',
      kept: ['Value', '-5'],
    },
    {
      name: '12abc',
      change: (p) => p.getByLabel('Value', { exact: true }).fill('12abc'),
      field: 'value',
      kept: ['Value', '12abc'],
    },
    {
      name: '1,5',
      change: (p) => p.getByLabel('Value', { exact: true }).fill('1,5'),
      field: 'value',
      kept: ['Value', '1,5'],
    },
    {
      name: 'the date 2025-02-30',
      change: (p) => p.getByLabel('As of').fill('2025-02-30'),
      field: 'as_of',
      kept: ['As of', '2025-02-30'],
    },
    {
      name: 'a range with low above high',
      change: async (p) => {
        await p.getByLabel('Qualifier').selectOption('range');
        await p.getByLabel('Value', { exact: true }).fill('500');
        await p.getByLabel('Low end').fill('500');
        await p.getByLabel('High end').fill('400');
      },
      field: 'low',
    },
    {
      name: 'a javascript: URL',
      change: (p) => p.getByLabel('Document link').fill('javascript:alert(1)'),
      field: 'url',
      kept: ['Document link', 'javascript:alert(1)'],
    },
    {
      name: 'a quote over 5,000 characters',
      change: (p) => p.getByLabel('Quote').fill('4'.repeat(5001)),
      field: 'quote',
    },
    {
      name: 'an unknown metric without a name',
      change: async (p) => {
        await p.getByLabel('Metric', { exact: true }).selectOption({ label: 'A new metric…' });
        await p.getByLabel('Slug', { exact: true }).fill('made-up-metric');
      },
      field: 'metric',
    },
    {
      name: 'a reported claim without a claimant',
      change: async (p) => {
        await p
          .getByLabel('Claimant', { exact: true })
          .selectOption({ label: 'No source named (unattributed)' });
        await p.getByLabel('Attribution').selectOption('reported');
      },
      field: 'claimant',
    },
    {
      name: 'no document at all',
      change: async (p) => {
        await p.getByLabel('Document link').fill('');
        await p.getByLabel('Title', { exact: true }).fill('');
      },
      field: 'url',
    },
  ];

  for (const bad of badInputs) {
    test(`the form rejects ${bad.name}, naming the field and writing nothing`, async ({ page }) => {
      await signIn(page, `/editor/claims/new?metric=${METRIC}`);
      const before = await countClaims(page, METRIC);
      await fillValidFigure(page, '48,600', '2025-03-20');
      await bad.change(page);
      await page.getByRole('button', { name: 'Save the figure' }).click();
      await expect(page.locator(`#field-${bad.field}-error`)).toBeVisible();
      await expect(page.locator(`#field-${bad.field}`)).toHaveAttribute('aria-invalid', 'true');
      if (bad.kept) await expect(page.getByLabel(bad.kept[0])).toHaveValue(bad.kept[1]);
      await expect(page.getByLabel('Title', { exact: true })).toHaveValue(
        bad.name === 'no document at all' ? '' : 'Daily report, 2025-03-20',
      );
      expect(await countClaims(page, METRIC)).toBe(before);
    });
  }

  test('a quote holding <script> is stored and shown as text', async ({ page }) => {
    await signIn(page, `/editor/claims/new?metric=${METRIC}`);
    await fillValidFigure(page, '48,700', '2025-03-21');
    await page.getByLabel('Quote').fill('<script>window.hacked = 1</script> The toll is 48,700.');
    await page.getByRole('button', { name: 'Save the figure' }).click();
    await expect(page.locator('blockquote')).toContainText('<script>window.hacked = 1</script>');
    expect(
      await page.evaluate(() => (window as unknown as { hacked?: number }).hacked),
    ).toBeUndefined();
  });
});

test.describe('editing on a phone', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  for (const path of ['/editor/claims/new?metric=gaza-killed', '/editor/claims/1/edit']) {
    test(`${path} does not scroll sideways at 375 px`, async ({ page }) => {
      await signIn(page, path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});
