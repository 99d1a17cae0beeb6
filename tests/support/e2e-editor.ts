import { APPEARANCE_COLUMNS } from '@/lib/claims/input/columns';
import { type Page, expect } from '@playwright/test';
import { tallyOn } from '@/tests/support/app-instances';

export const EDITOR = { email: 'desk@tally.test', password: 'correct horse battery' };

/** Runs the CLI against the e2e server's database, as an operator would. */
export function tally(args: string[], input?: string): ReturnType<typeof tallyOn> {
  return tallyOn({ DATABASE_URL: `file:${process.env.TALLY_E2E_DB}` }, args, input);
}

/** Creates the test editor once; later calls find it already there. */
export function ensureEditor(): void {
  const result = tally(['editor', 'add', EDITOR.email], `${EDITOR.password}\n`);
  if (result.status !== 0 && !result.stderr.includes('already exists')) {
    throw new Error(`editor add failed: ${result.stderr}`);
  }
}

export async function signIn(page: Page, next = '/editor'): Promise<void> {
  ensureEditor();
  await page.goto(`/editor/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Email').fill(EDITOR.email);
  await page.getByLabel('Password').fill(EDITOR.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(new RegExp(`${next.replace(/[?]/g, '\\?')}$`));
}

/**
 * How many claims the metric has, counted through the public export (retracted ones included).
 * The export has a row per appearance: rows that differ only in where the figure appeared are
 * one claim, except unattributed ones, which are never one claim across documents.
 */
export async function countClaims(page: Page, metric: string): Promise<number> {
  const response = await page.request.get(`/api/export.json?metric=${metric}`);
  if (response.status() === 404) return 0;
  const rows = (await response.json()) as Record<string, unknown>[];
  const claimOf = (row: Record<string, unknown>) => {
    if (row.attribution === 'unattributed') return JSON.stringify(row);
    const claim = { ...row };
    for (const column of APPEARANCE_COLUMNS) delete claim[column];
    return JSON.stringify(claim);
  };
  return new Set(rows.map(claimOf)).size;
}
