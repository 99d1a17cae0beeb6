import { type APIRequestContext, expect, test } from '@playwright/test';
import { EDITOR, countClaims, ensureEditor, signIn, tally } from '@/tests/support/e2e-editor';

let token = '';

test.beforeAll(() => {
  ensureEditor();
  token = tally(['editor', 'token', EDITOR.email]).stdout.trim();
});

async function postClaim(
  request: APIRequestContext,
  body: Record<string, unknown>,
  auth = `Bearer ${token}`,
) {
  return request.post('/api/claims', { data: body, headers: auth ? { authorization: auth } : {} });
}

// Figures of its own, so that correcting them changes nothing other specs read.
const CIVILIANS = {
  topic: 'e2e-corrections',
  metric: 'e2e-corrected',
  metric_name: 'Civilians killed (corrections test)',
  value: '745',
  as_of: '2025-03-11',
  claimant: 'sohr',
  url: 'https://example.org/sohr/2025-03-11',
  title: 'SOHR update',
  quote: 'The monitor counted 745 civilians.',
};

test.describe('correcting figures', () => {
  test('an edit needs a reason and shows in the history as a diff', async ({ page }) => {
    const created = await (
      await postClaim(page.request, { ...CIVILIANS, as_of: '2025-03-12' })
    ).json();
    const id = created.claim.id as number;
    await signIn(page, `/editor/claims/${id}/edit`);
    await page.getByLabel('Value', { exact: true }).fill('750');
    await page.getByLabel('Quote').fill('The monitor counted 750 civilians.');
    await page.getByRole('button', { name: 'Save the change' }).click();
    await expect(page.locator('#field-reason-error')).toBeVisible();

    await page.getByLabel('Reason for the change').fill('The monitor corrected its count');
    await page.getByRole('button', { name: 'Save the change' }).click();
    await expect(page).toHaveURL(new RegExp(`/claims/${id}$`));
    const history = page.getByRole('region', { name: 'History' });
    await expect(history).toContainText('745 → 750');
    await expect(history).toContainText('The monitor corrected its count');
  });

  test('an edit whose warnings the editor confirmed keeps them in its revision', async ({
    page,
  }) => {
    const created = await (
      await postClaim(page.request, { ...CIVILIANS, value: '770', as_of: '2025-03-14' })
    ).json();
    const id = created.claim.id as number;
    await signIn(page, `/editor/claims/${id}/edit`);
    await page.getByLabel('Quote').fill('The monitor gave a new count.');
    await page.getByLabel('Reason for the change').fill('The quote was cut short');
    await page.getByRole('button', { name: 'Save the change' }).click();
    await expect(page.locator('.warnings')).toContainText('Check before saving');

    await page.getByLabel('I have checked these warnings; save anyway').check();
    await page.getByRole('button', { name: 'Save the change' }).click();
    await expect(page).toHaveURL(new RegExp(`/claims/${id}$`));
    const { revisions } = await (await page.request.get(`/api/claims/${id}`)).json();
    const edit = revisions.find((revision: { action: string }) => revision.action === 'edit');
    expect(edit.warnings.map((warning: { check: string }) => warning.check)).toEqual([
      'number_not_in_quote',
    ]);
  });

  test('a retracted figure keeps its page with a banner and leaves the chart', async ({ page }) => {
    const created = await (
      await postClaim(page.request, {
        ...CIVILIANS,
        value: '760',
        quote: 'We count 760 civilians.',
        as_of: '2025-03-13',
      })
    ).json();
    const id = created.claim.id as number;
    const before = await countClaims(page, CIVILIANS.metric);
    await signIn(page, `/editor/claims/${id}/edit`);
    await page.getByLabel('Reason for retracting').fill('Double-counted a village');
    await page.getByRole('button', { name: 'Retract this figure' }).click();
    await expect(page).toHaveURL(new RegExp(`/claims/${id}$`));
    await expect(page.getByText('Double-counted a village').first()).toBeVisible();
    await expect(page.getByText(/retracted/i).first()).toBeVisible();

    await page.goto(`/metrics/${CIVILIANS.metric}`);
    await expect(page.getByRole('link', { name: /^760 — / })).toHaveCount(0);
    expect(await countClaims(page, CIVILIANS.metric)).toBe(before);
  });

  test('after signing out, the editor pages and the old session are refused', async ({
    page,
    context,
  }) => {
    await signIn(page, '/editor');
    const session = (await context.cookies()).find((c) => c.name === 'tally_session');
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe('Lax');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/editor\/login/);
    await page.goto('/editor/claims/new');
    await expect(page).toHaveURL(/\/editor\/login/);
    const replay = await postClaim(page.request, CIVILIANS, '');
    expect(replay.status()).toBe(401);
    const withOldCookie = await page.request.post('/api/claims', {
      data: CIVILIANS,
      headers: { cookie: `tally_session=${session?.value}` },
    });
    expect(withOldCookie.status()).toBe(401);
  });

  test('the sixth failed sign-in in a minute is refused, whatever the password', async ({
    browser,
  }) => {
    // An editor and a client address of its own, so the lockout touches no other test.
    const locked = { email: 'locked@tally.test', password: 'another long password' };
    tally(['editor', 'add', locked.email], `${locked.password}\n`);
    const context = await browser.newContext({
      extraHTTPHeaders: { 'x-forwarded-for': '203.0.113.77' },
    });
    const page = await context.newPage();
    await page.goto('/editor/login');
    for (let attempt = 1; attempt <= 5; attempt++) {
      await page.getByLabel('Email').fill(locked.email);
      await page.getByLabel('Password').fill(`wrong password ${attempt}`);
      // Wait for each answer: the message of the previous attempt reads the same.
      await Promise.all([
        page.waitForResponse((r) => r.request().method() === 'POST'),
        page.getByRole('button', { name: 'Sign in' }).click(),
      ]);
      await expect(page.locator('.form-error')).toHaveText(
        'That email and password do not match an editor.',
      );
    }
    await page.getByLabel('Email').fill(locked.email);
    await page.getByLabel('Password').fill(locked.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.locator('.form-error')).toHaveText(
      /Too many failed sign-ins\. Try again in \d+ seconds\./,
    );
    await context.close();
  });
});

