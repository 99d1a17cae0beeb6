import type { FileRow } from './read-rows';
import type { ImportReport } from '@/lib/server/import/import-file';

/** What the import page shows after each step. */
export type ImportPageState =
  | { status: 'idle' }
  | { status: 'failed'; message: string }
  | { status: 'preview'; token: string; fileName: string; preview: FileRow[]; report: ImportReport }
  | { status: 'done'; fileName: string; report: ImportReport };
