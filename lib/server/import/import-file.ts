import 'server-only';
import { db } from '@/db/client';
import type { ClaimInput } from '@/lib/claims/input/claim-input';
import { writeClaims } from '@/lib/server/claims/mutations';
import { ReferenceResolver } from '@/lib/server/claims/references';
import type { Actor } from '@/lib/server/history/revisions';
import { bumpDataVersion } from '@/lib/server/data-version';
import { type ImportSource, readRows } from '@/lib/import/read-rows';
import type { ImportReport } from '@/lib/import/import-report';
import { Pace } from '@/lib/import/pace';
import { type CheckedFile, type Progress, checkFile } from '@/lib/server/import/check-file';

export type ImportOptions = {
  actor: Actor;
  dryRun?: boolean;
  skipInvalid?: boolean;
  batchSize?: number;
  /**
   * How long the check may take, for a preview that must answer: past it the check stops and the
   * report says so (`stopped`), and nothing is written. The import itself has none: it checks the
   * whole file before it writes.
   */
  budgetMs?: number;
  /** Called as rows are read and written, for a progress bar. */
  onProgress?: Progress;
  /** A test hook: stop after this many batches, as a killed import would. */
  stopAfterBatches?: number;
};

/**
 * Imports a CSV or JSON file of claims as DESIGN.md says: a first pass validates every row (its
 * shape and its references), then, unless a row is bad (and --skip-invalid is not given) or it is
 * a dry run, a second pass writes in batched transactions. Already present rows are not written
 * again, so an interrupted import is finished by running it again. Both passes read the file as a
 * stream and let the event loop turn between slices of rows, so a server importing a file goes on
 * answering others.
 */
export async function importFile(
  source: ImportSource,
  options: ImportOptions,
): Promise<ImportReport> {
  const pace = new Pace(options.budgetMs);
  const checked = await checkFile(source, pace, options.onProgress);
  const report: ImportReport = {
    rows: checked.rows,
    inserted: 0,
    appearances: 0,
    present: 0,
    ...checked.rejections.summary(),
    wrote: false,
    stopped: checked.stopped,
  };
  const isBad = report.rejectedRows > 0 && !options.skipInvalid;
  if (options.dryRun || checked.stopped || isBad) return report;
  await createReferences(checked, options.actor);
  report.wrote = true;
  await writeRows(source, checked, options, report);
  return report;
}

/**
 * New metrics and sources first, in one transaction: a row may name one that a later row (or a
 * later batch) creates, and the first pass has already judged it so.
 */
async function createReferences({ plan }: CheckedFile, actor: Actor): Promise<void> {
  await db.transaction(async (tx) => {
    const resolver = new ReferenceResolver(tx, actor);
    for (const input of plan.metricsInCreationOrder()) await resolver.metricId(input);
    const newSources = plan.sourcesInCreationOrder();
    for (const input of newSources) await resolver.claimantId(input);
    if (plan.newMetrics.size > 0 || newSources.length > 0) await bumpDataVersion(tx);
  });
}

/** The second pass: every row the first pass accepted, in batches of one transaction each. */
async function writeRows(
  source: ImportSource,
  { plan, judge, rows }: CheckedFile,
  options: ImportOptions,
  report: ImportReport,
): Promise<void> {
  const pace = new Pace();
  const batchSize = options.batchSize ?? 2000;
  let batch: ClaimInput[] = [];
  let batches = 0;
  let done = 0;
  const flush = async () => {
    const outcomes = await db.transaction((tx) => writeClaims(tx, batch, options.actor));
    for (const { status } of outcomes) {
      if (status === 'inserted') report.inserted++;
      else if (status === 'appearance') report.appearances++;
      else if (status === 'present') report.present++;
    }
    done += batch.length;
    batch = [];
    batches++;
    options.onProgress?.({ phase: 'writing', rows: done, total: rows });
  };
  for await (const row of readRows(source)) {
    // A rejected row is skipped: the same judge refuses it again, and a row whose references the
    // whole file does not provide has problems still.
    const judged = judge.judge(row);
    if (judged.ok && Object.keys(plan.problems(judged.input)).length === 0)
      batch.push(judged.input);
    if (batch.length >= batchSize) {
      await flush();
      if (options.stopAfterBatches !== undefined && batches >= options.stopAfterBatches) return;
    }
    await pace.breathe();
  }
  if (batch.length > 0) await flush();
}
