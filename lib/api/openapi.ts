import { z } from 'zod';
import { FLAG_CHECKS } from '@/lib/claims/checks';
import { CLAIM_COLUMNS } from '@/lib/claims/input/columns';
import { ClaimInput } from '@/lib/claims/input/claim-input';
import { ClaimsQuery } from '@/lib/claims/input/claims-query';

const schemaOf = (schema: z.ZodType, io: 'input' | 'output' = 'output') => {
  // The $schema key is for standalone JSON Schema documents, not for an OpenAPI component.
  const { $schema: _draft, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' });
  return rest;
};

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const error = (description: string) => json(ref('Error'), description);

// A stored claim: the input's columns as stored (blanks are null), plus what the server adds.
const storedClaim = () => {
  const input = schemaOf(ClaimInput) as { properties: Record<string, object> };
  const properties = Object.fromEntries(
    CLAIM_COLUMNS.map((column) => [
      column,
      { anyOf: [input.properties[column] ?? {}, { type: 'null' }] },
    ]),
  );
  return {
    type: 'object',
    required: ['id', ...CLAIM_COLUMNS],
    properties: {
      id: { type: 'integer' },
      ...properties,
      claimant_slug: { type: ['string', 'null'] },
    },
  };
};

const queryParameters = () => {
  const query = schemaOf(ClaimsQuery, 'input') as { properties: Record<string, object> };
  return Object.entries(query.properties).map(([name, schema]) => ({
    name,
    in: 'query',
    required: false,
    schema,
  }));
};

/** The OpenAPI 3.1 description of the API, generated from the same zod schemas the API parses with. */
export function openApiDocument() {
  const slug = { name: 'slug', in: 'path', required: true, schema: { type: 'string' } };
  const id = { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } };
  const metricParam = { name: 'metric', in: 'query', required: false, schema: { type: 'string' } };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Tally',
      version: '1',
      description: 'Casualty and claim figures with their sources.',
    },
    paths: {
      '/api/metrics': {
        get: {
          summary: 'Every metric with its latest claim per claimant',
          responses: {
            200: json(
              {
                type: 'object',
                properties: {
                  metrics: {
                    type: 'array',
                    items: {
                      allOf: [
                        ref('Metric'),
                        {
                          type: 'object',
                          properties: { latest: { type: 'array', items: ref('Claim') } },
                        },
                      ],
                    },
                  },
                },
              },
              'The metrics',
            ),
          },
        },
      },
      '/api/metrics/{slug}': {
        get: {
          parameters: [slug],
          responses: {
            200: json({ type: 'object', properties: { metric: ref('Metric') } }, 'The metric'),
            404: error('Unknown slug'),
          },
        },
      },
      '/api/metrics/{slug}/claims': {
        get: {
          summary: "One page of a metric's active claims, in as_of order",
          parameters: [slug, ...queryParameters()],
          responses: {
            200: json(
              {
                type: 'object',
                properties: {
                  metric: ref('Metric'),
                  claims: {
                    type: 'array',
                    items: {
                      allOf: [
                        ref('Claim'),
                        {
                          type: 'object',
                          properties: { flags: { type: 'array', items: ref('Flag') } },
                        },
                      ],
                    },
                  },
                  next_cursor: { type: ['string', 'null'] },
                },
              },
              'A page of claims',
            ),
            400: error('A bad parameter, named in fields'),
            404: error('Unknown slug'),
          },
        },
      },
      '/api/claims/{id}': {
        get: {
          parameters: [id],
          responses: {
            200: json(
              {
                type: 'object',
                properties: {
                  claim: ref('Claim'),
                  revisions: { type: 'array', items: { type: 'object' } },
                },
              },
              'The claim and its history',
            ),
            404: error('Unknown id'),
          },
        },
      },
      '/api/export.csv': {
        get: {
          parameters: [metricParam],
          responses: {
            200: {
              description: 'Every claim as CSV, streamed',
              content: { 'text/csv': { schema: { type: 'string' } } },
            },
          },
        },
      },
      '/api/export.json': {
        get: {
          parameters: [metricParam],
          responses: {
            200: json(
              { type: 'array', items: ref('ClaimInput') },
              'Every claim keyed by the CSV columns, streamed',
            ),
          },
        },
      },
      '/api/claims': {
        post: {
          summary: 'Store one claim; entry checks come back as warnings',
          security: [{ bearer: [] }, { session: [] }],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: ref('ClaimInput') } },
          },
          responses: {
            201: json(
              {
                type: 'object',
                properties: {
                  claim: ref('Claim'),
                  warnings: { type: 'array', items: ref('Flag') },
                },
              },
              'Stored',
            ),
            400: error('Invalid, with fields'),
            401: error('No session or token'),
            413: error('Body over 1 MB'),
          },
        },
      },
    },
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer' },
        session: { type: 'apiKey', in: 'cookie', name: 'tally_session' },
      },
      schemas: {
        ClaimInput: schemaOf(ClaimInput, 'input'),
        Claim: storedClaim(),
        Metric: {
          type: 'object',
          properties: {
            slug: { type: 'string' },
            name: { type: 'string' },
            topic: { type: 'string' },
            unit: { type: 'string' },
            kind: { enum: ['cumulative', 'count'] },
            parent: { type: ['string', 'null'] },
            description: { type: ['string', 'null'] },
            parts_complete: { type: 'boolean' },
          },
        },
        Flag: {
          type: 'object',
          properties: {
            check: { enum: [...FLAG_CHECKS] },
            metric: { type: 'string' },
            claimant: { type: ['string', 'null'] },
            claim_ids: { type: 'array', items: { type: 'integer' } },
            dates: { type: 'array', items: { type: 'string', format: 'date' } },
            message: { type: 'string' },
          },
        },
        Error: {
          type: 'object',
          properties: {
            error: { type: 'string' },
            fields: {
              type: 'object',
              additionalProperties: { type: 'array', items: { type: 'string' } },
            },
          },
        },
      },
    },
  };
}
