import { type Page, expect, test } from '@playwright/test';
import { tally } from '@/tests/support/e2e-editor';

// An editor of its own, so the attempts listed are this spec's alone.
const WATCHER = { email: 'watcher@tally.test', password: 'watch every sign-in' };

test.beforeAll(() => {
  const added = tally(['editor', 'add', WATCHER.email], `${WATCHER.password}\n`);
  if (added.status !== 0 && !added.stderr.includes('already exists')) throw new Error(added.stderr);
});

async function submit(page: Page, password: string): Promise<void> {
  await page.getByLabel('Email').fill(WATCHER.email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test('an editor sees their sign-ins and failed attempts, with address and browser', async ({
  page,
}) => {
  await page.goto('/editor/login');
  await submit(page, 'not the password at all');
  await expect(page.locator('.form-error')).toHaveText(
    'That email and password do not match an editor.',
  );
  await submit(page, WATCHER.password);
  await expect(page).toHaveURL(/\/editor$/);

  await page.getByRole('link', { name: 'Sign-ins and browsers' }).click();
  await expect(page.getByRole('heading', { name: 'Sign-ins', level: 1 })).toBeVisible();
  const rows = page.getByRole('table', { name: 'Sign-in attempts' }).getByRole('row');
  // The header, this sign-in, then the wrong password before it.
  await expect(rows).toHaveCount(3);
  const userAgent = await page.evaluate(() => navigator.userAgent);
  for (const [index, outcome] of [
    [1, 'Signed in'],
    [2, 'Wrong password'],
  ] as const) {
    const cells = rows.nth(index).getByRole('cell');
    await expect(cells.nth(0)).toHaveText(/^\d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d UTC$/);
    await expect(cells.nth(1)).toHaveText(outcome);
    // Tally's own server names the socket's address; without it the address is "unknown".
    await expect(cells.nth(2)).not.toBeEmpty();
    await expect(cells.nth(3)).toHaveText(userAgent);
  }
  await expect(page.getByText('(this browser)')).toBeVisible();
});

test('signing in again hands the browser a new session id and ends the old one', async ({
  page,
  context,
  request,
}) => {
  const session = async () =>
    (await context.cookies()).find((c) => c.name === 'tally_session')?.value;
  await page.goto('/editor/login');
  await submit(page, WATCHER.password);
  await expect(page).toHaveURL(/\/editor$/);
  const first = await session();

  await page.goto('/editor/login');
  await submit(page, WATCHER.password);
  await expect(page).toHaveURL(/\/editor$/);
  const second = await session();
  expect(second).toBeTruthy();
  expect(second).not.toBe(first);

  // A request of its own, so the browser's new cookie does not ride along.
  const withOldCookie = await request.get('/editor', {
    headers: { cookie: `tally_session=${first}` },
    maxRedirects: 0,
  });
  expect(withOldCookie.status()).toBe(307);
  expect(withOldCookie.headers().location).toContain('/editor/login');
});
