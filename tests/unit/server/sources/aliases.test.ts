import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { claims, sourceAliases } from '@/db/schema';
import { SourceEdit } from '@/lib/catalog/inputs';
import { editSource } from '@/lib/server/catalog/edits';
import { listRecordRevisions } from '@/lib/server/catalog/queries';
import type { Actor } from '@/lib/server/history/revisions';
import { importFile } from '@/lib/server/import/import-file';
import { addSourceAlias } from '@/lib/server/sources/aliases';
import { findSource } from '@/lib/server/sources/match';
import { mergeSources } from '@/lib/server/sources/merge';
import { getSourceRecord } from '@/lib/server/sources/queries';
import {
  failedFields,
  newClaim,
  newSource,
  setUpCatalogEdits,
  state,
} from '@/tests/support/catalog-edits';

let editor: Actor;

/** Everything a refused change must leave as it was: the catalog's state and every alias. */
const written = async () => ({
  ...(await state()),
  aliases: await db.select().from(sourceAliases),
});

beforeAll(async () => {
  editor = await setUpCatalogEdits();
  await newSource('UN Human Rights Office');
  await newSource('Health Cluster');
  await addSourceAlias('health-cluster', 'WHO cluster', editor);
});

describe('addSourceAlias', () => {
  test('adds a name the source then answers to, kept in its history with the reason', async () => {
    const before = await written();
    expect(
      await addSourceAlias('un-human-rights-office', ' OHCHR ', editor, 'Their acronym'),
    ).toEqual({ slug: 'un-human-rights-office', alias: 'OHCHR' });
    expect(await findSource(db, 'ohchr')).toMatchObject({ slug: 'un-human-rights-office' });
    expect(await getSourceRecord('un-human-rights-office')).toMatchObject({ aliases: ['OHCHR'] });
    const office = await findSource(db, 'un-human-rights-office');
    const history = await listRecordRevisions('source', office?.id ?? 0);
    expect(history.map((r) => [r.action, r.reason])).toEqual([
      ['create', null],
      ['alias', 'Their acronym'],
    ]);
    expect(history[1]?.snapshot).toMatchObject({
      name: 'UN Human Rights Office',
      aliases: ['OHCHR'],
    });
    expect(history[1]?.changes).toEqual([
      { field: 'aliases', label: 'Other names', before: null, after: 'OHCHR' },
    ]);
    expect(history[1]?.editor_id).toBe(editor.editorId);
    expect((await state()).version).toBe(before.version + 1);
  });

  test('without a reason, the history says which name was added', async () => {
    await addSourceAlias('health-cluster', 'Global Health Cluster', editor);
    const source = await findSource(db, 'health-cluster');
    const history = await listRecordRevisions('source', source?.id ?? 0);
    expect(history.at(-1)).toMatchObject({
      action: 'alias',
      reason: "Also known as 'Global Health Cluster'",
      snapshot: { aliases: ['WHO cluster', 'Global Health Cluster'] },
    });
  });

  test.each([
    ["another source's name, in other case", 'health-cluster', 'un human rights office', 'name'],
    ["another source's alias", 'un-human-rights-office', 'who CLUSTER', 'name'],
    ["another source's slug", 'health-cluster', 'sohr', 'name'],
    ["the source's own name", 'health-cluster', 'Health Cluster', 'name'],
    ["the source's own alias", 'health-cluster', 'WHO Cluster', 'name'],
    ['a blank name', 'health-cluster', '   ', 'name'],
    ['a name over 200 characters', 'health-cluster', 'x'.repeat(201), 'name'],
    ['an unknown slug', 'nobody-here', 'Somebody', 'slug'],
  ])('refuses %s, naming the field and writing nothing', async (_, slug, name, field) => {
    const before = await written();
    expect(await failedFields(addSourceAlias(slug, name, editor))).toEqual([field]);
    expect(await written()).toEqual(before);
  });

  test('refuses a blank reason when one is given', async () => {
    const before = await written();
    expect(await failedFields(addSourceAlias('health-cluster', 'HC', editor, ' '))).toEqual([
      'reason',
    ]);
    expect(await written()).toEqual(before);
  });

  test('marks a blank name and a blank reason together, as a form shows them', async () => {
    expect(await failedFields(addSourceAlias('health-cluster', '', editor, ''))).toEqual([
      'name',
      'reason',
    ]);
  });

  test('refuses a name for a source merged into another: the survivor takes names', async () => {
    await newSource('Relief Desk');
    await newSource('Relief Desk Two');
    await mergeSources('relief-desk-two', 'relief-desk', 'Same desk', editor);
    const before = await written();
    const refused = addSourceAlias('relief-desk-two', 'RD2', editor);
    await expect(refused).rejects.toThrow("'relief-desk-two' was merged into 'relief-desk'");
    expect(await written()).toEqual(before);
  });
});

