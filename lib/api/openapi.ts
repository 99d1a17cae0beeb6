import { z } from 'zod';
import {
  ClaimAlreadyPresent,
  ClaimAppearanceAdded,
  ClaimCreated,
  ClaimJson,
  ClaimResponse,
  ClaimsPageResponse,
  ExportRowJson,
  ExportsBusyError,
  FlagJson,
  InvalidError,
  MetricJson,
  MetricListResponse,
  MetricResponse,
  NotFoundError,
  RateLimitedError,
  SourceResponse,
  TooLargeError,
  UnauthorizedError,
  UnavailableError,
} from '@/lib/api/response-schemas';
import { SESSION_COOKIE } from '@/lib/auth/session-cookie';
import { ClaimInput } from '@/lib/claims/input/claim-input';
import { ClaimsQuery } from '@/lib/claims/input/claims-query';

// Every named schema of the document: requests and responses alike come from the zod schemas the
// server parses with and types its answers by.
const COMPONENTS = {
  ClaimInput,
  Claim: ClaimJson,
  ExportRow: ExportRowJson,
  Metric: MetricJson,
  Flag: FlagJson,
  MetricList: MetricListResponse,
  MetricAnswer: MetricResponse,
  ClaimsPage: ClaimsPageResponse,
  ClaimAnswer: ClaimResponse,
  SourceAnswer: SourceResponse,
  ClaimCreated,
  ClaimAppearanceAdded,
  ClaimAlreadyPresent,
  NotFound: NotFoundError,
  Invalid: InvalidError,
  Unauthorized: UnauthorizedError,
  TooLarge: TooLargeError,
  Unavailable: UnavailableError,
  RateLimited: RateLimitedError,
  ExportsBusy: ExportsBusyError,
} satisfies Record<string, z.ZodType>;
type Component = keyof typeof COMPONENTS;

const URI = '#/components/schemas/';
const ref = (name: Component) => ({ $ref: `${URI}${name}` });

// Inputs are described as a client may send them (defaults optional, blanks allowed); the response
// schemas have no transforms, so for them input and output are the same.
const IO = { io: 'input', unrepresentable: 'any' } as const;

function componentSchemas(): Record<string, object> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(COMPONENTS)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { ...IO, uri: (id) => `${URI}${id}` });
  // $schema and $id are for standalone JSON Schema documents, not for OpenAPI components.
  return Object.fromEntries(
    Object.entries(schemas).map(([id, { $schema: _draft, $id: _id, ...schema }]) => [id, schema]),
  );
}

function queryParameters(): object[] {
  const { properties = {} } = z.toJSONSchema(ClaimsQuery, IO);
  return Object.entries(properties).map(([name, schema]) => ({
    name,
    in: 'query',
    required: false,
    schema,
  }));
}

const json = (name: Component, description: string) => ({
  description,
  content: { 'application/json': { schema: ref(name) } },
});
const NOT_MODIFIED = {
  description:
    "Not modified: If-None-Match holds this answer's ETag (of the data version and the parsed " +
    'request) or *; only ever where the answer would otherwise be a 200',
};
const RATE_LIMITED = json(
  'RateLimited',
  'This client has spent its share of answers that must be built; wait Retry-After seconds. ' +
    'Answers kept in memory and 304s cost nothing.',
);
const slug = { name: 'slug', in: 'path', required: true, schema: { type: 'string' } };
const id = { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } };
const metric = { name: 'metric', in: 'query', required: false, schema: { type: 'string' } };

/** The reads: each answers with an ETag of the data version, and 304 when the client has it. */
function readPaths() {
  const read = (responses: object, extra: object = {}) => ({
    get: { ...extra, responses: { ...responses, 304: NOT_MODIFIED, 429: RATE_LIMITED } },
  });
  const exportRead = (content: object, description: string) =>
    read(
      {
        200: { description, content },
        400: json('Invalid', 'A bad metric parameter'),
        404: json('NotFound', 'Unknown metric'),
        503: json('ExportsBusy', 'The server is streaming as many exports as it does at once'),
      },
      { parameters: [metric] },
    );
  return {
    '/api/metrics': read(
      { 200: json('MetricList', 'The metrics') },
      { summary: 'Every metric with its latest claim per claimant' },
    ),
    '/api/metrics/{slug}': read(
      { 200: json('MetricAnswer', 'The metric'), 404: json('NotFound', 'Unknown slug') },
      { parameters: [slug] },
    ),
    '/api/metrics/{slug}/claims': read(
      {
        200: json('ClaimsPage', 'A page of claims'),
        400: json('Invalid', 'A bad parameter, named in fields'),
        404: json('NotFound', 'Unknown slug'),
      },
      {
        summary: "One page of a metric's active claims, in as_of order",
        parameters: [slug, ...queryParameters()],
      },
    ),
    '/api/claims/{id}': read(
      {
        200: json('ClaimAnswer', 'The claim and its history'),
        404: json('NotFound', 'Unknown id'),
      },
      { parameters: [id] },
    ),
    '/api/sources/{slug}': read(
      {
        200: json('SourceAnswer', 'The source, with its aliases'),
        404: json('NotFound', 'Unknown slug'),
      },
      {
        summary: "A source by its own slug; a merged one's record names the source it became",
        parameters: [slug],
      },
    ),
    '/api/export.csv': exportRead(
      { 'text/csv': { schema: { type: 'string' } } },
      'Every claim as CSV, streamed',
    ),
    '/api/export.json': exportRead(
      { 'application/json': { schema: { type: 'array', items: ref('ExportRow') } } },
      'Every claim keyed by the CSV columns, streamed',
    ),
  };
}

/** The OpenAPI 3.1 description of the API, generated from the zod schemas of its requests and answers. */
export function openApiDocument(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Tally',
      version: '1',
      description: 'Casualty and claim figures with their sources.',
    },
    paths: {
      ...readPaths(),
      '/api/claims': {
        post: {
          summary: 'Store one claim; entry checks come back as warnings',
          security: [{ bearer: [] }, { session: [] }],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: ref('ClaimInput') } },
          },
          responses: {
            200: {
              description:
                'A stored claim: found in another document (appearance_added), or already ' +
                'in this one (already_present: nothing written)',
              content: {
                'application/json': {
                  schema: { oneOf: [ref('ClaimAppearanceAdded'), ref('ClaimAlreadyPresent')] },
                },
              },
            },
            201: json('ClaimCreated', 'Stored'),
            400: json('Invalid', 'Invalid, with fields; also an unknown metric or source'),
            401: json('Unauthorized', 'No session or token'),
            413: json('TooLarge', 'Body over 1 MB'),
            503: json('Unavailable', 'The write failed and nothing was stored; try again'),
          },
        },
      },
    },
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer' },
        session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
      },
      schemas: componentSchemas(),
    },
  };
}
