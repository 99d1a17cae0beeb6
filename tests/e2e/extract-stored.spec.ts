import { type Page, expect, test } from '@playwright/test';
import { signIn } from '@/tests/support/e2e-editor';

// A wire report of its own that repeats one of the seed's figures: the monitor's 745 civilians
// in two days, stated on Sunday 9 March 2025 (the report is from Monday the 10th).
const WIRE =
  "Fighting on Syria's Mediterranean coast has killed 745 civilians in just two days, the Syrian Observatory for Human Rights said on Sunday.";
// A report whose figures belong to no stored topic.
const SUDAN =
  "Paramilitary fighters killed more than 300 people in an assault on the Zamzam camp near El Fasher, Sudan's health ministry said on Sunday. At least 25 paramedics were among the dead.";

/** Chooses the topic, pastes the text, names the document and finds its figures. */
async function findFigures(page: Page, topic: string, text: string, url: string) {
  await page.getByLabel('Topic of the figures').selectOption({ label: topic });
  await page.getByLabel('Text of the article').fill(text);
  await page.getByLabel('Document link').fill(url);
  await page.getByLabel('Title', { exact: true }).fill(`Wire report ${url.split('/').pop()}`);
  await page.getByLabel('Published on').fill('2025-03-10');
  await page.getByRole('button', { name: 'Find figures' }).click();
}

/** The id of the seed's claim of 745 civilians killed, read through the public API. */
async function seedCiviliansClaim(page: Page): Promise<number> {
  const response = await page.request.get(
    '/api/metrics/syria-coast-civilians-killed/claims?from=2025-03-09&to=2025-03-09&claimant=sohr',
  );
  const { claims } = (await response.json()) as { claims: { id: number; value: number }[] };
  const claim = claims.find((c) => c.value === 745);
  if (!claim) throw new Error('the seed has no claim of 745 civilians');
  return claim.id;
}

test.describe('extracting figures that are already stored', () => {
  test('a stored figure is named before saving, and saving adds this document to it', async ({
    page,
  }) => {
    const url = `https://example.org/extract-stored/${Date.now()}`;
    await signIn(page, '/editor/extract');
    const id = await seedCiviliansClaim(page);
    await findFigures(page, 'Violence on the Syrian coast, March 2025', WIRE, url);

    await expect(page.getByLabel('Metric for draft 1', { exact: true })).toHaveValue(
      'syria-coast-civilians-killed',
    );
    await expect(page.getByLabel('Save draft 1', { exact: true })).toBeChecked();
    const note = page.getByText(`Already stored as claim #${id} from`);
    await expect(note).toContainText('Iran Condemns Deadly Violence in Syria');
    await expect(note).toContainText('this document will be added as another appearance');
    await expect(note.getByRole('link', { name: `claim #${id}` })).toHaveAttribute(
      'href',
      `/claims/${id}`,
    );

    await page.getByRole('button', { name: 'Save the ticked drafts' }).click();
    const saved = page.getByRole('status');
    await expect(saved).toContainText('Saved 1 draft');
    await expect(saved).toContainText(`1 draft added as another appearance of a stored claim`);
    await expect(saved.getByRole('link', { name: `claim #${id}` })).toBeVisible();

    const { claim } = (await (await page.request.get(`/api/claims/${id}`)).json()) as {
      claim: { appearances: { url: string | null; first: boolean }[] };
    };
    expect(claim.appearances).toContainEqual(expect.objectContaining({ url, first: false }));
    await page.goto(`/claims/${id}`);
    const appearances = page.getByRole('region', { name: /^Appeared in \d+ documents$/ });
    await expect(appearances.locator(`a[href="${url}"]`)).toBeVisible();
    await page.goto('/editor/extract');

    // The same text from the same document again: nothing to add.
    await findFigures(page, 'Violence on the Syrian coast, March 2025', WIRE, url);
    await expect(page.getByText(`Already stored as claim #${id} from this document`)).toContainText(
      'saving adds nothing',
    );
  });
});

test.describe('filing drafts under the chosen topic', () => {
  test('metrics are offered and suggested from the chosen topic only', async ({ page }) => {
    const stamp = Date.now();
    await signIn(page, '/editor/extract');
    await findFigures(page, 'Gaza war', SUDAN, `https://example.org/sudan/${stamp}`);
    const metric = page.getByLabel('Metric for draft 1', { exact: true });
    await expect(metric.locator('option[value="gaza-killed"]')).toBeAttached();
    await expect(metric.locator('option[value^="syria-coast"]')).toHaveCount(0);
    // No metric of Gaza counts paramedics: that draft waits, unticked, for the editor.
    await expect(page.getByLabel('Metric for draft 2', { exact: true })).toHaveValue('');
    await expect(page.getByLabel('Save draft 2', { exact: true })).not.toBeChecked();

    // A new topic has no metrics: nothing is filed in advance.
    await page.getByLabel('Topic of the figures').selectOption({ label: 'A new topic…' });
    await page.getByLabel('Slug of the new topic').fill(`sudan-war-${stamp}`);
    for (const n of [1, 2]) {
      await expect(page.getByLabel(`Metric for draft ${n}`, { exact: true })).toHaveValue('');
      await expect(page.getByLabel(`Save draft ${n}`, { exact: true })).not.toBeChecked();
    }
    await expect(metric.locator('option')).toHaveText(['Choose a metric…', 'A new metric…']);

    await metric.selectOption({ label: 'A new metric…' });
    await expect(page.getByLabel('Save draft 1', { exact: true })).toBeChecked();
    await page
      .getByLabel('Name of the new metric for draft 1', { exact: true })
      .fill(`Killed at Zamzam ${stamp}`);
    await page.getByRole('button', { name: 'Save the ticked drafts' }).click();
    await expect(page.getByRole('status')).toContainText('1 draft added as a new claim');

    const created = await page.request.get(`/api/metrics/killed-at-zamzam-${stamp}`);
    expect((await created.json()) as unknown).toMatchObject({
      metric: { topic: `sudan-war-${stamp}` },
    });
  });

  test('figures are not read before a topic is chosen', async ({ page }) => {
    await signIn(page, '/editor/extract');
    await page.getByLabel('Text of the article').fill(SUDAN);
    await page.getByRole('button', { name: 'Find figures' }).click();
    await expect(page.getByLabel('Topic of the figures')).toBeFocused();
    await expect(page.getByText('Choose the topic first')).toBeInViewport();
    await expect(page.getByRole('checkbox', { name: /^Save draft/ })).toHaveCount(0);
  });
});
