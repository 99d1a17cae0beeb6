import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createClient } from '@libsql/client';
import { expect, test } from '@playwright/test';
import { type Instance, startInstance } from '@/tests/support/app-instances';
import { EDITOR, ensureEditor, tally } from '@/tests/support/e2e-editor';

// The seed's 125 security forces killed, as a wire story relayed it a day after the seed article:
// the same claim (claimant, metric, figure, day), seen in a second document.
const WIRE_STORY = {
  metric: 'syria-coast-security-forces-killed',
  value: '125',
  as_of: '2025-03-09',
  // "in just two days": the seed's period, part of what makes it the same claim.
  period_start: '2025-03-08',
  period_end: '2025-03-09',
  claimant: 'Syrian Observatory for Human Rights',
  url: 'https://example.org/e2e/appearances/wire-story',
  title: 'Monitor: 125 members of the security forces killed on the coast',
  publisher: 'Example Wire',
  published_on: '2025-03-11',
  quote: 'The monitor said 125 members of the security forces had been killed.',
};

test('a figure found in a second document is one claim, listed with both documents', async ({
  page,
}) => {
  ensureEditor();
  const token = tally(['editor', 'token', EDITOR.email]).stdout.trim();
  const response = await page.request.post('/api/claims', {
    data: WIRE_STORY,
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.status()).toBe(200);
  const { claim, appearance_added } = (await response.json()) as {
    claim: { id: number };
    appearance_added: boolean;
  };
  expect(appearance_added).toBe(true);

  await page.goto(`/claims/${claim.id}`);
  const appearances = page.getByRole('region', { name: 'Appeared in 2 documents' });
  const first = appearances.getByRole('listitem').first();
  const second = appearances.getByRole('listitem').nth(1);
  await expect(appearances.getByRole('listitem')).toHaveCount(2);
  // The seed article was published first, so it stays the claim's first appearance.
  await expect(first).toContainText('first appearance');
  await expect(first).toContainText('Iran Condemns Deadly Violence');
  await expect(second).not.toContainText('first appearance');
  await expect(second).toContainText(
    'Syrian Observatory for Human Rights (UK-based monitor) said on 9 Mar 2025',
  );
  await expect(second).toContainText("as reported in 'Monitor: 125 members");
  await expect(second).toContainText('Example Wire, 11 Mar 2025');
  await expect(second.locator('mark')).toHaveText('125');
  await expect(second.getByRole('link', { name: 'Link' })).toHaveAttribute('href', WIRE_STORY.url);
  await expect(page.getByRole('region', { name: 'History', exact: true })).toContainText(
    'Found in another document',
  );

  await page.goto('/metrics/syria-coast-security-forces-killed');
  // Still one mark for the claim, and its card says where else it appeared.
  await expect(page.getByRole('link', { name: /^125 — / })).toHaveCount(1);
  await page.getByRole('link', { name: /^125 — / }).focus();
  await expect(page.getByRole('tooltip')).toContainText(
    'Appeared in 2 documents, first in Iran Condemns Deadly Violence',
  );
  await expect(page.getByRole('table').first()).toContainText('+1 document');
});

test.describe('a claim merged into another', () => {
  // A database written before appearances existed, with every figure imported twice; starting on it
  // migrates it and merges each exact duplicate into the oldest (tests/fixtures/README.md).
  const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/migration/pre-appearances.db.gz');
  let app: Instance | undefined;
  let merged = { id: 0, into: 0 };

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    const dir = mkdtempSync(path.join(tmpdir(), 'tally-merged-'));
    const file = path.join(dir, 'merged.db');
    writeFileSync(file, gunzipSync(readFileSync(FIXTURE)));
    app = await startInstance('merged', { DATABASE_URL: `file:${file}` }, dir);
    const db = createClient({ url: `file:${file}` });
    try {
      const { rows } = await db.execute(
        "SELECT id, merged_into FROM claims WHERE status = 'merged' ORDER BY id LIMIT 1",
      );
      merged = { id: Number(rows[0]?.id), into: Number(rows[0]?.merged_into) };
    } finally {
      db.close();
    }
  });

  test.afterAll(async () => {
    await app?.stop();
  });

  test('its address leads to the claim it lives on in, which lists both documents', async ({
    page,
  }) => {
    expect(merged.into).toBeGreaterThan(0);
    const url = app?.url ?? '';
    await page.goto(`${url}/claims/${merged.id}`);
    await expect(page).toHaveURL(`${url}/claims/${merged.into}`);
    await expect(
      page.getByText(`Claim #${merged.id} was this same figure stored again`),
    ).toBeVisible();
    await expect(page.getByRole('region', { name: /^Appeared in \d+ documents$/ })).toBeVisible();
  });
});
