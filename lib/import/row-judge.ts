import { z } from 'zod';
import { ClaimInput } from '@/lib/claims/input/claim-input';
import { type FieldProblem, REJECTIONS_IN_FULL } from '@/lib/import/import-report';
import type { FileRow } from '@/lib/import/read-rows';

export type Judged = { ok: true; input: ClaimInput } | { ok: false; problems: FieldProblem[] };

// Rows are remembered only once this many were refused (a file mostly bad), and only short ones:
// millions of rows in a few megabytes are short and must repeat, while a file of real rows pays
// nothing for the memory.
const REMEMBER_AFTER = REJECTIONS_IN_FULL;
const REMEMBERED_CHARACTERS = 1024;
const REMEMBERED_ROWS = 1000;

/**
 * Parses each row of a file by the one claim schema. The schema's problems depend on the row's
 * fields alone, so a refused row seen again is refused again without parsing it: a file of five
 * million copies of a few bad rows is judged at the speed it is read.
 */
export class RowJudge {
  private refused = 0;
  private readonly remembered = new Map<string, FieldProblem[]>();

  judge(row: FileRow): Judged {
    if (row.problems && row.problems.length > 0) return { ok: false, problems: row.problems };
    const key = this.refused >= REMEMBER_AFTER ? shortKey(row.raw) : null;
    const known = key === null ? undefined : this.remembered.get(key);
    if (known) return { ok: false, problems: known };
    const parsed = ClaimInput.safeParse(row.raw);
    if (parsed.success) return { ok: true, input: parsed.data };
    this.refused++;
    const problems = Object.entries(z.flattenError(parsed.error).fieldErrors).flatMap(
      ([field, messages]) => (messages ?? []).map((message) => ({ field, message })),
    );
    if (key !== null) {
      if (this.remembered.size >= REMEMBERED_ROWS) this.remembered.clear();
      this.remembered.set(key, problems);
    }
    return { ok: false, problems };
  }
}

function shortKey(raw: Record<string, unknown>): string | null {
  let length = 0;
  for (const value of Object.values(raw)) {
    length += typeof value === 'string' ? value.length : 8;
    if (length > REMEMBERED_CHARACTERS) return null;
  }
  return JSON.stringify(raw);
}
