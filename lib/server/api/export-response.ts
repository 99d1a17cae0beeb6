import 'server-only';
import { z } from 'zod';
import type { ExportsBusyError } from '@/lib/api/response-schemas';
import { invalidResponse, notFoundResponse } from '@/lib/api/responses';
import { type ReadPlan, queryKey } from '@/lib/server/api/etag';
import { type ExportFormat, exportChunks } from '@/lib/server/csv/export';
import { EXPORT_RETRY_AFTER_S, exportSlots } from '@/lib/server/http/export-slots';
import {
  rateLimitKey,
  rateLimitedResponse,
  readBuckets,
  readCost,
} from '@/lib/server/http/rate-limit';
import { getMetricBySlug } from '@/lib/server/metrics/queries';
import { SLUG_PATTERN } from '@/lib/text/slug';
import { parseUrlQuery } from '@/lib/url-query';

const ExportQuery = z.object({
  metric: z.string().regex(SLUG_PATTERN, 'Use a metric slug').optional(),
});

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

// Rows are sent in pieces of about this many characters: one row at a time costs a write per row.
const PIECE = 64 * 1024;
/** An export whose reader takes nothing for this long is ended, and its slot freed. */
export const EXPORT_STALL_MS = 30_000;

/** GET /api/export.csv and /api/export.json (`?metric=`): the plan for answerRead. */
export function exportPlan(request: Request, format: ExportFormat): ReadPlan<null> | Response {
  const query = parseUrlQuery(ExportQuery, new URL(request.url).searchParams);
  if (!query.success) return invalidResponse(query.fieldErrors);
  const { metric } = query.data;
  return {
    key: `export:${format}:${queryKey(query.data)}`,
    // The rows are paid for as they are sent (exportStream).
    cost: readCost(1000),
    keep: false,
    resolve: async () => (metric && !(await getMetricBySlug(metric)) ? notFoundResponse() : null),
    build: async () => exportResponse(request.headers, format, metric),
  };
}

/**
 * Streams the export when a slot is free (export-slots.ts), else 503 (429 for a client already
 * streaming one) with Retry-After.
 */
function exportResponse(headers: Headers, format: ExportFormat, metric?: string): Response {
  const client = rateLimitKey(headers);
  const slot = exportSlots.acquire(client);
  if ('refused' in slot) {
    if (slot.refused === 'client_busy') return rateLimitedResponse(EXPORT_RETRY_AFTER_S);
    const body: ExportsBusyError = { error: 'exports_busy', retry_after: EXPORT_RETRY_AFTER_S };
    return Response.json(body, {
      status: 503,
      headers: { 'retry-after': String(EXPORT_RETRY_AFTER_S) },
    });
  }
  const name = `tally${metric ? `-${metric}` : ''}.${format}`;
  const pay = (rows: number) => client !== null && readBuckets.charge(client, rows / 1000);
  return new Response(exportStream(exportChunks(format, metric), slot.release, pay), {
    headers: {
      'content-type': CONTENT_TYPES[format],
      'content-disposition': `attachment; filename="${name}"`,
    },
  });
}

/**
 * The chunks as a byte stream that reads from the database only when its reader asks for more
 * (highWaterMark 0: nothing is read ahead), so a slow reader holds one piece in memory, not the
 * export. A reader that stops asking for EXPORT_STALL_MS is dropped, and its slot freed.
 */
export function exportStream(
  chunks: AsyncGenerator<string>,
  release: () => void,
  pay: (rows: number) => void,
  stallMs = EXPORT_STALL_MS,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let stall: ReturnType<typeof setTimeout> | undefined;
  const finish = () => {
    clearTimeout(stall);
    release();
  };
  const watch = (controller: ReadableStreamDefaultController<Uint8Array>) => {
    clearTimeout(stall);
    stall = setTimeout(() => {
      finish();
      controller.error(new Error('the export was not read for too long'));
      void chunks.return(undefined);
    }, stallMs);
    stall.unref?.();
  };
  return new ReadableStream<Uint8Array>(
    {
      start: watch,
      async pull(controller) {
        clearTimeout(stall);
        try {
          let piece = '';
          let rows = 0;
          while (piece.length < PIECE) {
            const next = await chunks.next();
            if (next.done) break;
            piece += next.value;
            rows += 1;
          }
          pay(rows);
          if (piece) controller.enqueue(encoder.encode(piece));
          if (piece.length < PIECE) {
            finish();
            controller.close();
          } else watch(controller);
        } catch (error) {
          finish();
          throw error;
        }
      },
      async cancel() {
        finish();
        await chunks.return(undefined);
      },
    },
    { highWaterMark: 0 },
  );
}
