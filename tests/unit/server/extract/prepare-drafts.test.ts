import { beforeAll, describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { prepareDrafts } from '@/lib/server/extract/prepare-drafts';
import { seedIfEmpty } from '@/lib/server/seed';
import { migrateTestDatabase } from '@/tests/support/test-database';

beforeAll(async () => {
  await migrateTestDatabase();
  await seedIfEmpty(db);
});

// One ticked draft of a Sudan report, filed as `fields` say, under the topic `topic` names.
const sudanDraft = (topic: Record<string, string>, fields: Record<string, string>) => ({
  title: 'Sudan: RSF attack on El Fasher camp',
  published_on: '2025-04-14',
  draft_count: '1',
  ...topic,
  'd0.save': 'on',
  'd0.value': '300',
  'd0.qualifier': 'more_than',
  'd0.as_of': '2025-04-13',
  'd0.attribution': 'unattributed',
  'd0.quote': 'More than 300 people were killed in the attack on the camp.',
  ...Object.fromEntries(Object.entries(fields).map(([k, v]) => [`d0.${k}`, v])),
});

describe('prepareDrafts', () => {
  test('asks for the topic before anything else', async () => {
    const prepared = await prepareDrafts(sudanDraft({}, { metric: 'gaza-killed' }));
    expect(prepared).toMatchObject({
      status: 'invalid',
      fieldErrors: { topic: ['Choose the topic first'] },
    });
  });

  test('refuses a stored metric of another topic than the one chosen', async () => {
    const prepared = await prepareDrafts(
      sudanDraft({ topic: '__new__', new_topic: 'sudan-war' }, { metric: 'syria-coast-killed' }),
    );
    expect(prepared).toMatchObject({
      status: 'invalid',
      fieldErrors: {
        'd0.metric': [
          "'syria-coast-killed' is a metric of topic syria-coast-2025: choose one of sudan-war, or a new metric",
        ],
      },
    });
  });

  test('refuses a new metric whose slug is a stored metric of another topic', async () => {
    const prepared = await prepareDrafts(
      sudanDraft(
        { topic: '__new__', new_topic: 'sudan-war' },
        { metric: '__new__', metric_name: 'Gaza killed' },
      ),
    );
    expect(prepared).toMatchObject({ status: 'invalid' });
    expect(prepared.status === 'invalid' && prepared.fieldErrors['d0.metric_name']).toEqual([
      "'gaza-killed' is already a metric of topic gaza-war: give the new metric another name",
    ]);
  });

  test('files a new metric in the new topic chosen', async () => {
    const prepared = await prepareDrafts(
      sudanDraft(
        { topic: '__new__', new_topic: 'sudan-war' },
        { metric: '__new__', metric_name: 'People killed in El Fasher', unit: 'people' },
      ),
    );
    expect(prepared.status).toBe('ready');
    if (prepared.status === 'ready')
      expect(prepared.inputs).toMatchObject([
        { metric: 'people-killed-in-el-fasher', topic: 'sudan-war', value: 300 },
      ]);
  });

  test('takes a stored metric of the topic chosen', async () => {
    const prepared = await prepareDrafts({
      ...sudanDraft({ topic: 'gaza-war' }, { metric: 'gaza-killed' }),
      'd0.as_of': '2025-03-12',
      'd0.value': '48503',
      'd0.qualifier': 'exact',
      'd0.quote': 'The death toll in Gaza has risen to 48,503.',
    });
    expect(prepared.status).toBe('ready');
  });
});
