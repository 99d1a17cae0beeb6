import 'server-only';
import { z } from 'zod';
import { getMetricBySlug } from '@/lib/server/metrics/queries';
import { type ExportFormat, exportChunks } from '@/lib/server/csv/export';
import { invalidResponse, notFoundResponse } from '@/lib/api/responses';
import { SLUG_PATTERN } from '@/lib/text/slug';
import { parseUrlQuery } from '@/lib/url-query';

const ExportQuery = z.object({
  metric: z.string().regex(SLUG_PATTERN, 'Use a metric slug').optional(),
});

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** Streams the export, so a large database never sits in memory whole. */
export async function exportResponse(request: Request, format: ExportFormat): Promise<Response> {
  const query = parseUrlQuery(ExportQuery, new URL(request.url).searchParams);
  if (!query.success) return invalidResponse(query.fieldErrors);
  if (query.data.metric && !(await getMetricBySlug(query.data.metric))) return notFoundResponse();

  const chunks = exportChunks(format, query.data.metric);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  const name = `tally${query.data.metric ? `-${query.data.metric}` : ''}.${format}`;
  return new Response(body, {
    headers: {
      'content-type': CONTENT_TYPES[format],
      'content-disposition': `attachment; filename="${name}"`,
    },
  });
}
