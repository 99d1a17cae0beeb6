import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Transform, type TransformCallback, pipeline } from 'node:stream';
import { parse } from 'csv-parse';
import { z } from 'zod';
import Parser from 'stream-json/Parser.js';
import StreamArray from 'stream-json/streamers/StreamArray.js';
import { CLAIM_COLUMNS } from '@/lib/claims/input/columns';
import { UsageError } from '@/lib/errors';

export type ImportFormat = 'csv' | 'json';

/** One row of an import file, with where it stands: "line 5" (header is line 1) or "element 3". */
export type FileRow = { position: string; raw: Record<string, unknown> };

export function formatOf(path: string): ImportFormat {
  if (/\.csv$/i.test(path)) return 'csv';
  if (/\.json$/i.test(path)) return 'json';
  throw new UsageError(`cannot tell the format of ${path}: name it .csv or .json`);
}

/** The file's text piped through parsers; returns the last, to iterate. */
type Decoded = (
  first: NodeJS.ReadWriteStream,
  ...more: NodeJS.ReadWriteStream[]
) => NodeJS.ReadableStream;

/** Fails the stream on bytes that are not UTF-8, instead of letting them become U+FFFD. */
class Utf8Decoder extends Transform {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  constructor() {
    super({ decodeStrings: true, readableObjectMode: false, encoding: 'utf8' });
  }
  _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    try {
      done(null, this.decoder.decode(chunk, { stream: true }));
    } catch {
      done(new UsageError('the file is not UTF-8 text'));
    }
  }
  _flush(done: TransformCallback): void {
    try {
      done(null, this.decoder.decode());
    } catch {
      done(new UsageError('the file is not UTF-8 text'));
    }
  }
}

/**
 * Streams the rows of a CSV (DESIGN.md's columns) or JSON (an array of objects) file, so a file of
 * any size is read in constant memory. Throws UsageError for a file that cannot be imported at all.
 */
export async function* readRows(path: string): AsyncGenerator<FileRow> {
  const format = formatOf(path);
  const size = await stat(path).then(
    (s) => s.size,
    () => {
      throw new UsageError(`cannot read ${path}`);
    },
  );
  if (size === 0) throw new UsageError(`${path} is empty`);
  // pipeline(), unlike pipe(), carries an error from any stage (bytes that are not UTF-8, say) to
  // the last one, whose iteration then throws it.
  const decoded: Decoded = (first, ...more) => {
    pipeline([createReadStream(path), new Utf8Decoder(), first, ...more], () => {});
    return more.at(-1) ?? first;
  };
  let count = 0;
  for await (const row of format === 'csv' ? csvRows(decoded) : jsonRows(decoded)) {
    count++;
    yield row;
  }
  if (count === 0)
    throw new UsageError(`${path} has no rows${format === 'csv' ? ', only a header' : ''}`);
}

async function* csvRows(decoded: Decoded): AsyncGenerator<FileRow> {
  const parser = decoded(
    parse({
      bom: true,
      columns: checkHeader,
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }),
  );
  try {
    for await (const item of parser) {
      const { record, info } = CsvRecord.parse(item);
      yield { position: `line ${info.lines}`, raw: record };
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    // A broken quote or the like: the parser cannot find where rows end, so nothing is importable.
    throw new UsageError(`the file is not valid CSV: ${messageOf(error)}`);
  }
}

function checkHeader(header: string[]): string[] {
  const known = new Set<string>(CLAIM_COLUMNS);
  const unknown = header.filter((column) => !known.has(column));
  if (unknown.length > 0)
    throw new UsageError(`unknown column${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`);
  return header;
}

async function* jsonRows(decoded: Decoded): AsyncGenerator<FileRow> {
  const elements = decoded(Parser.make(), StreamArray.make());
  try {
    for await (const item of elements) {
      const { key, value } = JsonElement.parse(item);
      yield { position: `element ${key}`, raw: isObject(value) ? value : { input: value } };
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`the file is not a JSON array of objects: ${messageOf(error)}`);
  }
}

// What the parsers yield, checked: their streams are typed as text.
/** csv-parse's item with `info: true`: the row by column, and the line it ends on. */
const CsvRecord = z.object({
  record: z.record(z.string(), z.unknown()),
  info: z.object({ lines: z.number() }),
});
/** StreamArray's item: an element of the top-level array and its index. */
const JsonElement = z.object({ key: z.number(), value: z.unknown() });

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);
