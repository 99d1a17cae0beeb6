import { parseArgs } from 'node:util';
import { CLAIM_IDS_ON_CLAIM, type Flag } from '@/lib/claims/checks';
import { formatNumber } from '@/lib/text/format';
import { openMigratedDatabase } from './open';

/**
 * `check [--json]`: every flag of DESIGN.md's checks; exit 1 when any is raised. Each flag is a
 * heading line and its message; a flag about many claims (a day of 1,500 disagreeing figures is
 * one flag) lists the first few ids and counts the rest, while `--json` lists them all.
 */
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
      console.log(`  ${flag.message} (${claimsInWords(flag)})`);
    }
    console.log(`${flags.length} flag${flags.length === 1 ? '' : 's'}.`);
  }
  return flags.length > 0 ? 1 : 0;
}

function claimsInWords({ claim_ids: ids }: Flag): string {
  const rest = ids.length - CLAIM_IDS_ON_CLAIM;
  if (rest <= 0) return `claims ${ids.join(', ')}`;
  return (
    `${formatNumber(ids.length)} claims: ${ids.slice(0, CLAIM_IDS_ON_CLAIM).join(', ')} ` +
    `and ${formatNumber(rest)} more`
  );
}
