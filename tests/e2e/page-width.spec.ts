// No page is wider than the screen: at 320, 375 and 1440 px, with the longest titles, names, links
// and quotes met in casualty reporting (tests/fixtures/long-text), no route scrolls sideways. The
// app runs on a database of its own, so the long texts change no other spec's pages.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, type Page, expect, test } from '@playwright/test';
import { ClaimResponse, ExportRowJson, MetricListResponse } from '@/lib/api/response-schemas';
import { type Instance, startInstance, tallyOn } from '@/tests/support/app-instances';
import { EDITOR } from '@/tests/support/e2e-editor';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/long-text/long-text.csv');
const WIDTHS = [320, 375, 1440] as const;

/** A page to measure: where it is, the status it should answer, and what to do once it is open. */
type Route = {
  label: string;
  path: string;
  status?: number;
  prepare?: (page: Page) => Promise<void>;
};
type ClaimJson = ClaimResponse['claim'];

let app: Instance;
let claims: ClaimJson[] = [];

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'tally-page-width-'));
  const database = { DATABASE_URL: `file:${path.join(dir, 'width.db')}` };
  app = await startInstance('width', database, dir);
  const imported = tallyOn(database, ['import', FIXTURE]);
  expect(imported.status, imported.stderr).toBe(0);
  const added = tallyOn(database, ['editor', 'add', EDITOR.email], `${EDITOR.password}\n`);
  expect(added.status, added.stderr).toBe(0);
  claims = await everyClaim();
});

test.afterAll(async () => {
  await app?.stop();
});

async function getJson(pathname: string): Promise<unknown> {
  const response = await fetch(`${app.url}${pathname}`);
  if (!response.ok) throw new Error(`GET ${pathname} answered ${response.status}`);
  return response.json();
}

/**
 * Every stored claim, retracted ones included. The claims API lists active claims only, so the
 * ids are walked through /api/claims/[id] until the export's count (which has every claim) is met.
 */
async function everyClaim(): Promise<ClaimJson[]> {
  const total = ExportRowJson.array().parse(await getJson('/api/export.json')).length;
  const found: ClaimJson[] = [];
  for (let id = 1; found.length < total && id <= total + 50; id++) {
    const response = await fetch(`${app.url}/api/claims/${id}`);
    if (response.ok) found.push(ClaimResponse.parse(await response.json()).claim);
  }
  expect(found, 'every exported claim found by id').toHaveLength(total);
  expect(found.some((claim) => claim.status === 'retracted')).toBe(true);
  return found;
}

/** The claim with the longest quote: the worst case for the claim page, its edit form and extract. */
function longestQuoted(): ClaimJson {
  const [longest] = claims.toSorted((a, b) => (b.quote?.length ?? 0) - (a.quote?.length ?? 0));
  if (!longest?.quote) throw new Error('the fixture has no quote');
  return longest;
}

async function readerRoutes(): Promise<Route[]> {
  const { metrics } = MetricListResponse.parse(await getJson('/api/metrics'));
  const sources = new Set(claims.flatMap((claim) => claim.claimant_slug ?? []));
  return [
    { label: 'home', path: '/' },
    ...metrics.map((metric) => ({ label: 'metric', path: `/metrics/${metric.slug}` })),
    ...claims.map((claim) => ({ label: `${claim.status} claim`, path: `/claims/${claim.id}` })),
    ...[...sources].map((slug) => ({ label: 'source', path: `/sources/${slug}` })),
    { label: 'how Tally reads figures', path: '/conventions' },
    { label: 'sign-in', path: '/editor/login' },
    { label: 'not found', path: '/no-such-page', status: 404 },
  ];
}

function editorRoutes(): Route[] {
  const long = longestQuoted();
  return [
    { label: 'editor home', path: '/editor' },
    { label: 'new claim', path: '/editor/claims/new' },
    { label: 'new claim, prefilled', path: `/editor/claims/new?metric=${long.metric}` },
    { label: 'edit the longest claim', path: `/editor/claims/${long.id}/edit` },
    { label: 'import', path: '/editor/import' },
    { label: 'extract', path: '/editor/extract' },
    {
      label: 'extract, drafts of the longest quote',
      path: '/editor/extract',
      prepare: async (page) => {
        await page.getByLabel('Topic of the figures').selectOption({ value: long.topic });
        await page.getByLabel('Text of the article').fill(long.quote ?? '');
        await page.getByLabel('Document link').fill(long.url ?? '');
        await page.getByLabel('Title', { exact: true }).fill(long.title ?? '');
        await page.getByRole('button', { name: 'Find figures' }).click();
        const firstDraft = page.getByRole('checkbox', { name: /^Save draft \d+$/ }).first();
        await expect(firstDraft).toBeVisible({ timeout: 15_000 });
      },
    },
  ];
}

type Measure = { scrollWidth: number; innerWidth: number; offenders: string[] };

