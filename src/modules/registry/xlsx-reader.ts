import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';

/**
 * exceljs's streaming WorkbookReader decodes each inflated chunk of a part (16 kB) to text on
 * its own, so a UTF-8 character split across two chunks comes out as U+FFFD: in a 3,000-household
 * workbook "江岸区" read "江���区" in a few dozen addresses, silently, and "丧偶" read "丧���"
 * (exceljs issues #2063, #2084, #2316; unfixed in 4.4.0). Its parser passes text through as it
 * is, so the parts are decoded here first, with a decoder that carries a split character over
 * to the next chunk: the shared strings, workbook and relationships entries get
 * `setEncoding('utf8')` (a Readable's own StringDecoder), and a worksheet's chunks go through
 * one decoder per sheet.
 */
interface ReaderInternals {
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseRels(entry: Readable): Promise<void>;
  _parseWorksheet(iterator: AsyncIterable<unknown>, sheetNo: string): Generator<unknown>;
}

async function* utf8(chunks: AsyncIterable<unknown>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer);
    if (text) yield text;
  }
  const tail = decoder.end();
  if (tail) yield tail;
}

/** Entries per joined chunk of the shared-string table (a power of two: the chunk is `i >> 12`). */
const CHUNK_BITS = 12;
const CHUNK = 1 << CHUNK_BITS;

/**
 * The shared-string table, compacted as it is read: every 4,096 entries are joined into one
 * string, with each entry's end offset in a typed array, behind the array operations exceljs
 * uses (`push` while reading the part, then `sharedStrings[index]` and `length`). As the plain
 * array exceljs builds — 616,000 small strings for the 22 MB bench workbook — it kept ~70 MB of
 * small objects alive through the whole parse, and the parse worker's bounded heap spent a third
 * of its time marking them; compacted after reading (the first version of this) the array still
 * peaked at that size while being read. Rich-text entries (objects) and nulls are kept as they
 * are, beside the text.
 */
export function sharedStringTable(): unknown[] {
  const chunks: string[] = [];
  let pending: string[] = [];
  let pendingLength = 0;
  let ends = new Uint32Array(CHUNK * 16);
  const other = new Map<number, unknown>();
  let count = 0;
  const push = (v: unknown) => {
    const i = count++;
    if (i === ends.length) {
      const grown = new Uint32Array(ends.length * 2);
      grown.set(ends);
      ends = grown;
    }
    if (typeof v === 'string') {
      pending.push(v);
      pendingLength += v.length;
    } else {
      pending.push('');
      other.set(i, v);
    }
    ends[i] = pendingLength;
    if (pending.length === CHUNK) {
      chunks.push(pending.join(''));
      pending = [];
      pendingLength = 0;
    }
  };
  const at = (i: number): unknown => {
    if (i >= count) return undefined;
    if (other.has(i)) return other.get(i);
    const chunk = i >> CHUNK_BITS;
    if (chunk === chunks.length) return pending[i & (CHUNK - 1)];
    const start = (i & (CHUNK - 1)) === 0 ? 0 : ends[i - 1]!;
    return chunks[chunk]!.slice(start, ends[i]!);
  };
  return new Proxy([] as unknown[], {
    get(target, prop, receiver) {
      if (prop === 'length') return count;
      if (prop === 'push') {
        return (...values: unknown[]) => {
          for (const v of values) push(v);
          return count;
        };
      }
      if (typeof prop === 'string') {
        const i = Number(prop);
        if (Number.isInteger(i) && i >= 0) return at(i);
      }
      return Reflect.get(target, prop, receiver);
    },
  });
}

let patched = false;
function decodeWholeCharacters(): void {
  if (patched) return;
  patched = true;
  const proto = ExcelJS.stream.xlsx.WorkbookReader.prototype as unknown as ReaderInternals;
  const { _parseSharedStrings, _parseWorkbook, _parseRels, _parseWorksheet } = proto;
  proto._parseSharedStrings = function (entry) {
    entry.setEncoding('utf8');
    return _parseSharedStrings.call(this, entry);
  };
  proto._parseWorkbook = function (entry) {
    entry.setEncoding('utf8');
    return _parseWorkbook.call(this, entry);
  };
  proto._parseRels = function (entry) {
    entry.setEncoding('utf8');
    return _parseRels.call(this, entry);
  };
  proto._parseWorksheet = function (iterator, sheetNo) {
    return _parseWorksheet.call(this, utf8(iterator), sheetNo);
  };
}

/** exceljs's streaming reader over `source` (one row at a time), with every character whole. */
export function workbookReader(source: Readable): ExcelJS.stream.xlsx.WorkbookReader {
  decodeWholeCharacters();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(source, { sharedStrings: 'cache', styles: 'ignore', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' });
  // exceljs starts the table with `this.sharedStrings = []` and pushes each entry: the empty
  // array it assigns is swapped for the compact table (`sharedStringTable`).
  let table: unknown;
  Object.defineProperty(reader, 'sharedStrings', {
    configurable: true,
    enumerable: true,
    get: () => table,
    set: (v: unknown) => {
      table = Array.isArray(v) && v.length === 0 ? sharedStringTable() : v;
    },
  });
  return reader;
}
