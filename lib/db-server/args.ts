import { parseArgs } from 'node:util';
import { z } from 'zod';
import { UsageError } from '@/lib/errors';
import type { SqldOptions } from './sqld';

export const DB_SERVER_USAGE = `Usage: npm run db:server -- [--port N] [--grpc-port N]
       npm run db:server -- --replica --primary http://127.0.0.1:5001 --port N
  A primary serves DATABASE_URL=http://127.0.0.1:<port> (default 8080) and replicates on
  --grpc-port (default 5001); a replica follows the primary's --grpc-port URL and opens no
  gRPC port of its own. Data lives under data/sqld-<port>.`;

const Port = (flag: string) =>
  z.coerce
    .number({ error: `${flag} must be a port number` })
    .int(`${flag} must be a whole number`)
    .min(1, `${flag} must be 1–65535`)
    .max(65535, `${flag} must be 1–65535`);

const DbServerArgs = z
  .object({
    port: Port('--port').default(8080),
    'grpc-port': Port('--grpc-port').optional(),
    replica: z.boolean().default(false),
    primary: z
      .url({
        protocol: /^https?$/,
        error: '--primary must be the http:// URL of the primary’s gRPC port',
      })
      .optional(),
  })
  .superRefine((args, ctx) => {
    if (args.replica && !args.primary) {
      ctx.addIssue({
        code: 'custom',
        message: '--replica needs --primary <gRPC URL of the primary>',
      });
    }
    if (!args.replica && args.primary) {
      ctx.addIssue({ code: 'custom', message: '--primary is for a replica: add --replica' });
    }
    if (args.replica && args['grpc-port'] !== undefined) {
      ctx.addIssue({ code: 'custom', message: 'a replica opens no gRPC port: drop --grpc-port' });
    }
  });

/** What `npm run db:server` was asked to run, or 'help'. Bad usage throws UsageError. */
export function parseDbServerArgs(argv: string[]): SqldOptions | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        port: { type: 'string' },
        'grpc-port': { type: 'string' },
        replica: { type: 'boolean' },
        primary: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : error}\n${DB_SERVER_USAGE}`);
  }
  if (values.help) return 'help';
  const parsed = DbServerArgs.safeParse(values);
  if (!parsed.success) {
    throw new UsageError(`${parsed.error.issues[0]?.message}\n${DB_SERVER_USAGE}`);
  }
  const { port, replica, primary } = parsed.data;
  return {
    dbPath: `data/sqld-${port}`,
    httpPort: port,
    ...(replica ? { primaryGrpcUrl: primary } : { grpcPort: parsed.data['grpc-port'] ?? 5001 }),
  };
}
