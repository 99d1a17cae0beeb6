import { qualifiedValueInWords } from '@/lib/text/format';
import type { Draft } from './types';

const COLUMNS = [
  '#',
  'figure',
  'counted',
  'outcome',
  'claimant',
  'as of',
  'part of',
  'flags',
] as const;

function row(draft: Draft, index: number): string[] {
  const figure =
    qualifiedValueInWords({ ...draft, unit: draft.unit }) + (draft.unit === 'percent' ? '%' : '');
  return [
    String(index),
    figure,
    draft.counted,
    draft.outcome,
    draft.claimant ? `${draft.claimant} (${draft.attribution})` : 'unattributed',
    draft.as_of ?? '?',
    draft.part_of === null ? '' : `#${draft.part_of}`,
    draft.flags.join(' '),
  ];
}

/** The drafts as a plain-text table, each followed by its quote, for reading in a terminal. */
export function formatDraftTable(drafts: readonly Draft[]): string {
  const rows = drafts.map((draft, i) => ({ cells: row(draft, i), quote: draft.quote }));
  const widths = COLUMNS.map((c, i) =>
    Math.min(40, Math.max(c.length, ...rows.map((r) => (r.cells[i] ?? '').length))),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => {
        const width = widths[i] ?? cell.length;
        return cell.length > width ? `${cell.slice(0, width - 1)}…` : cell.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  const body = rows.flatMap((r) => [line(r.cells), `    “${r.quote}”`]);
  return [line(COLUMNS), ...body].join('\n');
}
