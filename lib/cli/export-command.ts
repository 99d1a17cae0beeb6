import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { getMetricBySlug } from '@/lib/server/metrics/queries';
import { type ExportFormat, exportChunks } from '@/lib/server/csv/export';
import { UsageError } from '@/lib/errors';
import { openMigratedDatabase } from './open';

const FORMATS: readonly ExportFormat[] = ['csv', 'json'];

/** `export [--metric SLUG] [--format csv|json] [--out FILE]`: the same bytes as the API's export. */
export async function exportCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      metric: { type: 'string' },
      format: { type: 'string', default: 'csv' },
      out: { type: 'string' },
    },
  });
  const format = FORMATS.find((known) => known === values.format);
  if (!format) throw new UsageError(`--format must be csv or json, not '${values.format}'`);
  await openMigratedDatabase();
  if (values.metric && !(await getMetricBySlug(values.metric)))
    throw new UsageError(`unknown metric '${values.metric}'`);

  const out = values.out ? createWriteStream(values.out) : process.stdout;
  for await (const chunk of exportChunks(format, values.metric)) {
    if (!out.write(chunk)) await once(out, 'drain');
  }
  if (out !== process.stdout) {
    out.end();
    await once(out, 'finish');
  }
  return 0;
}
