import type { FormState } from '@/lib/forms';
import type { FileRow } from './read-rows';
import type { ImportReport } from './import-report';

/** Step one posts a file; what it shows is the first rows and what an import of it would do. */
export type ImportPreview = {
  token: string;
  fileName: string;
  rows: FileRow[];
  report: ImportReport;
};
export type PreviewImportState = FormState<{ file: File }, ImportPreview>;

/** Step two posts the checked upload back by its token; what it shows is what was imported. */
export type ImportDone = { fileName: string; report: ImportReport };
export type ConfirmImportState = FormState<{ token: string; skip_invalid: string }, ImportDone>;
