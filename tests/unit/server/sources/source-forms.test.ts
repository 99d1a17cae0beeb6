import { beforeAll, describe, expect, test } from 'vitest';
import type { Actor } from '@/lib/server/history/revisions';
import { addSourceAlias } from '@/lib/server/sources/aliases';
import { mergeSources } from '@/lib/server/sources/merge';
import { loadSourceEditForm, mergeFormErrors } from '@/lib/server/sources/source-forms';
import { newClaim, newSource, setUpCatalogEdits } from '@/tests/support/catalog-edits';

let editor: Actor;

beforeAll(async () => {
  editor = await setUpCatalogEdits();
  await newSource('Harbour Watch');
  await newClaim({ claimant: 'harbour-watch', attribution: 'reported' });
  await newSource('Harbour Monitor');
  await newSource('Port Watch');
  await addSourceAlias('harbour-watch', 'HW', editor);
  await mergeSources('port-watch', 'harbour-watch', 'Renamed', editor);
});

describe('loadSourceEditForm', () => {
  test("opens with the source's fields, names, figures and the sources it may be merged into", async () => {
    const form = await loadSourceEditForm('harbour-watch');
    expect(form).toMatchObject({
      slug: 'harbour-watch',
      name: 'Harbour Watch',
      values: { name: 'Harbour Watch', kind: 'ngo', url: '', description: '' },
      aliases: ['HW', 'Port Watch'],
      // Its own two figures and the one that moved with Port Watch.
      claimCount: 3,
    });
    const targets = form?.targets.map((t) => t.slug) ?? [];
    expect(targets).toContain('harbour-monitor');
    expect(targets).toContain('sohr');
    // Not itself, and not a source merged away.
    expect(targets).not.toContain('harbour-watch');
    expect(targets).not.toContain('port-watch');
  });

  test('is null for a merged source or a slug no source has', async () => {
    expect(await loadSourceEditForm('port-watch')).toBeNull();
    expect(await loadSourceEditForm('nobody')).toBeNull();
  });
});

describe('mergeFormErrors', () => {
  test.each([
    [{}, ['into', 'reason', 'confirm']],
    [{ into: 'sohr', reason: ' ' }, ['reason', 'confirm']],
    [{ into: 'sohr', reason: 'Same', confirm: 'on' }, null],
  ])('%j is missing %j', (values, fields) => {
    const errors = mergeFormErrors(values);
    expect(errors === null ? null : Object.keys(errors)).toEqual(fields);
  });
});
