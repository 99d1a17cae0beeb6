import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { signIn, tally } from '@/tests/support/e2e-editor';

const HEADER = 'topic,metric,metric_name,value,as_of,claimant,claimant_kind,url,title,quote';

/** Stores rows as an operator would, through `tally import`, for a test to change. */
function importRows(rows: string[]): void {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'tally-sources-')), 'rows.csv');
  writeFileSync(file, `${[HEADER, ...rows].join('\n')}\n`);
  const result = tally(['import', file]);
  if (result.status !== 0) throw new Error(`import failed: ${result.stdout}${result.stderr}`);
}

test.describe('sources known by other names', () => {
  test('two sources found to be one are merged: the old slug leads to the survivor, which lists the name and the figures', async ({
    page,
  }) => {
    importRows([
      'coast-2026,coast-killed,People killed,120,2026-02-01,Coastal Health Directorate,ministry,https://example.org/chd/1,Bulletin 1,120 people were killed',
      'coast-2026,coast-killed,People killed,120,2026-02-01,Coast Health Office,ministry,https://example.org/cho/1,Update 1,120 people were killed',
      'coast-2026,coast-injured,People injured,340,2026-02-01,Coast Health Office,ministry,https://example.org/cho/1,Update 1,340 people were injured',
    ]);
    await signIn(page, '/editor/sources/coast-health-office/edit');
    await expect(
      page.getByRole('heading', { name: 'Edit the source: Coast Health Office' }),
    ).toBeVisible();

    const merge = page.getByRole('form', { name: 'Merge the sources' });
    await merge.getByRole('button', { name: 'Merge' }).click();
    await expect(merge.getByText('Choose the source this one is the same as')).toBeVisible();
    await expect(merge.getByText('Say why you are making this change')).toBeVisible();
    await expect(page).toHaveURL(/\/editor\/sources\/coast-health-office\/edit$/);

    await merge.getByLabel('The same source as').selectOption('coastal-health-directorate');
    await expect(
      merge.getByText('Merging Coast Health Office into Coastal Health Directorate:'),
    ).toBeVisible();
    await expect(merge.getByText('its 2 figures, and every figure it relayed')).toBeVisible();
    await merge
      .getByLabel('How you know they are one source')
      .fill('The directorate renamed its office');
    await merge
      .getByLabel(/Yes, Coast Health Office and Coastal Health Directorate are one source/)
      .check();
    await merge.getByRole('button', { name: 'Merge into Coastal Health Directorate' }).click();

    await expect(page).toHaveURL(/\/sources\/coastal-health-directorate$/);
    await expect(page.getByText('Also known as Coast Health Office')).toBeVisible();
    const figures = page.getByRole('table', { name: /Figures on 2 metrics/ });
    await expect(figures.getByRole('link', { name: 'People injured' })).toBeVisible();
    // The figure both had stored is one claim now, with two appearances.
    const killed = figures.getByRole('row', { name: /People killed/ });
    await expect(killed).toContainText('120');
    await expect(killed.getByRole('cell').last()).toHaveText('1 claim');
    await expect(
      page.getByText('Coast Health Office (coast-health-office), merged into this source'),
    ).toBeVisible();

    await page.goto('/sources/coast-health-office');
    await expect(page).toHaveURL(/\/sources\/coastal-health-directorate$/);
    const api = await page.request.get('/api/sources/coast-health-office');
    expect((await api.json()).source.merged_into).toBe('coastal-health-directorate');
  });

  test('a name added to a source files an imported figure that uses it under that source', async ({
    page,
  }) => {
    importRows([
      'north-2026,north-displaced,People displaced,5000,2026-01-10,Northern Relief Agency,ngo,https://example.org/nra/1,Report 1,5000 people were displaced',
    ]);
    await signIn(page, '/editor/sources/northern-relief-agency/edit');
    const alias = page.getByRole('form', { name: 'Add another name' });
    await alias.getByLabel('Another name').fill('NRA');
    await alias.getByLabel('Why it is this source').fill('Its acronym, used by wire services');
    await alias.getByRole('button', { name: 'Add the name' }).click();
    await expect(page).toHaveURL(/\/sources\/northern-relief-agency$/);
    await expect(page.getByText('Also known as NRA')).toBeVisible();

    await page.goto('/editor/import');
    await page.getByLabel('CSV or JSON file').setInputFiles({
      name: 'wire.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'metric,value,as_of,claimant,url,title,quote\n' +
          'north-displaced,6200,2026-01-20,nra,https://example.org/wire/nra,Wire story,NRA says 6200 people were displaced\n',
      ),
    });
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByRole('button', { name: 'Import' }).click();
    await expect(page.getByRole('status')).toContainText('1 inserted');

    await page.goto('/sources/northern-relief-agency');
    const figures = page.getByRole('table', { name: /Figures on 1 metric/ });
    const displaced = figures.getByRole('row', { name: /People displaced/ });
    await expect(displaced).toContainText('6,200');
    await expect(displaced.getByRole('cell').last()).toHaveText('2 claims');
    // No source was created for the name: it is no source's slug.
    expect((await page.request.get('/api/sources/nra')).status()).toBe(404);
  });
});
