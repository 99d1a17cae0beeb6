// Spreadsheet formula injection (OWASP "CSV Injection"): a cell that starts with `=`, `+`, `-`,
// `@`, a tab or a carriage return is run as a formula by Excel, LibreOffice and Google Sheets when
// a CSV is opened. Tally's CSV export writes such a text cell with a single quote in front, which
// spreadsheets read as "this is text" and do not show; Tally's own CSV import takes that quote off
// again, so export → import → export stays byte-exact. A text that really starts with quotes
// followed by one of those characters gets one more quote, so the rule is undone exactly: the
// guard and the unguard are inverse on every string. Numbers are written as numbers, never guarded.

// Quotes already in front, then a character that starts a formula.
const NEEDS_GUARD = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;
const QUOTE = 39;

/** A text cell as the CSV export writes it: a formula-like text gets a leading `'`. */
export function guardCsvCell(text: string): string {
  return NEEDS_GUARD.test(text) ? `'${text}` : text;
}

/** A CSV cell as Tally's import reads it: the one `'` the export put in front comes off. */
export function unguardCsvCell(text: string): string {
  return text.charCodeAt(0) === QUOTE && GUARDED.test(text) ? text.slice(1) : text;
}

/** A parsed CSV record with unguardCsvCell applied to each text cell (the same record when none changes). */
export function unguardCsvRecord(record: Record<string, unknown>): Record<string, unknown> {
  let cells = record;
  // A loop, not entries(): the import reads millions of rows, and almost no cell starts with `'`.
  for (const column in record) {
    const value = record[column];
    if (typeof value !== 'string' || value.charCodeAt(0) !== QUOTE) continue;
    const unguarded = unguardCsvCell(value);
    if (unguarded === value) continue;
    if (cells === record) cells = { ...record };
    cells[column] = unguarded;
  }
  return cells;
}
