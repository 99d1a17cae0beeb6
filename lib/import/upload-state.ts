import type { FormState } from '@/lib/forms';
import type { FileRow } from './read-rows';
import type { ImportReport } from './import-report';

/** The columns the preview shows of a file's first rows. */
export const PREVIEW_COLUMNS = [
  'metric',
  'value',
  'qualifier',
  'as_of',
  'claimant',
  'title',
  'url',
];
// A cell shows this much of its value: enough to recognise a row, and a hostile file's 100 MB field
// does not travel back to the browser.
const CELL_CHARACTERS = 120;

/** A row as the preview shows it: its place in the file and the preview's columns, as text. */
export type PreviewRow = { position: string; cells: string[] };

export function previewRow(row: FileRow): PreviewRow {
  return {
    position: row.position,
    cells: PREVIEW_COLUMNS.map((column) => {
      const value = row.raw[column];
      const text = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
      return text.length > CELL_CHARACTERS ? `${text.slice(0, CELL_CHARACTERS)}…` : text;
    }),
  };
}

/** Step one posts a file; what it shows is the first rows and what an import of it would do. */
export type ImportPreview = {
  token: string;
  fileName: string;
  rows: PreviewRow[];
  report: ImportReport;
};
export type PreviewImportState = FormState<{ file: File }, ImportPreview>;

/** Step two posts the checked upload back by its token; what it shows is what was imported. */
export type ImportDone = { fileName: string; report: ImportReport };
export type ConfirmImportState = FormState<{ token: string; skip_invalid: string }, ImportDone>;
