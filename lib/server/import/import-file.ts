import 'server-only';
import { z } from 'zod';
import { db } from '@/db/client';
import { ClaimInput } from '@/lib/claims/input/claim-input';
import { writeClaims } from '@/lib/server/claims/mutations';
import { ReferenceResolver } from '@/lib/server/claims/references';
import type { Actor } from '@/lib/server/history/revisions';
import { bumpDataVersion } from '@/lib/server/data-version';
import { type FileRow, readRows } from '@/lib/import/read-rows';
import { ReferencePlan } from '@/lib/server/import/reference-plan';
import type { ImportReport, Rejection } from '@/lib/import/import-report';

export type ImportOptions = {
  actor: Actor;
  dryRun?: boolean;
  skipInvalid?: boolean;
  batchSize?: number;
  /** Called as rows are read and written, for a progress bar. */
  onProgress?: (progress: { phase: 'validating' | 'writing'; rows: number; total: number }) => void;
  /** A test hook: stop after this many batches, as a killed import would. */
  stopAfterBatches?: number;
};

const parseRow = (row: FileRow) => ClaimInput.safeParse(row.raw);

function rejectionsOf(position: string, fields: Record<string, string[] | undefined>): Rejection[] {
  return Object.entries(fields).flatMap(([field, messages]) =>
    (messages ?? []).map((message) => ({ position, field, message })),
  );
}

/**
 * Imports a CSV or JSON file of claims as DESIGN.md says: a first pass validates every row (its
 * shape and its references), then, unless a row is bad (and --skip-invalid is not given) or it is
 * a dry run, a second pass writes in batched transactions. Already present rows are not written
 * again, so an interrupted import is finished by running it again.
 */
export async function importFile(path: string, options: ImportOptions): Promise<ImportReport> {
  const { plan, rejected, rows } = await validate(path, options);
  const report: ImportReport = {
    rows,
    inserted: 0,
    appearances: 0,
    present: 0,
    rejected,
    wrote: false,
  };
  if (options.dryRun || (rejected.length > 0 && !options.skipInvalid)) return report;

  const skip = new Set(rejected.map((r) => r.position));
  // New metrics and sources first, in one transaction: a row may name one that a later row (or a
  // later batch) creates, and the first pass has already judged it so.
  await db.transaction(async (tx) => {
    const resolver = new ReferenceResolver(tx, options.actor);
    for (const input of plan.metricsInCreationOrder()) await resolver.metricId(input);
    const newSources = plan.sourcesInCreationOrder();
    for (const input of newSources) await resolver.claimantId(input);
    if (plan.newMetrics.size > 0 || newSources.length > 0) await bumpDataVersion(tx);
  });

  const batchSize = options.batchSize ?? 2000;
  let batch: ClaimInput[] = [];
  let batches = 0;
  let done = 0;
  const flush = async () => {
    const outcomes = await db.transaction((tx) => writeClaims(tx, batch, options.actor));
    report.inserted += outcomes.filter((o) => o.status === 'inserted').length;
    report.appearances += outcomes.filter((o) => o.status === 'appearance').length;
    report.present += outcomes.filter((o) => o.status === 'present').length;
    done += batch.length;
    batch = [];
    batches++;
    options.onProgress?.({ phase: 'writing', rows: done, total: rows });
  };
  for await (const row of readRows(path)) {
    if (skip.has(row.position)) continue;
    const parsed = parseRow(row);
    if (!parsed.success) continue;
    batch.push(parsed.data);
    if (batch.length >= batchSize) {
      await flush();
      if (options.stopAfterBatches !== undefined && batches >= options.stopAfterBatches) {
        report.wrote = true;
        return report;
      }
    }
  }
  if (batch.length > 0) await flush();
  report.wrote = true;
  return report;
}

/**
 * The first pass: every row parsed and its references checked. A row may name a metric or source
 * that a later row creates, so a row whose references are not known yet waits for the end of the
 * file; references only ever become known, so every other row is judged as it is read.
 */
async function validate(path: string, options: ImportOptions) {
  const plan = await ReferencePlan.load();
  const rejected: Rejection[] = [];
  const waiting: { position: string; input: ClaimInput }[] = [];
  let rows = 0;
  for await (const row of readRows(path)) {
    rows++;
    const parsed = parseRow(row);
    if (!parsed.success) {
      rejected.push(...rejectionsOf(row.position, z.flattenError(parsed.error).fieldErrors));
      continue;
    }
    plan.learn(parsed.data);
    if (Object.keys(plan.problems(parsed.data)).length > 0)
      waiting.push({ position: row.position, input: parsed.data });
    if (rows % 5000 === 0) options.onProgress?.({ phase: 'validating', rows, total: 0 });
  }
  for (const { position, input } of waiting) {
    for (const [field, message] of Object.entries(plan.problems(input)))
      rejected.push({ position, field, message });
  }
  options.onProgress?.({ phase: 'validating', rows, total: rows });
  return { plan, rejected: rejected.sort(byPosition), rows };
}

const positionNumber = (position: string) => Number(position.split(' ')[1]);
const byPosition = (a: Rejection, b: Rejection) =>
  positionNumber(a.position) - positionNumber(b.position);