/**
 * Runs in the page: the document's width against the window's and, when it is wider, the
 * innermost elements whose box or own text reaches past the right edge, farthest first, each
 * with its nearest ancestors. Text is measured on its own because a long word overflows its
 * element without widening the element's box. What a box that clips or scrolls sideways holds
 * within the window cannot widen the page.
 */
function measure(): Measure {
  const innerWidth = window.innerWidth;
  const scrollWidth = document.documentElement.scrollWidth;
  if (scrollWidth <= innerWidth) return { scrollWidth, innerWidth, offenders: [] };
  const name = (el: Element) =>
    el.tagName.toLowerCase() + [...el.classList].map((c) => `.${c}`).join('');
  const contained = (el: Element) => {
    for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
      const clips = getComputedStyle(up).overflowX !== 'visible';
      if (clips && up.getBoundingClientRect().right <= innerWidth) return true;
    }
    return false;
  };
  const reach = new Map<Element, { right: number; text: string }>();
  for (const el of document.body.querySelectorAll('*')) {
    const box = el.getBoundingClientRect();
    const value = el instanceof HTMLInputElement ? el.value : (el.textContent ?? '');
    if (box.width > 0) reach.set(el, { right: box.right, text: value });
  }
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    const range = document.createRange();
    range.selectNodeContents(node);
    const right = range.getBoundingClientRect().right;
    const known = parent && reach.get(parent);
    // Text that its own element clips (an ellipsis, a visually hidden label) widens nothing.
    if (known && right > known.right && getComputedStyle(parent).overflowX === 'visible')
      reach.set(parent, { right, text: node.textContent ?? '' });
  }
  const over = [...reach].filter(([el, { right }]) => right > innerWidth + 0.5 && !contained(el));
  const innermost = over.filter(
    ([el]) => !over.some(([other]) => other !== el && el.contains(other)),
  );
  innermost.sort(([, a], [, b]) => b.right - a.right);
  const offenders = innermost.slice(0, 4).map(([el, { right, text }]) => {
    const chain: string[] = [];
    for (let up = el.parentElement; up && up !== document.body && chain.length < 3;) {
      chain.unshift(name(up));
      up = up.parentElement;
    }
    const words = text.replace(/\s+/g, ' ').trim().slice(0, 60);
    return `${[...chain, name(el)].join(' > ')} "${words}" reaches ${Math.round(right)}px`;
  });
  return { scrollWidth, innerWidth, offenders };
}

/** Opens a route and says what is wrong with it at this width, or nothing. */
async function check(page: Page, route: Route, width: number): Promise<string | null> {
  const where = `${route.path} (${route.label}) at ${width}px`;
  const response = await page.goto(`${app.url}${route.path}`, { waitUntil: 'load' });
  const status = response?.status() ?? 0;
  const expected = route.status ?? 200;
  if (status !== expected) return `${where}: answered ${status}, expected ${expected}`;
  const reached = new URL(page.url());
  if (`${reached.pathname}${reached.search}` !== route.path) {
    return `${where}: redirected to ${reached.pathname}`;
  }
  await route.prepare?.(page);
  // Fonts and the charts' client-side drawing can widen a page after load.
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  });
  const { scrollWidth, innerWidth, offenders } = await page.evaluate(measure);
  if (scrollWidth <= innerWidth) return null;
  const culprits = offenders.length > 0 ? offenders.join('; ') : 'no single element found';
  return `${where}: ${scrollWidth}px wide in a ${innerWidth}px window; widest: ${culprits}`;
}

async function signedIn(browser: Browser, width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  await page.goto(`${app.url}/editor/login?next=${encodeURIComponent('/editor')}`);
  await page.getByLabel('Email').fill(EDITOR.email);
  await page.getByLabel('Password').fill(EDITOR.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Three sign-ins at once each hash a password (scrypt): slow on a busy two-core machine.
  await expect(page).toHaveURL(/\/editor$/, { timeout: 30_000 });
  return page;
}

/** Every route at one width: public pages as a reader sees them, editor pages signed in. */
async function failuresAt(browser: Browser, width: number, reading: Route[]): Promise<string[]> {
  const reader = await browser.newPage({ viewport: { width, height: 800 } });
  const editor = await signedIn(browser, width);
  const failures: string[] = [];
  for (const [page, routes] of [
    [reader, reading],
    [editor, editorRoutes()],
  ] as const) {
    for (const route of routes) {
      const failure = await check(page, route, width);
      if (failure) failures.push(failure);
    }
  }
  await Promise.all([reader.context().close(), editor.context().close()]);
  return failures;
}

test('every page fits 320, 375 and 1440 px wide with the longest texts in the data', async ({
  browser,
}) => {
  // About 150 page loads: two to three minutes on a busy two-core machine.
  test.setTimeout(360_000);
  const reading = await readerRoutes();
  // The widths run side by side: each route is still opened afresh at its width.
  const failures = await Promise.all(WIDTHS.map((width) => failuresAt(browser, width, reading)));
  // One assertion per width, so a run lists every page that is too wide, not only the first.
  WIDTHS.forEach((width, i) => {
    expect.soft(failures[i], `pages wider than ${width}px`).toEqual([]);
  });
});
