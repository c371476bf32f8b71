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

/**
 * The shared-string table, compacted once read: one string holding every entry end to end and
 * their offsets, behind the array reads exceljs makes (`sharedStrings[index]`, `length`). As
 * the array of 616,000 strings exceljs builds for the 22 MB bench workbook it kept ~70 MB of
 * small objects alive through the whole parse, and the parse worker's bounded heap spent a
 * third of its time marking them; compacted it is one flat string and a typed array. Rich-text
 * entries (objects) are kept as they are.
 */
export function compactSharedStrings(table: readonly unknown[]): readonly unknown[] {
  const count = table.length;
  const offsets = new Uint32Array(count + 1);
  const parts: string[] = [];
  const rich = new Map<number, unknown>();
  let at = 0;
  for (let i = 0; i < count; i++) {
    offsets[i] = at;
    const v = table[i];
    if (typeof v === 'string') {
      parts.push(v);
      at += v.length;
    } else rich.set(i, v);
  }
  offsets[count] = at;
  const text = parts.join('');
  return new Proxy([] as unknown[], {
    get(target, prop, receiver) {
      if (prop === 'length') return count;
      if (typeof prop === 'string') {
        const i = Number(prop);
        if (Number.isInteger(i) && i >= 0) {
          if (i >= count) return undefined;
          return rich.has(i) ? rich.get(i) : text.slice(offsets[i]!, offsets[i + 1]!);
        }
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
  proto._parseSharedStrings = async function* (this: { sharedStrings?: unknown }, entry) {
    entry.setEncoding('utf8');
    yield* _parseSharedStrings.call(this, entry);
    if (Array.isArray(this.sharedStrings)) this.sharedStrings = compactSharedStrings(this.sharedStrings);
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
  return new ExcelJS.stream.xlsx.WorkbookReader(source, { sharedStrings: 'cache', styles: 'ignore', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' });
}
