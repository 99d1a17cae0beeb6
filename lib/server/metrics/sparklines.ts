import 'server-only';
import { sql } from 'drizzle-orm';
import { db } from '@/db/client';
import type { Qualifier } from '@/db/enums';
import type { SparkPoint } from '@/lib/charts/sparkline';

/** The recent figures of one claimant for one metric, oldest first. */
export type SparklineSeries = { claimant: string | null; points: SparkPoint[] };

/** How many figures a sparkline shows at most. */
const SPARKLINE_LENGTH = 60;

type SeriesRow = { metric_id: number; claimant: string | null; points: string };
/** One point as the query's json_array builds it. */
type PointRow = [
  asOf: string,
  value: number,
  id: number,
  qualifier: Qualifier,
  high: number | null,
];

function toSparkPoint([asOf, value, , qualifier, high]: PointRow): SparkPoint {
  if (qualifier === 'exact') return { asOf, value };
  return { asOf, value, qualifier, ...(qualifier === 'range' && high !== null ? { high } : {}) };
}

/**
 * For each metric, the last SPARKLINE_LENGTH active claims (by as_of) of its main claimant: the
 * one with the most active claims, the newest breaking a tie (unattributed figures count as one
 * claimant), in one query. Following whoever spoke last would let one stray figure (an
 * unattributed toll in a wire report, say) stand for a long series. Metrics without an active
 * claim are left out.
 */
export async function listSparklines(metricIds: number[]): Promise<Map<number, SparklineSeries>> {
  const series = new Map<number, SparklineSeries>();
  if (metricIds.length === 0) return series;
  // Each step seeks an index: the main claimant through claims_metric_claimant_asof_idx (grouped
  // in index order), the cutoff (the as_of of its 60th newest figure) through the same index,
  // which bounds the window to about 60 rows per metric however long the series is; row_number
  // only trims ties on the cutoff day. Each series comes back as one JSON row: thousands of small
  // rows cost more to ship through the client than to find.
  const rows = await db.all<SeriesRow>(sql`
    WITH mains AS (
      SELECT m.id AS metric_id,
        (SELECT c.claimant_id FROM claims c
          WHERE c.metric_id = m.id AND c.status = 'active'
          GROUP BY c.claimant_id
          ORDER BY count(*) DESC, max(c.as_of) DESC, max(c.id) DESC LIMIT 1) AS claimant_id
      FROM metrics m
      WHERE m.id IN (${sql.join(metricIds, sql`, `)})
        AND EXISTS (SELECT 1 FROM claims c WHERE c.metric_id = m.id AND c.status = 'active')
    ),
    leaders AS (
      SELECT mains.metric_id, mains.claimant_id,
        (SELECT s.as_of FROM claims s
          WHERE s.metric_id = mains.metric_id AND s.claimant_id IS mains.claimant_id
            AND s.status = 'active'
          ORDER BY s.as_of DESC LIMIT 1 OFFSET ${SPARKLINE_LENGTH - 1}) AS cutoff
      FROM mains
    ),
    ranked AS (
      SELECT c.metric_id, c.claimant_id, c.as_of, c.value, c.id, c.qualifier, c.high,
        row_number() OVER (PARTITION BY c.metric_id ORDER BY c.as_of DESC, c.id DESC) AS rank
      FROM leaders l
      JOIN claims c ON c.metric_id = l.metric_id AND c.claimant_id IS l.claimant_id
      WHERE c.status = 'active' AND c.as_of >= coalesce(l.cutoff, '')
    ),
    series AS (
      SELECT metric_id, claimant_id,
        json_group_array(json_array(as_of, value, id, qualifier, high)) AS points
      FROM ranked
      WHERE rank <= ${SPARKLINE_LENGTH}
      GROUP BY metric_id, claimant_id
    )
    SELECT series.metric_id, sources.name AS claimant, series.points
    FROM series
    LEFT JOIN sources ON sources.id = series.claimant_id`);
  for (const row of rows) {
    // json_group_array above builds exactly this shape, in no set order: libSQL's server and
    // embedded replicas parse SQL themselves and reject ORDER BY inside an aggregate.
    const points = (JSON.parse(row.points) as PointRow[]).sort(
      ([asOfA, , idA], [asOfB, , idB]) => asOfA.localeCompare(asOfB) || idA - idB,
    );
    series.set(row.metric_id, { claimant: row.claimant, points: points.map(toSparkPoint) });
  }
  return series;
}
