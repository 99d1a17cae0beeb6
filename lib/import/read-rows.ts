import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable, Transform, type TransformCallback, pipeline } from 'node:stream';
import { CsvError, Parser as CsvParser } from 'csv-parse';
import { CLAIM_COLUMNS } from '@/lib/claims/input/columns';
import { unguardCsvRecord } from '@/lib/csv/formula-guard';
import { UsageError } from '@/lib/errors';
import type { FieldProblem } from '@/lib/import/import-report';
import { JsonElementReader } from '@/lib/import/json-rows';

export type ImportFormat = 'csv' | 'json';

/** A file to import: a path (the CLI), or the bytes of an upload with the name it came with. */
export type ImportSource = string | { name: string; bytes: Uint8Array };

/**
 * One row of an import file, with where it stands: "line 5" (header is line 1) or "element 3".
 * `problems` are what the reader itself refused (an element that is not an object, a value too
 * long to hold): such a row is rejected for these alone.
 */
export type FileRow = { position: string; raw: Record<string, unknown>; problems?: FieldProblem[] };

export const sourceName = (source: ImportSource): string =>
  typeof source === 'string' ? source : source.name;

export function formatOf(path: string): ImportFormat {
  if (/\.csv$/i.test(path)) return 'csv';
  if (/\.json$/i.test(path)) return 'json';
  throw new UsageError(`cannot tell the format of ${path}: name it .csv or .json`);
}

/** The file's text piped through a parser; returns the parser, to iterate. */
type Decoded = (parser: NodeJS.ReadWriteStream) => NodeJS.ReadableStream;

// The slices an upload is read in, as a file is: each is parsed between two turns of the event loop.
const CHUNK_BYTES = 64 * 1024;
// No row of claims comes near this (28 fields, the longest 5,000 characters); a longer one is not a
// row, and csv-parse would hold all of it.
const MAX_CSV_RECORD_CHARACTERS = 16 * 1024 * 1024;

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
 * any size is read in bounded memory. Throws UsageError for a file that cannot be imported at all.
 */
export async function* readRows(source: ImportSource): AsyncGenerator<FileRow> {
  const name = sourceName(source);
  const format = formatOf(name);
  const size = typeof source === 'string' ? await sizeOf(source) : source.bytes.byteLength;
  if (size === 0) throw new UsageError(`${name} is empty`);
  // pipeline(), unlike pipe(), carries an error from any stage (bytes that are not UTF-8, say) to
  // the last one, whose iteration then throws it.
  const decoded: Decoded = (parser) => {
    const bytes =
      typeof source === 'string'
        ? createReadStream(source)
        : Readable.from(slices(source.bytes), { objectMode: false });
    pipeline([bytes, new Utf8Decoder(), parser], () => {});
    return parser;
  };
  let count = 0;
  for await (const row of format === 'csv' ? csvRows(decoded) : jsonRows(decoded)) {
    count++;
    yield row;
  }
  if (count === 0)
    throw new UsageError(`${name} has no rows${format === 'csv' ? ', only a header' : ''}`);
}

async function sizeOf(path: string): Promise<number> {
  return stat(path).then(
    (s) => s.size,
    () => {
      throw new UsageError(`cannot read ${path}`);
    },
  );
}

function* slices(bytes: Uint8Array): Generator<Buffer> {
  for (let at = 0; at < bytes.byteLength; at += CHUNK_BYTES)
    yield Buffer.from(
      bytes.buffer,
      bytes.byteOffset + at,
      Math.min(CHUNK_BYTES, bytes.byteLength - at),
    );
}

/**
 * csv-parse's parser, each record pushed with the line it ends on. Its `info` option gives that
 * too, but builds a dozen counters for every record: most of the time spent reading a file of
 * short rows. The parser pushes a record as soon as it ends, so `info.lines` is then its line.
 */
class NumberedCsvParser extends CsvParser {
  override push(record: unknown, encoding?: BufferEncoding): boolean {
    return super.push(record === null ? null : { record, line: this.info.lines }, encoding);
  }
}

async function* csvRows(decoded: Decoded): AsyncGenerator<FileRow> {
  const parser = decoded(
    new NumberedCsvParser({
      bom: true,
      columns: checkHeader,
      skip_empty_lines: true,
      relax_column_count: true,
      max_record_size: MAX_CSV_RECORD_CHARACTERS,
    }),
  );
  try {
    for await (const item of parser) {
      const { record, line } = csvRecord(item);
      yield { position: `line ${line}`, raw: unguardCsvRecord(record) };
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    if (error instanceof CsvError && error.code === 'CSV_MAX_RECORD_SIZE')
      throw new UsageError(
        `line ${String(error.lines)} is a row of over ${MAX_CSV_RECORD_CHARACTERS / 1024 / 1024}M characters, far longer than any row of claims`,
      );
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
  const elements = decoded(new JsonElementReader());
  try {
    for await (const item of elements) {
      if (!isElement(item)) continue;
      yield { position: `element ${item.index}`, raw: item.raw, problems: item.problems };
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`the file is not a JSON array of objects: ${messageOf(error)}`);
  }
}

// What the parsers push, checked without a schema: a schema's parse per row costs as much as
// reading it.
function csvRecord(item: unknown): { record: Record<string, unknown>; line: number } {
  if (isObject(item) && isObject(item.record) && typeof item.line === 'number')
    return { record: item.record, line: item.line };
  throw new Error('csv-parse pushed something that is not a record');
}

function isElement(
  item: unknown,
): item is { index: number; raw: Record<string, unknown>; problems?: FieldProblem[] } {
  return isObject(item) && typeof item.index === 'number' && isObject(item.raw);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);
