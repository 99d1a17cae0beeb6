import { sql } from 'drizzle-orm';
import {
  type AnySQLiteColumn,
  index,
  integer,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import { createdAt } from './columns';
import { editors } from './auth-schema';
// The tables of editors and their credentials live beside this file.
export * from './auth-schema';
// The enum arrays live in a module without dependencies, so client forms can import them too.
export * from './enums';
import {
  ATTRIBUTIONS,
  CLAIM_STATUSES,
  METRIC_KINDS,
  QUALIFIERS,
  REVISED_RECORDS,
  REVISION_ACTIONS,
  SOURCE_KINDS,
} from './enums';

export const topics = sqliteTable('topics', {
  id: integer().primaryKey({ autoIncrement: true }),
  slug: text().notNull().unique(),
  title: text().notNull(),
  description: text(),
  createdAt: createdAt(),
});

export const metrics = sqliteTable(
  'metrics',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    slug: text().notNull().unique(),
    topicId: integer()
      .notNull()
      .references(() => topics.id),
    name: text().notNull(),
    // What exactly is counted, and how: shown under the metric's heading.
    description: text(),
    unit: text().notNull().default('people'),
    // cumulative: a running total that must not fall; count: a bounded event.
    kind: text({ enum: METRIC_KINDS }).notNull().default('count'),
    // A part of a whole ("civilians killed" inside "people killed").
    parentId: integer().references((): AnySQLiteColumn => metrics.id),
    // Whether the parts add up to the whole; most published breakdowns are partial.
    isPartsComplete: integer({ mode: 'boolean' }).notNull().default(false),
    // How far apart (a fraction: 0.1 is 10%) two claimants' latest figures may be before an
    // alert says they diverged; null is the default, 10%.
    divergenceThreshold: real(),
    createdAt: createdAt(),
  },
  (t) => [index('metrics_topic_idx').on(t.topicId), index('metrics_parent_idx').on(t.parentId)],
);

export const sources = sqliteTable(
  'sources',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    slug: text().notNull().unique(),
    name: text().notNull(),
    kind: text({ enum: SOURCE_KINDS }).notNull(),
    url: text(),
    // One line on who the source is ("UK-based monitor").
    description: text(),
    // Set when this source was found to be another one: its name became the survivor's alias.
    mergedInto: integer().references((): AnySQLiteColumn => sources.id),
    createdAt: createdAt(),
  },
  // Sources are matched by name case-insensitively, so two sources may not differ only in case. A
  // source merged away keeps its name for its history, but answers to nothing of its own: the
  // name is the survivor's alias, and the survivor may take it as its name.
  (t) => [
    uniqueIndex('sources_name_nocase_idx')
      .on(sql`lower(${t.name})`)
      .where(sql`${t.mergedInto} IS NULL`),
    index('sources_merged_into_idx').on(t.mergedInto),
  ],
);

// Other names a source is known by ("OHCHR" for the UN human rights office). A name answers to
// one source only, whether it is a source's own name or an alias (lib/server/sources/match.ts).
export const sourceAliases = sqliteTable(
  'source_aliases',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    sourceId: integer()
      .notNull()
      .references(() => sources.id),
    name: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('source_aliases_name_nocase_idx').on(sql`lower(${t.name})`),
    index('source_aliases_source_idx').on(t.sourceId),
  ],
);

export const documents = sqliteTable(
  'documents',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    url: text().unique(),
    title: text(),
    publisher: text(),
    byline: text(),
    publishedOn: text(),
    retrievedOn: text(),
    archiveUrl: text(),
    createdAt: createdAt(),
  },
  // A document without a URL is matched by title + publisher + published date.
  (t) => [index('documents_title_idx').on(t.title, t.publisher, t.publishedOn)],
);

