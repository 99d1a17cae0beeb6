import 'server-only';
import type { Pace } from '@/lib/import/pace';
import { type ImportSource, readRows } from '@/lib/import/read-rows';
import { RejectionLog } from '@/lib/import/import-report';
import { RowJudge } from '@/lib/import/row-judge';
import { ReferencePlan } from '@/lib/server/import/reference-plan';

export type Progress = (progress: {
  phase: 'validating' | 'writing';
  rows: number;
  total: number;
}) => void;

/** What the first pass found: the file's references, its rows and its rejections. */
export type CheckedFile = {
  plan: ReferencePlan;
  judge: RowJudge;
  rows: number;
  rejections: RejectionLog;
  /** The pace's budget ran out after `rows` rows: the rest of the file was not read. */
  stopped: boolean;
};

/**
 * The first pass: every row parsed and its references checked, writing nothing. A row may name a
 * metric or source that a later row creates, so a row whose references are not known yet waits for
 * the end of the file; references only ever become known, so every other row is judged as it is
 * read. Waiting rows are judged by reading the file again rather than held, and rejections are
 * logged in bounded memory, so a file of any size and any badness is checked in bounded memory.
 */
export async function checkFile(
  source: ImportSource,
  pace: Pace,
  onProgress?: Progress,
): Promise<CheckedFile> {
  const plan = await ReferencePlan.load();
  const judge = new RowJudge();
  const refused = new RejectionLog();
  const waiting = new RowBits();
  let rows = 0;
  let stopped = false;
  for await (const row of readRows(source)) {
    const judged = judge.judge(row);
    if (!judged.ok) refused.add(rows, row.position, judged.problems);
    else {
      plan.learn(judged.input);
      if (Object.keys(plan.problems(judged.input)).length > 0) waiting.add(rows);
    }
    rows++;
    if (rows % 5000 === 0) onProgress?.({ phase: 'validating', rows, total: 0 });
    if (!(await pace.breathe())) {
      stopped = true;
      break;
    }
  }
  const checked = { plan, judge, rows, rejections: refused, stopped };
  // Stopped early, a waiting row may name what the unread rows create: it is left unjudged.
  if (waiting.last < 0 || stopped) return done(checked, onProgress);

  const unresolved = new RejectionLog();
  let row = 0;
  for await (const fileRow of readRows(source)) {
    const judged = waiting.has(row) ? judge.judge(fileRow) : null;
    const problems = judged?.ok ? Object.entries(plan.problems(judged.input)) : [];
    if (problems.length > 0)
      unresolved.add(
        row,
        fileRow.position,
        problems.map(([field, message]) => ({ field, message })),
      );
    if (row++ >= waiting.last) break;
    if (!(await pace.breathe())) {
      checked.stopped = true;
      break;
    }
  }
  return done({ ...checked, rejections: RejectionLog.merge(refused, unresolved) }, onProgress);
}

function done(checked: CheckedFile, onProgress?: Progress): CheckedFile {
  onProgress?.({ phase: 'validating', rows: checked.rows, total: checked.rows });
  return checked;
}

/** Row numbers as bits, in a buffer that grows: a file of 100 million rows takes 12.5 MB. */
class RowBits {
  private bits = new Uint8Array(1024);
  /** The highest row added, or -1. */
  last = -1;

  add(row: number): void {
    const byte = row >> 3;
    if (byte >= this.bits.length) {
      const grown = new Uint8Array(Math.max(byte + 1, this.bits.length * 2));
      grown.set(this.bits);
      this.bits = grown;
    }
    this.bits[byte] = (this.bits[byte] ?? 0) | (1 << (row & 7));
    this.last = Math.max(this.last, row);
  }

  has(row: number): boolean {
    return (((this.bits[row >> 3] ?? 0) >> (row & 7)) & 1) === 1;
  }
}
