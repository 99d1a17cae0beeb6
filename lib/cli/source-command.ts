import { parseArgs } from 'node:util';
import { UsageError } from '@/lib/errors';
import { openMigratedDatabase } from './open';

const USAGE = 'source alias SLUG NAME [--reason TEXT] | source merge FROM INTO --reason TEXT';

/**
 * `source alias SLUG NAME`: another name the source is known by. `source merge FROM INTO --reason
 * TEXT`: FROM was found to be INTO; its claims move there. Bad input exits 2 naming the field.
 */
export async function sourceCommand(args: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: { reason: { type: 'string' } },
  });
  const [action, first, second, ...rest] = positionals;
  if (!first || !second || rest.length > 0) throw new UsageError(`usage: ${USAGE}`);
  await openMigratedDatabase();
  const { SYSTEM_ACTOR } = await import('@/lib/server/history/revisions');
  switch (action) {
    case 'alias': {
      const { addSourceAlias } = await import('@/lib/server/sources/aliases');
      const added = await addSourceAlias(first, second, SYSTEM_ACTOR, values.reason);
      console.log(`'${added.alias}' now means the source ${added.slug}.`);
      return 0;
    }
    case 'merge': {
      const { mergeSources } = await import('@/lib/server/sources/merge');
      // A missing --reason is the same bad input as a blank one: mergeSources names the field.
      const merged = await mergeSources(first, second, values.reason ?? '', SYSTEM_ACTOR);
      console.log(
        `${merged.from} merged into ${merged.into}: ${merged.claimsMoved} claims moved, ` +
          `${merged.duplicatesMerged} exact duplicates merged.`,
      );
      return 0;
    }
    default:
      throw new UsageError(`usage: ${USAGE}`);
  }
}