export const claims = sqliteTable(
  'claims',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    metricId: integer()
      .notNull()
      .references(() => metrics.id),
    // For a range, the low end.
    value: real().notNull(),
    qualifier: text({ enum: QUALIFIERS }).notNull().default('exact'),
    // The interval the claim means; null is unbounded. The qualifier says which ends are open.
    low: real(),
    high: real(),
    // Whether low/high were given by an editor rather than implied by the qualifier.
    hasExplicitBounds: integer({ mode: 'boolean' }).notNull().default(false),
    // The day the figure is current to.
    asOf: text().notNull(),
    periodStart: text(),
    periodEnd: text(),
    // Empty only when the attribution is 'unattributed'.
    claimantId: integer().references(() => sources.id),
    // A source that relayed the claimant's figure, when the document names one.
    viaId: integer().references(() => sources.id),
    attribution: text({ enum: ATTRIBUTIONS }).notNull().default('reported'),
    statedOn: text(),
    // documentId, quote, viaId and attribution are the claim's first appearance, copied here so
    // every read of a claim needs no second join; lib/server/claims/appearances.ts alone keeps
    // them in step with claim_appearances.
    documentId: integer()
      .notNull()
      .references(() => documents.id),
    quote: text(),
    notes: text(),
    // How many documents the claim appeared in: a count of its claim_appearances, kept with them.
    appearanceCount: integer().notNull().default(1),
    status: text({ enum: CLAIM_STATUSES }).notNull().default('active'),
    // For status 'merged': the claim this exact duplicate lives on in.
    mergedInto: integer().references((): AnySQLiteColumn => claims.id),
    // Null for rows written by the seed or the CLI, which act as no editor.
    enteredBy: integer().references(() => editors.id),
    createdAt: createdAt(),
    updatedAt: createdAt(),
  },
  (t) => [
    index('claims_metric_status_asof_idx').on(t.metricId, t.status, t.asOf, t.id),
    index('claims_metric_claimant_asof_idx').on(t.metricId, t.claimantId, t.asOf),
    index('claims_claimant_idx').on(t.claimantId),
    index('claims_via_idx').on(t.viaId),
    index('claims_document_idx').on(t.documentId),
    index('claims_merged_into_idx').on(t.mergedInto),
  ],
);

// Every document a claim appeared in (DESIGN.md "appearance"), its first one included: where it
// was published, in which words, through whom, and who entered it when.
export const claimAppearances = sqliteTable(
  'claim_appearances',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    claimId: integer()
      .notNull()
      .references(() => claims.id),
    documentId: integer()
      .notNull()
      .references(() => documents.id),
    quote: text(),
    viaId: integer().references(() => sources.id),
    attribution: text({ enum: ATTRIBUTIONS }).notNull().default('reported'),
    enteredBy: integer().references(() => editors.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('claim_appearances_claim_document_idx').on(t.claimId, t.documentId),
    index('claim_appearances_document_idx').on(t.documentId),
    index('claim_appearances_via_idx').on(t.viaId),
  ],
);

export const claimRevisions = sqliteTable(
  'claim_revisions',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    claimId: integer()
      .notNull()
      .references(() => claims.id),
    action: text({ enum: REVISION_ACTIONS }).notNull(),
    // JSON: the claim as it stood after the change, with the names, URL and title it pointed to.
    snapshot: text({ mode: 'json' }).notNull(),
    editorId: integer().references(() => editors.id),
    reason: text(),
    // JSON: the entry checks that fired when this change was saved, as the editor confirmed them.
    warnings: text({ mode: 'json' }),
    // For an 'appearance' revision: the appearance it added.
    appearanceId: integer().references(() => claimAppearances.id),
    createdAt: createdAt(),
  },
  (t) => [index('claim_revisions_claim_idx').on(t.claimId, t.id)],
);

export const recordRevisions = sqliteTable(
  'record_revisions',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    record: text({ enum: REVISED_RECORDS }).notNull(),
    recordId: integer().notNull(),
    action: text({ enum: REVISION_ACTIONS }).notNull(),
    snapshot: text({ mode: 'json' }).notNull(),
    editorId: integer().references(() => editors.id),
    reason: text(),
    createdAt: createdAt(),
  },
  (t) => [index('record_revisions_record_idx').on(t.record, t.recordId, t.id)],
);

// Data changes a migration leaves to the app, because they need its rules (merging the exact
// duplicates stored before appearances existed). Run, then marked done, by lib/server/data-tasks.ts.
export const dataTasks = sqliteTable('data_tasks', {
  name: text().primaryKey(),
  doneAt: integer({ mode: 'timestamp_ms' }),
});

// One row (id 1). Every write transaction bumps it, so caches and ETags can key on it.
export const dataVersion = sqliteTable('data_version', {
  id: integer().primaryKey(),
  version: integer().notNull().default(0),
});
