import 'server-only';
import { and, asc, count, eq, isNull, ne } from 'drizzle-orm';
import { db } from '@/db/client';
import { claims, sources } from '@/db/schema';
import type { SourceEdit } from '@/lib/catalog/inputs';
import { ChangeReason } from '@/lib/claims/input/change-reason';
import type { FieldErrors, FormState, FormValues } from '@/lib/forms';
import { findSourceBySlug } from '@/lib/server/sources/match';
import { listSourceAliases } from '@/lib/server/sources/queries';

// The three forms of /editor/sources/[slug]/edit: the source's fields, another name, a merge.
// Their field lists are the names the actions' InputErrors are matched against.

export const SOURCE_EDIT_FIELDS = ['name', 'kind', 'url', 'description', 'reason'] as const;
export const SOURCE_ALIAS_FIELDS = ['name', 'reason'] as const;
export const SOURCE_MERGE_FIELDS = ['into', 'reason', 'confirm'] as const;
export type SourceEditField = (typeof SOURCE_EDIT_FIELDS)[number];
export type SourceEditState = FormState<Record<SourceEditField, string>>;
export type SourceAliasState = FormState<Record<(typeof SOURCE_ALIAS_FIELDS)[number], string>>;
type SourceMergeFields = Record<(typeof SOURCE_MERGE_FIELDS)[number], string>;
export type SourceMergeState = FormState<SourceMergeFields>;
type SourceMergeErrors = FieldErrors<SourceMergeFields>;

/** A source as its edit page opens: its fields as typed text, its other names, where it may go. */
export type SourceEditForm = {
  id: number;
  slug: string;
  name: string;
  values: FormValues;
  aliases: string[];
  /** How many figures it gave (active or retracted): what a merge moves, with those it relayed. */
  claimCount: number;
  /** Every other source that is not merged: what it may be merged into. */
  targets: { slug: string; name: string }[];
};

/** The edit form of the source whose own slug this is; null when none is, or it was merged. */
export async function loadSourceEditForm(slug: string): Promise<SourceEditForm | null> {
  const found = await findSourceBySlug(db, slug);
  if (!found || found.mergedInto) return null;
  const [[row], aliases, targets, [counted]] = await Promise.all([
    db.select().from(sources).where(eq(sources.id, found.id)),
    listSourceAliases(db, found.id),
    db
      .select({ slug: sources.slug, name: sources.name })
      .from(sources)
      .where(and(ne(sources.id, found.id), isNull(sources.mergedInto)))
      .orderBy(asc(sources.name)),
    db
      .select({ n: count() })
      .from(claims)
      .where(and(eq(claims.claimantId, found.id), ne(claims.status, 'merged'))),
  ]);
  if (!row) return null;
  const values: Record<keyof SourceEdit, string> = {
    name: row.name,
    kind: row.kind,
    url: row.url ?? '',
    description: row.description ?? '',
  };
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    values,
    aliases,
    claimCount: counted?.n ?? 0,
    targets,
  };
}

/**
 * What is wrong with a posted merge form before anything is looked up: no source chosen, no reason
 * (the one ChangeReason rule mergeSources applies too), the box not ticked. Null when nothing is.
 */
export function mergeFormErrors(values: FormValues): SourceMergeErrors | null {
  const errors: SourceMergeErrors = {};
  if (!values.into) errors.into = ['Choose the source this one is the same as'];
  const reason = ChangeReason.safeParse(values.reason);
  if (!reason.success) errors.reason = reason.error.issues.map((issue) => issue.message);
  // A merge is not undone by another form, so it is confirmed on purpose.
  if (values.confirm !== 'on')
    errors.confirm = ['Tick the box to confirm that these are one source'];
  return Object.keys(errors).length > 0 ? errors : null;
}
