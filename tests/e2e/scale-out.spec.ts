// Scaling out: instances A (on a sqld primary), B (on a sqld read replica) and C (an embedded
// replica of the primary) serve the same figures; what is written through one is read on another.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Page, expect, test } from '@playwright/test';
import { EDITOR } from '@/tests/support/e2e-editor';
import {
  type DatabaseEnv,
  type Instance,
  startInstance,
  tallyOn,
} from '@/tests/support/app-instances';
import { type TestServer, startTestPrimary, startTestReplica } from '@/tests/support/sqld-servers';

test.describe.configure({ mode: 'serial' });

const dir = mkdtempSync(path.join(tmpdir(), 'tally-scale-out-'));
const servers: TestServer[] = [];
const instances: Instance[] = [];
let onPrimary: DatabaseEnv;
let a: Instance;
let b: Instance;
let c: Instance;
let token: string;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const primary = await startTestPrimary(dir);
  servers.push(primary);
  const replica = await startTestReplica(primary, dir);
  servers.push(replica);

  onPrimary = { DATABASE_URL: primary.url };
  // A first, alone: it migrates and seeds the primary; B and C find the data and seed nothing.
  a = await startInstance('a', onPrimary, dir);
  instances.push(a);
  [b, c] = await Promise.all([
    startInstance('b', { DATABASE_URL: replica.url }, dir),
    startInstance(
      'c',
      {
        DATABASE_URL: `file:${path.join(dir, 'c', 'replica.db')}`,
        DATABASE_SYNC_URL: primary.url,
        DATABASE_SYNC_INTERVAL: '1',
      },
      dir,
    ),
  ]);
  instances.push(b, c);

  const added = tallyOn(onPrimary, ['editor', 'add', EDITOR.email], `${EDITOR.password}\n`);
  expect(added.status, added.stderr).toBe(0);
  const issued = tallyOn(onPrimary, ['editor', 'token', EDITOR.email]);
  expect(issued.status, issued.stderr).toBe(0);
  token = issued.stdout.trim();
});

test.afterAll(async () => {
  test.setTimeout(60_000);
  await Promise.all(instances.map((instance) => instance.stop()));
  for (const server of servers.reverse()) await server.stop();
});

/** POSTs one figure to an instance's API with the editor's token. */
async function postFigure(page: Page, instance: Instance, value: number, asOf: string) {
  const response = await page.request.post(`${instance.url}/api/claims`, {
    headers: { Authorization: `Bearer ${token}` },
    data: {
      metric: 'gaza-killed',
      value: String(value),
      as_of: asOf,
      attribution: 'unattributed',
      title: `Scale-out report ${asOf}`,
      quote: `The toll reached ${value}.`,
    },
  });
  expect(response.status(), await response.text()).toBe(201);
}

/** The metric page's table link for a figure, e.g. "61,234". */
const figureLink = (page: Page, label: string) =>
  page.getByRole('table').getByRole('link', { name: label, exact: true }).first();

/** Reloads the page until the figure shows: other instances see a write after replication. */
async function expectFigureOn(page: Page, instance: Instance, metric: string, label: string) {
  await expect(async () => {
    await page.goto(`${instance.url}/metrics/${metric}`);
    await expect(figureLink(page, label)).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}

test('every instance serves the seeded figures, seeded once, on every kind of page', async ({
  page,
}) => {
  for (const instance of [a, b, c]) {
    const response = await page.request.get(`${instance.url}/api/metrics/gaza-killed/claims`);
    const body = (await response.json()) as { claims: { value: number }[] };
    expect(body.claims.map((claim) => claim.value)).toEqual([48450]);
    // The home page draws sparklines, the metric page a chart and table, the claim page a quote.
    await page.goto(`${instance.url}/`);
    await page.getByRole('link', { name: 'at least 48,450' }).click();
    await expect(page).toHaveURL(/\/claims\/\d+$/);
    await expect(page.locator('blockquote')).toContainText('at least 48,450 people');
    await page.goto(`${instance.url}/metrics/syria-coast-killed`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('over 1,000');
  }
});

test('a figure written through A appears on the pages of B and C', async ({ page }) => {
  await postFigure(page, a, 61234, '2025-08-01');
  await page.goto(`${a.url}/metrics/gaza-killed`);
  await expect(figureLink(page, '61,234')).toBeVisible();
  await expectFigureOn(page, b, 'gaza-killed', '61,234');
  await expectFigureOn(page, c, 'gaza-killed', '61,234');
});

test('C reads its own write at once, and A has it from the primary', async ({ page }) => {
  await postFigure(page, c, 61300, '2025-08-02');
  await page.goto(`${c.url}/metrics/gaza-killed`);
  await expect(figureLink(page, '61,300')).toBeVisible();
  await page.goto(`${a.url}/metrics/gaza-killed`);
  await expect(figureLink(page, '61,300')).toBeVisible();
});

test('a file imported into the primary is read on B and C', async ({ page }) => {
  const file = path.join(dir, 'scale-out.csv');
  writeFileSync(
    file,
    'topic,metric,metric_name,metric_kind,value,as_of,claimant,claimant_kind,url,title,quote\n' +
      'scale-out,scale-out-killed,People killed,cumulative,1234,2025-08-01,Scale-out Monitor,monitor,https://example.org/so/1,Report 1,1234 killed.\n' +
      'scale-out,scale-out-killed,People killed,cumulative,1300,2025-08-02,Scale-out Monitor,monitor,https://example.org/so/2,Report 2,1300 killed.\n',
  );
  const imported = tallyOn(onPrimary, ['import', file]);
  expect(imported.status, imported.stderr).toBe(0);
  expect(imported.stdout).toContain('2 inserted');
  await expectFigureOn(page, b, 'scale-out-killed', '1,300');
  await expectFigureOn(page, c, 'scale-out-killed', '1,234');
});

test('an editor signed in on A is signed in on C: sessions live in the database', async ({
  page,
}) => {
  await page.goto(`${a.url}/editor/login?next=${encodeURIComponent('/editor')}`);
  await page.getByLabel('Email').fill(EDITOR.email);
  await page.getByLabel('Password').fill(EDITOR.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/editor$/);
  // Cookies are per host, not per port: the browser sends A's session cookie to C.
  await expect(async () => {
    await page.goto(`${c.url}/editor/claims/new?metric=gaza-killed`);
    await expect(page.getByLabel('Metric', { exact: true })).toHaveValue('gaza-killed', {
      timeout: 1_000,
    });
  }).toPass({ timeout: 15_000 });
});
