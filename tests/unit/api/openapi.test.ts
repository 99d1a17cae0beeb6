import { describe, expect, test } from 'vitest';
import { GET } from '@/app/api/openapi.json/route';
import { ClaimJson } from '@/lib/api/response-schemas';
import { CONTRACT_COLUMNS } from '@/tests/support/contract-columns';

type Operation = { responses: Record<string, { content?: Record<string, { schema: unknown }> }> };

const document = await GET().json();
const operation = (path: string, method = 'get'): Operation => document.paths[path][method];

/** Every `$ref` in a JSON value. */
function refsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === '$ref' && typeof inner === 'string' ? [inner] : refsIn(inner),
  );
}

describe('GET /api/openapi.json', () => {
  test('describes every endpoint, with the claim input generated from its zod schema', () => {
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
        '/api/sources/{slug}',
      ].sort(),
    );
    const input = document.components.schemas.ClaimInput;
    expect(Object.keys(input.properties)).toEqual(CONTRACT_COLUMNS);
    expect(input.properties.qualifier.enum).toContain('more_than');
    expect(input.properties.as_of.format).toBe('date');
    const limit = document.paths['/api/metrics/{slug}/claims'].get.parameters.find(
      (p: { name: string }) => p.name === 'limit',
    );
    expect(limit).toBeDefined();
  });

  test('lists every status each route answers', () => {
    const statuses = (path: string, method?: string) =>
      Object.keys(operation(path, method).responses).sort();
    expect(statuses('/api/claims', 'post')).toEqual(['200', '201', '400', '401', '413', '503']);
    expect(statuses('/api/metrics')).toEqual(['200', '304', '429']);
    expect(statuses('/api/metrics/{slug}')).toEqual(['200', '304', '404', '429']);
    expect(statuses('/api/metrics/{slug}/claims')).toEqual(['200', '304', '400', '404', '429']);
    expect(statuses('/api/claims/{id}')).toEqual(['200', '304', '404', '429']);
    expect(statuses('/api/sources/{slug}')).toEqual(['200', '304', '404', '429']);
    expect(statuses('/api/export.csv')).toEqual(['200', '304', '400', '404', '429', '503']);
    expect(statuses('/api/export.json')).toEqual(['200', '304', '400', '404', '429', '503']);
  });

  test('describes the answers with the response schemas, as strict objects', () => {
    const post = operation('/api/claims', 'post').responses;
    expect(post['200']?.content?.['application/json']?.schema).toEqual({
      oneOf: [
        { $ref: '#/components/schemas/ClaimAppearanceAdded' },
        { $ref: '#/components/schemas/ClaimAlreadyPresent' },
      ],
    });
    const claim = document.components.schemas.Claim;
    expect(claim.required).toEqual(Object.keys(ClaimJson.shape));
    expect(claim.additionalProperties).toBe(false);
    const known = Object.keys(document.components.schemas).map(
      (name) => `#/components/schemas/${name}`,
    );
    expect(refsIn(document).filter((ref) => !known.includes(ref))).toEqual([]);
  });
});
