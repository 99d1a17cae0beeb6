import 'server-only';
import { eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { metrics } from '@/db/schema';
import { inputError } from '@/lib/errors';
import { unknownMetricMessage } from '@/lib/catalog/reference-rules';

/**
 * The id of the metric a slug names, as the new parent of metric `metricId`. Throws InputError
 * naming 'parent' for an unknown slug, or when the metric would become its own ancestor: the
 * parts-vs-whole check and the breakdown pages walk parents and must reach a root.
 */
export async function metricParentId(
  tx: Executor,
  metricId: number,
  parentSlug: string,
): Promise<number> {
  const [parent] = await tx
    .select({ id: metrics.id })
    .from(metrics)
    .where(eq(metrics.slug, parentSlug));
  if (!parent) throw inputError('parent', unknownMetricMessage(parentSlug));
  const seen = new Set<number>();
  for (let id: number | null = parent.id; id !== null && !seen.has(id);) {
    if (id === metricId)
      throw inputError('parent', 'A metric cannot be a part of itself or of one of its parts');
    seen.add(id);
    const [row] = await tx
      .select({ parentId: metrics.parentId })
      .from(metrics)
      .where(eq(metrics.id, id));
    id = row?.parentId ?? null;
  }
  return parent.id;
}
