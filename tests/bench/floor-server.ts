// The floor of (a), (b) and (c): a minimal node:http server that runs statements Tally's pages
// issue, through @libsql/client, and answers JSON.stringify of the rows. Nothing else: no
// framework, no validation, no rendering, no caching.
//   tsx tests/bench/floor-server.ts DATABASE_FILE STATEMENTS_JSON   (PORT from the environment)
// STATEMENTS_JSON maps a path to the statements it runs: {"/claims": [{"sql", "params"}], …}.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { type InStatement, createClient } from '@libsql/client';

type Statement = { sql: string; params: (string | number | null)[] };

const [databaseFile, statementsFile] = process.argv.slice(2);
if (!databaseFile || !statementsFile)
  throw new Error('usage: floor-server.ts <database file> <statements.json>');
const routes = new Map(
  Object.entries(JSON.parse(readFileSync(statementsFile, 'utf8')) as Record<string, Statement[]>),
);
const client = createClient({ url: `file:${databaseFile}` });

createServer(async (request, response) => {
  const statements = routes.get(request.url ?? '');
  if (!statements) {
    response.writeHead(404).end();
    return;
  }
  try {
    const results = [];
    for (const { sql, params } of statements) {
      const statement: InStatement = { sql, args: params };
      results.push((await client.execute(statement)).rows);
    }
    const body = JSON.stringify(results.length === 1 ? results[0] : results);
    response.writeHead(200, { 'content-type': 'application/json' }).end(body);
  } catch (error) {
    response.writeHead(500).end(String(error));
  }
}).listen(Number(process.env.PORT), '127.0.0.1');
