import Parser from 'stream-json/Parser.js';
import { CLAIM_COLUMNS } from '@/lib/claims/input/columns';
import { UsageError } from '@/lib/errors';
import type { FieldProblem } from '@/lib/import/import-report';

/** One element of the file's top-level array: the fields of an object, or why it is not a row. */
export type JsonElement = {
  index: number;
  raw: Record<string, unknown>;
  problems?: FieldProblem[];
};

// No field of a claim is a container, so a row needs two levels (the array, the element) and a
// wrong value a few more. Deeper than this the file is not claims; stopping there also bounds the
// parser's own stack, which grows with every open bracket.
const MAX_DEPTH = 16;
// Far above every field's limit (5,000 characters at most): a longer value is refused without
// being held, so a hostile 100 MB string costs no more memory than this.
const VALUE_CHARACTERS = 100_000;
const KNOWN = new Set<string>(CLAIM_COLUMNS);
const LONGEST_COLUMN = Math.max(...CLAIM_COLUMNS.map((column) => column.length));
const TOO_LONG = `Keep it under ${VALUE_CHARACTERS.toLocaleString('en-GB')} characters`;

type Token = { name: string; value?: unknown };
const isToken = (token: unknown): token is Token =>
  typeof token === 'object' && token !== null && 'name' in token && typeof token.name === 'string';

/**
 * stream-json's tokenizer, reading its own tokens into the elements of a top-level array, each
 * pushed whole. Unlike its Assembler it keeps only what a row can hold: the claim columns' values
 * as text, numbers, booleans or null. A nested value becomes an empty one of its kind, for the
 * schema to refuse by its field; a string past VALUE_CHARACTERS is cut and its field refused; a
 * non-object element is a row refused as a whole. So memory stays bounded whatever the shape.
 */
export class JsonElementReader extends Parser {
  /** Open arrays and objects: 1 inside the top-level array, 2 inside one of its elements. */
  private depth = 0;
  private index = -1;
  private element: JsonElement | null = null;
  /** The element's field whose value comes next (null once taken, or for an unknown key). */
  private key: string | null = null;
  private text = '';
  private isCut = false;
  /** The field whose value is a list or an object, to name it if that goes too deep. */
  private nestedField: string | null = null;

  constructor() {
    // Keys, strings and numbers come as chunks, so none is held whole before it is judged.
    super({ packValues: false, streamValues: true });
  }

  override push(token: unknown, encoding?: BufferEncoding): boolean {
    if (this.destroyed) return false;
    if (token === null) return super.push(null, encoding);
    try {
      if (isToken(token)) this.onToken(token);
    } catch (error) {
      this.destroy(error instanceof Error ? error : new Error(String(error)));
    }
    return true;
  }

  private onToken({ name, value }: Token): void {
    switch (name) {
      case 'startObject':
      case 'startArray':
        return this.open(name === 'startObject' ? 'an object' : 'an array');
      case 'endObject':
      case 'endArray':
        if (this.depth === 2 && this.element) super.push(this.element);
        if (this.depth === 2) this.element = null;
        this.depth--;
        return;
      case 'startKey':
      case 'startString':
      case 'startNumber':
        this.text = '';
        this.isCut = false;
        return;
      case 'stringChunk':
      case 'numberChunk':
        return this.append(typeof value === 'string' ? value : '');
      case 'endKey':
        this.key = this.depth === 2 && !this.isCut && KNOWN.has(this.text) ? this.text : null;
        return;
      case 'endString':
        return this.value('a string', this.text);
      case 'endNumber':
        return this.value('a number', Number(this.text));
      case 'nullValue':
        return this.value('null', null);
      case 'trueValue':
      case 'falseValue':
        return this.value('true or false', name === 'trueValue');
    }
  }

  private open(kind: 'an object' | 'an array'): void {
    this.depth++;
    if (this.depth > MAX_DEPTH) {
      const where = this.nestedField ? ` (its ${this.nestedField})` : '';
      throw new UsageError(
        `element ${this.index}${where} is nested more than ${MAX_DEPTH} levels deep; a row's fields are text or numbers, never lists`,
      );
    }
    if (this.depth === 1 && kind === 'an object')
      throw new UsageError(
        'the file is not a JSON array of objects: it holds one object; put the rows in a list, [{…}, {…}]',
      );
    if (this.depth === 2) this.startElement(kind);
    if (this.depth === 3) {
      this.nestedField = this.key;
      this.setField(kind === 'an object' ? {} : []);
    }
  }

  private startElement(kind: string): void {
    this.index++;
    this.element =
      kind === 'an object'
        ? { index: this.index, raw: {} }
        : { index: this.index, raw: {}, problems: [notAnObject(kind)] };
  }

  /** Only the element's own keys and values are read; what is nested in them is skipped. */
  private append(chunk: string): void {
    if (this.depth !== 2 || this.isCut) return;
    // Between a key's start and end no field is open: it is the key, which names a column or not.
    const limit = this.key === null ? LONGEST_COLUMN + 1 : VALUE_CHARACTERS;
    const room = limit - this.text.length;
    if (chunk.length > room) this.isCut = true;
    this.text += chunk.slice(0, Math.max(0, room));
  }

  private value(kind: string, value: unknown): void {
    if (this.depth === 0)
      throw new UsageError(`the file is not a JSON array of objects: it holds ${kind}`);
    if (this.depth === 1) {
      this.startElement(kind);
      if (this.element) super.push(this.element);
      this.element = null;
    } else if (this.depth === 2) {
      if (this.isCut && this.element && this.key !== null)
        (this.element.problems ??= []).push({ field: this.key, message: TOO_LONG });
      this.setField(this.isCut ? this.text : value);
    }
  }

  /** Gives the open field its value; what follows is a key again. */
  private setField(value: unknown): void {
    if (this.element && this.key !== null) this.element.raw[this.key] = value;
    this.key = null;
  }
}

function notAnObject(kind: string): FieldProblem {
  return {
    field: 'row',
    message: `Give an object keyed by the CSV columns ({"metric": …, "value": …}), not ${kind}`,
  };
}
