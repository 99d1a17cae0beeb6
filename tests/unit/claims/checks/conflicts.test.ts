import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { CheckedClaim } from '@/lib/claims/checks/claims';
import { findConflicts, mayConflict } from '@/lib/claims/checks/conflicts';
import { by, claim, idsOf, on } from '@/tests/support/checked-claims';

/** The documents a claim appeared in, by id; document 1 is the ministry's bulletin. */
const inDocuments = (...ids: number[]): Pick<CheckedClaim, 'documents'> => ({
  documents: ids.map((id) => ({ id, name: id === 1 ? 'Daily bulletin' : null })),
});

describe('findConflicts', () => {
  const cases: [string, CheckedClaim[], number[][]][] = [
    [
      'two figures of one claimant in one document',
      [claim(1, 100, inDocuments(1)), claim(2, 110, inDocuments(1))],
      [[1, 2]],
    ],
    [
      'in two documents they are a correction, not a conflict',
      [claim(1, 100, inDocuments(1)), claim(2, 110, inDocuments(2))],
      [],
    ],
    [
      'a later appearance in the same document counts',
      [claim(1, 100, inDocuments(2, 3)), claim(2, 110, inDocuments(4, 3))],
      [[1, 2]],
    ],
    [
      'overlapping figures still conflict: the document gives two',
      [claim(1, 100, { qualifier: 'about', ...inDocuments(1) }), claim(2, 105, inDocuments(1))],
      [[1, 2]],
    ],
    [
      'the same figure stored twice is a duplicate, not a conflict',
      [claim(1, 100, inDocuments(1)), claim(2, 100, inDocuments(1))],
      [],
    ],
    [
      'two claimants in one document disagree, they do not conflict',
      [claim(1, 100, inDocuments(1)), claim(2, 110, { ...by('gmo'), ...inDocuments(1) })],
      [],
    ],
    [
      'two unnamed figures are not one claimant’s',
      [
        claim(1, 100, { ...by(null), ...inDocuments(1) }),
        claim(2, 110, { ...by(null), ...inDocuments(1) }),
      ],
      [],
    ],
    [
      'other days do not meet',
      [claim(1, 100, inDocuments(1)), claim(2, 110, { ...on(20), ...inDocuments(1) })],
      [],
    ],
    [
      'other periods do not meet',
      [
        claim(1, 100, { period_start: '2023-10-07', ...inDocuments(1) }),
        claim(2, 110, { period_start: '2023-10-12', ...inDocuments(1) }),
      ],
      [],
    ],
    [
      'other metrics do not meet',
      [claim(1, 100, inDocuments(1)), claim(2, 110, { metric: 'tally', ...inDocuments(1) })],
      [],
    ],
    ['claims without documents cannot conflict', [claim(1, 100), claim(2, 110)], []],
    [
      'one flag per claimant, metric and day, its claims in the order entered',
      [claim(3, 120, inDocuments(1)), claim(0, 100, inDocuments(1)), claim(2, 110, inDocuments(1))],
      [[2, 3, 0]],
    ],
    [
      'a duplicate beside a different figure is named with it',
      [claim(1, 100, inDocuments(1)), claim(2, 100, inDocuments(1)), claim(3, 110, inDocuments(1))],
      [[1, 2, 3]],
    ],
    [
      'a figure that shares no document with a different one is left out',
      [claim(1, 100, inDocuments(1)), claim(2, 110, inDocuments(1)), claim(3, 120, inDocuments(2))],
      [[1, 2]],
    ],
  ];
  test.each(cases)('%s', (_name, claims, expected) => {
    expect(idsOf(findConflicts(claims))).toEqual(expected);
  });

  test('names the document, the claimant and both figures', () => {
    const [flag] = findConflicts([
      claim(5, 3785, { claimant: 'Gaza Ministry of Health', ...inDocuments(1) }),
      claim(6, 3875, {
        qualifier: 'nearly',
        claimant: 'Gaza Ministry of Health',
        ...inDocuments(1),
      }),
    ]);
    expect(flag).toEqual({
      check: 'conflict',
      metric: 'toll',
      claimant: 'moh',
      claim_ids: [5, 6],
      dates: ['2023-10-19'],
      message:
        'In ‘Daily bulletin’, Gaza Ministry of Health gave toll on 19 Oct 2023 as 3,785 and as nearly 3,875 (3,487.5 to under 3,875): one of the two may be mis-entered, or the document contradicts itself.',
    });
  });

  test('a document without a title or link is "one document"', () => {
    const [flag] = findConflicts([claim(1, 100, inDocuments(2)), claim(2, 110, inDocuments(2))]);
    expect(flag?.message).toMatch(/^In one document, moh gave toll/);
  });

  test('mayConflict keeps the claims that share claimant, metric and day with another', () => {
    const claims = [
      claim(1, 100),
      claim(2, 110),
      claim(3, 120, on(20)),
      claim(4, 100, by('gmo')),
      claim(5, 100, by(null)),
      claim(6, 110, by(null)),
    ];
    expect(mayConflict(claims).map((c) => c.id)).toEqual([1, 2]);
  });

  test('whatever the documents, only claims mayConflict keeps are ever flagged', () => {
    const arbitrary = fc.array(
      fc.record({
        value: fc.integer({ min: 1, max: 4 }),
        claimant_slug: fc.constantFrom('moh', 'gmo', null),
        day: fc.constantFrom(19, 20),
        documents: fc.uniqueArray(fc.integer({ min: 1, max: 3 }), { maxLength: 3 }),
      }),
      { maxLength: 10 },
    );
    fc.assert(
      fc.property(arbitrary, (figures) => {
        const claims = figures.map((f, i) =>
          claim(i + 1, f.value, {
            ...by(f.claimant_slug),
            ...on(f.day),
            ...inDocuments(...f.documents),
          }),
        );
        const candidates = new Set(mayConflict(claims).map((c) => c.id));
        const byId = new Map(claims.map((c) => [c.id, c]));
        const docs = (id: number) => new Set(byId.get(id)?.documents?.map((d) => d.id));
        // Each named claim shares a document with a different figure of its claimant and day.
        const conflicts = (a: number, b: number) =>
          byId.get(a)?.value !== byId.get(b)?.value && [...docs(a)].some((id) => docs(b).has(id));
        const flagged = idsOf(findConflicts(claims));
        for (const ids of flagged) {
          for (const a of ids) {
            expect(candidates.has(a)).toBe(true);
            expect(ids.some((b) => conflicts(a, b))).toBe(true);
          }
        }
        // And every such pair is named, in one flag.
        for (const a of candidates) {
          for (const b of candidates) {
            const same =
              byId.get(a)?.claimant_slug === byId.get(b)?.claimant_slug &&
              byId.get(a)?.as_of === byId.get(b)?.as_of;
            if (same && conflicts(a, b)) {
              expect(flagged.some((ids) => ids.includes(a) && ids.includes(b))).toBe(true);
            }
          }
        }
      }),
    );
  });

  test('a document giving one figure many ways is one flag, whose message names a few', () => {
    const figures = Array.from({ length: 1500 }, (_, i) => claim(i + 1, 100 + i, inDocuments(1)));
    const flags = findConflicts(figures);
    expect(flags).toHaveLength(1);
    expect(flags[0]?.claim_ids).toHaveLength(1500);
    expect(flags[0]?.message).toBe(
      'In ‘Daily bulletin’, moh gave toll on 19 Oct 2023 as 100, as 101, as 102 and as 1,497 other figures: some of these 1,500 may be mis-entered, or the document contradicts itself.',
    );
  });

  test('says how many documents gave different figures', () => {
    const [flag] = findConflicts([
      claim(1, 100, inDocuments(1, 2)),
      claim(2, 110, inDocuments(1)),
      claim(3, 120, inDocuments(2)),
    ]);
    expect(flag?.message).toBe(
      'In ‘Daily bulletin’ and 1 other document, moh gave toll on 19 Oct 2023 as 100, as 110 and as 120: some of these 3 may be mis-entered, or the documents contradict themselves.',
    );
  });
});
