import type { Cell, CellValue } from 'exceljs';
import { yuanToFen } from '../../domain/money.ts';
import { codeOf, LABELS } from './excel-layout.ts';

/** Reading one cell of a caseworker's spreadsheet: text, money, codes, each with a plain error. */
export class CellError extends Error {}

export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('').trim();
    if ('text' in value && typeof value.text === 'string') return value.text.trim();
    if ('result' in value) return cellText(value.result as CellValue);
  }
  return String(value).trim();
}

/** 18-digit numbers typed as numbers lose their last digits in Excel: refuse, say why. */
export function idCell(cell: Cell): string {
  if (typeof cell.value === 'number') throw new CellError('身份证号被 Excel 存成了数字，末几位已丢失；请把该列设为“文本”后重新填写');
  return cellText(cell.value).toUpperCase();
}

export function moneyCell(cell: Cell): number | null {
  const text = cellText(cell.value).replace(/,/g, '');
  if (text === '') return null;
  try {
    const fen = yuanToFen(text);
    if (fen < 0) throw new RangeError('negative');
    return fen;
  } catch {
    throw new CellError(`金额“${text}”无效：应为不小于 0、最多两位小数的元数`);
  }
}

export function countCell(cell: Cell): number | null {
  const text = cellText(cell.value);
  if (text === '') return null;
  if (!/^\d{1,3}$/.test(text)) throw new CellError(`“${text}”不是有效的数量`);
  return Number(text);
}

export function labelCell<T extends keyof typeof LABELS>(cell: Cell, field: T): keyof (typeof LABELS)[T] | null {
  const text = cellText(cell.value);
  if (text === '') return null;
  const code = codeOf(field, text);
  if (code === undefined) {
    throw new CellError(`“${text}”无效，可填：${Object.values(LABELS[field] as Record<string, string>).join('、')}`);
  }
  return code;
}

export function yesNoCell(cell: Cell): boolean | null {
  const text = cellText(cell.value);
  if (text === '') return null;
  if (['是', 'Y', 'y', '1', 'true', 'TRUE'].includes(text)) return true;
  if (['否', 'N', 'n', '0', 'false', 'FALSE'].includes(text)) return false;
  throw new CellError(`“${text}”无效，请填“是”或“否”`);
}

export function flagsCell(cell: Cell): string[] {
  const text = cellText(cell.value);
  if (text === '') return [];
  return text.split(/[,，、;；\s]+/).filter(Boolean).map((part) => {
    const code = codeOf('flags', part);
    if (code === undefined) throw new CellError(`标识“${part}”无效，可填：${Object.values(LABELS.flags).join('、')}`);
    return code;
  });
}
