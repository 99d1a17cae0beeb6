import 'server-only';
import { z } from 'zod';
import { type Executor, db } from '@/db/client';
import { sourceAliases } from '@/db/schema';
import { ClaimInput } from '@/lib/claims/input/claim-input';
import { ChangeReason } from '@/lib/claims/input/change-reason';
import { InputError, inputError } from '@/lib/errors';
import { bumpDataVersion } from '@/lib/server/data-version';
import type { Actor } from '@/lib/server/history/revisions';
import { type SourceBySlug, findSource, findSourceBySlug } from '@/lib/server/sources/match';
import { recordSourceRevision } from '@/lib/server/sources/snapshot';

/** Another name of a source: the rules of a claimant's name (trimmed, at most 200 characters). */
export const AliasName = ClaimInput.shape.claimant.pipe(
  z.string({ error: 'Give the other name the source is known by' }),
);

/**
 * The unmerged source a slug (its own, not a name) names, for a change to it; an InputError naming
 * `field` for an unknown slug or a source already merged into another.
 */
export async function sourceToChange(
  tx: Executor,
  slug: string,
  field: string,
): Promise<SourceBySlug & { mergedInto: null }> {
  const source = await findSourceBySlug(tx, slug);
  if (!source) throw inputError(field, `No source has the slug '${slug}'`);
  const { mergedInto } = source;
  if (mergedInto)
    throw inputError(
      field,
      `'${source.slug}' was merged into '${mergedInto.slug}': change '${mergedInto.slug}' instead`,
    );
  return { ...source, mergedInto };
}

/**
 * Refuses a name that some source already answers to (its slug, name or alias): one name must mean
 * one source, or a claim naming it could be filed under either.
 */
export async function refuseTakenName(
  tx: Executor,
  name: string,
  field: string,
  sourceId: number,
): Promise<void> {
  const owner = await findSource(tx, name);
  if (!owner) return;
  throw inputError(
    field,
    owner.id === sourceId
      ? `This source already answers to '${name}'`
      : `'${name}' already means another source: ${owner.name} (${owner.slug})`,
  );
}

/**
 * Adds another name a source is known by, in one transaction with an 'alias' revision of the
 * source. InputError naming 'name' for a blank or taken name, 'slug' for an unknown or merged
 * source, 'reason' for a blank reason when one is given.
 */
export async function addSourceAlias(
  slug: string,
  name: string,
  actor: Actor,
  reason?: string,
): Promise<{ slug: string; alias: string }> {
  const parsed = AliasName.safeParse(name);
  const why = reason === undefined ? undefined : ChangeReason.safeParse(reason);
  // Both at once: a form missing a name and a reason marks both.
  if (!parsed.success || why?.success === false)
    throw new InputError({
      ...(parsed.success ? {} : { name: parsed.error.issues.map((issue) => issue.message) }),
      ...(why?.success === false ? { reason: why.error.issues.map((issue) => issue.message) } : {}),
    });
  return db.transaction(async (tx) => {
    const source = await sourceToChange(tx, slug, 'slug');
    await refuseTakenName(tx, parsed.data, 'name', source.id);
    await tx.insert(sourceAliases).values({ sourceId: source.id, name: parsed.data });
    await recordSourceRevision(
      tx,
      actor,
      source.id,
      'alias',
      why?.data ?? `Also known as '${parsed.data}'`,
    );
    await bumpDataVersion(tx);
    return { slug: source.slug, alias: parsed.data };
  });
}
