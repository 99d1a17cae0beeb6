import { describe, expect, test } from 'vitest';
import { GET } from '@/app/api/openapi.json/route';
import { CLAIM_COLUMNS } from '@/lib/claims/input/columns';

describe('GET /api/openapi.json', () => {
  test('describes every endpoint, with the claim input generated from its zod schema', async () => {
    const document = await GET().json();
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths).sort()).toEqual(
      [
        '/api/claims',
        '/api/claims/{id}',
        '/api/export.csv',
        '/api/export.json',
        '/api/metrics',
        '/api/metrics/{slug}',
        '/api/metrics/{slug}/claims',
      ].sort(),
    );
    const input = document.components.schemas.ClaimInput;
    expect(Object.keys(input.properties)).toEqual([...CLAIM_COLUMNS]);
    expect(input.properties.qualifier.enum).toContain('more_than');
    expect(input.properties.as_of.format).toBe('date');
    const limit = document.paths['/api/metrics/{slug}/claims'].get.parameters.find(
      (p: { name: string }) => p.name === 'limit',
    );
    expect(limit).toBeDefined();
  });
});