test.describe('POST /api/claims', () => {
  test('answers 401 without a session or token, and writes nothing', async ({ request, page }) => {
    const before = await countClaims(page, CIVILIANS.metric);
    expect((await postClaim(request, CIVILIANS, '')).status()).toBe(401);
    expect((await postClaim(request, CIVILIANS, 'Bearer not-a-token')).status()).toBe(401);
    expect(await countClaims(page, CIVILIANS.metric)).toBe(before);
  });

  const bad: [string, Record<string, unknown>, string][] = [
    ['an empty value', { value: '' }, 'value'],
    ['-5', { value: '-5' }, 'value'],
    ['12abc', { value: '12abc' }, 'value'],
    ['1,5', { value: '1,5' }, 'value'],
    ['2025-02-30', { as_of: '2025-02-30' }, 'as_of'],
    [
      'a range with low above high',
      { qualifier: 'range', value: '500', low: '500', high: '400' },
      'low',
    ],
    ['a javascript: URL', { url: 'javascript:alert(1)' }, 'url'],
    ['a quote over 5,000 characters', { quote: '7'.repeat(5001) }, 'quote'],
    [
      'an unknown metric slug without a metric name',
      { metric: 'made-up-metric', metric_name: '' },
      'metric',
    ],
    ['a reported claim without a claimant', { claimant: '', attribution: 'reported' }, 'claimant'],
    ['no document', { url: '', title: '' }, 'url'],
    ['an unknown claimant', { claimant: 'Nobody Known' }, 'claimant'],
  ];
  for (const [name, change, field] of bad) {
    test(`answers 400 naming ${field} for ${name}`, async ({ request, page }) => {
      const before = await countClaims(page, CIVILIANS.metric);
      const response = await postClaim(request, { ...CIVILIANS, ...change });
      expect(response.status()).toBe(400);
      const body = await response.json();
      expect(body.error).toBe('invalid');
      expect(Object.keys(body.fields)).toContain(field);
      expect(await countClaims(page, CIVILIANS.metric)).toBe(before);
    });
  }

  test('answers 413 for a body over 1 MB', async ({ request }) => {
    const response = await postClaim(request, { ...CIVILIANS, notes: 'x'.repeat(1_100_000) });
    expect(response.status()).toBe(413);
  });

  test('answers 201 with a token, with the warnings the entry checks raise', async ({
    request,
  }) => {
    const whole = await postClaim(request, {
      ...CIVILIANS,
      metric: 'e2e-whole',
      metric_name: 'A whole (checks test)',
      value: '100',
      as_of: '2025-04-01',
      quote: 'In all, 100 were killed.',
    });
    expect(whole.status()).toBe(201);
    expect((await whole.json()).warnings).toEqual([]);
    const firstPart = await postClaim(request, {
      ...CIVILIANS,
      metric: 'e2e-part',
      metric_name: 'A part (checks test)',
      parent_metric: 'e2e-whole',
      value: '50',
      as_of: '2025-03-31',
      quote: 'By then 50 had been killed.',
    });
    expect((await firstPart.json()).warnings).toEqual([]);

    // A part above its whole, from the same claimant on the same day, quoted without its number.
    const response = await postClaim(request, {
      ...CIVILIANS,
      metric: 'e2e-part',
      value: '150',
      as_of: '2025-04-01',
      quote: 'No number in these words.',
      url: 'https://example.org/sohr/other',
    });
    expect(response.status()).toBe(201);
    const body = await response.json();
    expect(body.claim).toMatchObject({
      value: 150,
      metric: 'e2e-part',
      claimant: 'Syrian Observatory for Human Rights',
    });
    expect(body.warnings.map((w: { check: string }) => w.check).sort()).toEqual([
      'number_not_in_quote',
      'parts_vs_whole',
    ]);
  });
});
