import { type Page, expect, test } from '@playwright/test';
import { EDITOR, ensureEditor, signIn, tally } from '@/tests/support/e2e-editor';
import { openE2eDatabase } from '@/tests/support/e2e-database';

let token = '';

test.beforeAll(() => {
  ensureEditor();
  token = tally(['editor', 'token', EDITOR.email]).stdout.trim();
});

/** A figure of its own on a metric and document of its own, so that editing them changes nothing other specs read. */
async function newFigure(page: Page, n: number): Promise<{ claimId: number; metric: string }> {
  const metric = `e2e-record-edit-${n}`;
  const response = await page.request.post('/api/claims', {
    headers: { authorization: `Bearer ${token}` },
    data: {
      topic: 'e2e-record-edits',
      metric,
      metric_name: `Displaced people (edit test ${n})`,
      value: '1200',
      as_of: '2025-04-02',
      claimant: 'sohr',
      url: `https://example.org/e2e-record-edits/${n}`,
      title: `Displacement bulletin ${n}`,
      quote: 'Some 1,200 people were displaced.',
    },
  });
  expect(response.status()).toBe(201);
  return { claimId: (await response.json()).claim.id as number, metric };
}

async function documentIdOf(claimId: number): Promise<number> {
  const db = openE2eDatabase();
  try {
    const { rows } = await db.execute({
      sql: 'SELECT document_id FROM claims WHERE id = ?',
      args: [claimId],
    });
    return Number(rows[0]?.document_id);
  } finally {
    db.close();
  }
}

test.describe('editing metrics and documents', () => {
  test('a metric renamed with a threshold and a reason shows both on its page and in its history', async ({
    page,
  }) => {
    const { metric } = await newFigure(page, 1);
    await signIn(page, `/editor/metrics/${metric}/edit`);
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue(
      'Displaced people (edit test 1)',
    );
    await page.getByLabel('Name', { exact: true }).fill('People displaced (edit test 1)');
    await page.getByLabel('Divergence threshold (%)').fill('12.5');
    await page.getByLabel('Reason for the change').fill('The ministry renamed its series');
    await page.getByRole('button', { name: 'Save the change' }).click();

    await expect(page).toHaveURL(new RegExp(`/metrics/${metric}$`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      'People displaced (edit test 1)',
    );
    const history = page.getByRole('region', { name: 'History of this metric' });
    await history.getByText('1 change since it was created').click();
    await expect(history).toContainText(
      'Name changed from Displaced people (edit test 1) to People displaced (edit test 1)',
    );
    await expect(history).toContainText(
      'Divergence threshold changed from the default (10%) to 12.5%',
    );
    await expect(history).toContainText('Reason: The ministry renamed its series');

    await history.getByRole('link', { name: 'Edit metric' }).click();
    await expect(page.getByLabel('Divergence threshold (%)')).toHaveValue('12.5');
  });

  test('a metric edit without a reason names the reason field, keeps what was typed and changes nothing', async ({
    page,
  }) => {
    const { metric } = await newFigure(page, 2);
    await signIn(page, `/editor/metrics/${metric}/edit`);
    await page.getByLabel('Name', { exact: true }).fill('Renamed without a reason');
    await page.getByLabel('Divergence threshold (%)').fill('0');
    await page.getByRole('button', { name: 'Save the change' }).click();

    await expect(page.locator('.form-error')).toContainText('Nothing was saved');
    await expect(page.locator('#field-reason-error')).toHaveText(
      'Say why you are making this change',
    );
    await expect(page.getByLabel('Reason for the change')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#field-divergence_threshold-error')).toContainText(
      'divergence threshold as a percentage above 0',
    );
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Renamed without a reason');

    await page.goto(`/metrics/${metric}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      'Displaced people (edit test 2)',
    );
    await expect(page.getByRole('region', { name: 'History of this metric' })).toContainText(
      'No changes since it was created',
    );
  });

  test("a document's title corrected with a reason shows on its claim and in its history", async ({
    page,
  }) => {
    const { claimId } = await newFigure(page, 3);
    const documentId = await documentIdOf(claimId);
    await signIn(page, `/editor/documents/${documentId}/edit?claim=${claimId}`);
    await expect(page.getByLabel('Title')).toHaveValue('Displacement bulletin 3');
    await page.getByLabel('Title').fill('Displacement bulletin no. 3');
    await page.getByLabel('Retrieved on').fill('2025-04-03');
    await page.getByLabel('Reason for the change').fill('The bulletin is numbered');
    await page.getByRole('button', { name: 'Save the change' }).click();

    await expect(page).toHaveURL(new RegExp(`/claims/${claimId}$`));
    await expect(page.getByText('Displacement bulletin no. 3').first()).toBeVisible();

    await page.goto(`/editor/documents/${documentId}/edit?claim=${claimId}`);
    const history = page.getByRole('region', { name: 'History of this document' });
    await history.getByText('1 change since it was created').click();
    await expect(history).toContainText(
      'Title changed from Displacement bulletin 3 to Displacement bulletin no. 3',
    );
    await expect(history).toContainText('Retrieved set to 3 Apr 2025');
    await expect(history).toContainText('Reason: The bulletin is numbered');
  });
});
