import { parseArgs } from 'node:util';
import { UsageError } from '@/lib/errors';
import { moreRejectionsText } from '@/lib/import/import-report';
import { openMigratedDatabase } from './open';
import { progressBar } from './progress';

/** `import FILE [--dry-run] [--skip-invalid]`: exit 1 when a row was rejected (DESIGN.md). */
export async function importCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { 'dry-run': { type: 'boolean' }, 'skip-invalid': { type: 'boolean' } },
  });
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0)
    throw new UsageError('usage: import <file.csv|file.json> [--dry-run] [--skip-invalid]');
  await openMigratedDatabase();
  const { importFile } = await import('@/lib/server/import/import-file');
  const bars = { validating: progressBar('Checking'), writing: progressBar('Writing ') };
  const report = await importFile(file, {
    actor: { editorId: null },
    dryRun: values['dry-run'],
    skipInvalid: values['skip-invalid'],
    onProgress: ({ phase, rows, total }) => bars[phase](rows, total),
  });

  // The first rejections in full, then counts: a file of millions of bad rows is told in a page.
  for (const r of report.rejected) console.error(`${r.position}: ${r.field}: ${r.message}`);
  const more = moreRejectionsText(report);
  if (more) console.error(more);
  const { rejectedRows } = report;
  if (values['dry-run']) {
    console.log(
      `Dry run: ${report.rows} rows read, ${report.rows - rejectedRows} valid, ${rejectedRows} rejected. Nothing was written.`,
    );
  } else if (!report.wrote) {
    console.log(
      `${rejectedRows} of ${report.rows} rows rejected: nothing was written (use --skip-invalid to write the others).`,
    );
  } else {
    console.log(
      `${report.inserted} inserted, ${report.appearances} appearances added, ${report.present} already present, ${rejectedRows} rejected.`,
    );
  }
  return rejectedRows > 0 ? 1 : 0;
}
