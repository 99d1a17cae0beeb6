import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import type { Database, Executor } from '@/db/client';
import { dataTasks } from '@/db/schema';
import { mergeExactDuplicates } from '@/lib/server/claims/claim-merge';
import { bumpDataVersion } from '@/lib/server/data-version';
import { SYSTEM_ACTOR } from '@/lib/server/history/revisions';

// Data changes a migration queues (a row in data_tasks) because they need the app's own rules.
const TASKS: Record<string, (tx: Executor) => Promise<unknown>> = {
  // Migration 0003: exact duplicates stored before appearances existed become one claim each.
  merge_exact_duplicates: (tx) => mergeExactDuplicates(tx, SYSTEM_ACTOR),
};

/**
 * Runs every queued data task once, each in one write transaction with its "done" mark, so two
 * processes that open a database at the same moment cannot both run it, and a crash leaves it
 * queued. Called after the migrations, wherever they run.
 */
export async function runDataTasks(db: Database): Promise<void> {
  const pending = await db.select().from(dataTasks).where(isNull(dataTasks.doneAt));
  for (const { name } of pending) {
    const task = TASKS[name];
    if (!task) throw new Error(`data_tasks holds '${name}', a task this version does not know`);
    await db.transaction(async (tx) => {
      const done = await tx
        .update(dataTasks)
        .set({ doneAt: new Date() })
        .where(and(eq(dataTasks.name, name), isNull(dataTasks.doneAt)))
        .returning();
      if (done.length === 0) return;
      await task(tx);
      await bumpDataVersion(tx);
    });
  }
}
