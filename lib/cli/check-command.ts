import { parseArgs } from 'node:util';
import { openMigratedDatabase } from './open';

/** `check [--json]`: every flag of DESIGN.md's checks; exit 1 when any is raised. */
export async function checkCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { json: { type: 'boolean' } } });
  await openMigratedDatabase();
  const { listAllFlags } = await import('@/lib/server/claims/all-flags');
  const flags = await listAllFlags();
  if (values.json) {
    console.log(JSON.stringify({ flags }));
  } else if (flags.length === 0) {
    console.log('No flags: every check passed.');
  } else {
    for (const flag of flags) {
      console.log(
        `${flag.check} · ${flag.metric}${flag.claimant ? ` · ${flag.claimant}` : ''} · ${flag.dates.join(' → ')}`,
      );
      console.log(`  ${flag.message} (claims ${flag.claim_ids.join(', ')})`);
    }
    console.log(`${flags.length} flag${flags.length === 1 ? '' : 's'}.`);
  }
  return flags.length > 0 ? 1 : 0;
}
