import { formatNumber } from '@/lib/text/format';

/** A row the import refused: where (`line N` or `element N`), which field, and why. */
export type Rejection = { position: string; field: string; message: string };

/** One problem of a row, by field. */
export type FieldProblem = Omit<Rejection, 'position'>;

/**
 * How many rejections a report gives in full. Past them it only counts, by field, so a file of
 * millions of bad rows gets a report of the same size as one of a hundred.
 */
export const REJECTIONS_IN_FULL = 100;

/** What an import did, or (on a dry run) would do. */
export type ImportReport = {
  /** Rows read: the whole file, unless the check stopped at its budget. */
  rows: number;
  inserted: number;
  /** Rows that were a stored claim seen in another document: added as its appearances. */
  appearances: number;
  present: number;
  /** The first rejections, in file order (at most REJECTIONS_IN_FULL). */
  rejected: Rejection[];
  /** Rows refused, each with one rejection or more. */
  rejectedRows: number;
  /** The rejections past `rejected`, counted by field. */
  moreRejections: Record<string, number>;
  /** False for a dry run, or when a bad row stopped the import before anything was written. */
  wrote: boolean;
  /** The check ran out of time after `rows` rows: the rest of the file was not read. */
  stopped: boolean;
};

type Kept = { order: number; rejection: Rejection };

/**
 * The rejections of one pass over a file, in bounded memory: the first in full, the rest counted
 * by field (a count per column, so the counts stay few whatever the file holds).
 */
export class RejectionLog {
  private readonly kept: Kept[] = [];
  private readonly more = new Map<string, number>();
  private rowCount = 0;

  /** Notes a refused row's problems; `order` places the row in the file (its line or element). */
  add(order: number, position: string, problems: readonly FieldProblem[]): void {
    this.rowCount++;
    for (const { field, message } of problems) {
      if (this.kept.length < REJECTIONS_IN_FULL)
        this.kept.push({ order, rejection: { position, field, message } });
      else this.count(field, 1);
    }
  }

  get rows(): number {
    return this.rowCount;
  }

  /**
   * The log of two passes over different rows of one file. Each kept its own first rejections, so
   * the file's first are among them.
   */
  static merge(a: RejectionLog, b: RejectionLog): RejectionLog {
    const merged = new RejectionLog();
    merged.rowCount = a.rowCount + b.rowCount;
    const all = [...a.kept, ...b.kept].sort((x, y) => x.order - y.order);
    merged.kept.push(...all.slice(0, REJECTIONS_IN_FULL));
    for (const { rejection } of all.slice(REJECTIONS_IN_FULL)) merged.count(rejection.field, 1);
    for (const log of [a, b]) for (const [field, n] of log.more) merged.count(field, n);
    return merged;
  }

  summary(): Pick<ImportReport, 'rejected' | 'rejectedRows' | 'moreRejections'> {
    return {
      rejected: this.kept.map((k) => k.rejection),
      rejectedRows: this.rowCount,
      moreRejections: Object.fromEntries(this.more),
    };
  }

  private count(field: string, n: number): void {
    this.more.set(field, (this.more.get(field) ?? 0) + n);
  }
}

/**
 * What the report leaves out, in one line: "…and 4,999,900 more rejections (value: 3,000,000;
 * as_of: 1,999,900)", the fields with the most first. Null when every rejection is given in full.
 */
export function moreRejectionsText(report: Pick<ImportReport, 'moreRejections'>): string | null {
  const counts = Object.entries(report.moreRejections).sort(([, a], [, b]) => b - a);
  const total = counts.reduce((sum, [, n]) => sum + n, 0);
  if (total === 0) return null;
  const byField = counts.map(([field, n]) => `${field}: ${formatNumber(n)}`).join('; ');
  return `…and ${formatNumber(total)} more rejection${total === 1 ? '' : 's'} (${byField})`;
}
