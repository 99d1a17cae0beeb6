/** A row the import refused: where (`line N` or `element N`), which field, and why. */
export type Rejection = { position: string; field: string; message: string };

/** What an import did, or (on a dry run) would do. */
export type ImportReport = {
  rows: number;
  inserted: number;
  /** Rows that were a stored claim seen in another document: added as its appearances. */
  appearances: number;
  present: number;
  rejected: Rejection[];
  /** False for a dry run, or when a bad row stopped the import before anything was written. */
  wrote: boolean;
};