test("a source cannot be renamed to another source's alias", async () => {
  const cluster = await findSource(db, 'health-cluster');
  const before = await written();
  const rename = editSource(
    cluster?.id ?? 0,
    SourceEdit.parse({ name: 'ohchr', kind: 'ngo' }),
    'Wrong name',
    editor,
  );
  expect(await failedFields(rename)).toEqual(['name']);
  expect(await written()).toEqual(before);
});

describe('a claim naming a source by an alias', () => {
  test('is filed under that source by every door: the writer and the import', async () => {
    const claimId = await newClaim({ claimant: 'ohchr', attribution: 'reported' });
    const [claim] = await db.select().from(claims).where(eq(claims.id, claimId));
    const office = await findSource(db, 'un-human-rights-office');
    expect(claim?.claimantId).toBe(office?.id);

    const file = path.join(mkdtempSync(path.join(tmpdir(), 'tally-alias-')), 'rows.csv');
    writeFileSync(
      file,
      'metric,value,as_of,claimant,url,title\n' +
        'gaza-killed,51000,2025-07-01,WHO CLUSTER,https://example.org/who,WHO update\n',
    );
    const sourcesBefore = (await state()).sources.length;
    const report = await importFile(file, { actor: editor });
    expect(report).toMatchObject({ inserted: 1, rejected: [] });
    const cluster = await findSource(db, 'health-cluster');
    const [imported] = await db.select().from(claims).where(eq(claims.value, 51000));
    expect(imported?.claimantId).toBe(cluster?.id);
    expect((await state()).sources).toHaveLength(sourcesBefore);
  });
});

describe('a new source whose slug would be a name another source answers to', () => {
  test('gets a numbered slug, so the alias keeps meaning its source', async () => {
    const office = await newSource('UN Human Rights Office');
    await addSourceAlias(office.slug, 'OHCHRX', editor, 'Its initials');
    // "OHCHRX." is a name of its own (the full stop), but its slug would be the alias.
    await newClaim({ claimant: 'OHCHRX.', claimant_kind: 'ngo', attribution: 'reported' });
    const created = await findSource(db, 'OHCHRX.');
    expect(created?.slug).toBe('ohchrx-2');
    expect(await findSource(db, 'ohchrx')).toMatchObject({ id: office.id });
  });
});

describe('merging two sources of which one relayed the other', () => {
  test('leaves no claim relaying itself', async () => {
    const ministry = await newSource('Relay Test Ministry');
    const press = await newSource('Relay Test Ministry Press Office');
    const claimId = await newClaim({
      claimant: ministry.slug,
      via: press.slug,
      attribution: 'reported',
    });
    await mergeSources(press.slug, ministry.slug, 'The press office is the ministry', editor);
    const [row] = await db.select().from(claims).where(eq(claims.id, claimId));
    expect(row).toMatchObject({ claimantId: ministry.id, viaId: null });
  });
});
