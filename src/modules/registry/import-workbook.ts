import ExcelJS from 'exceljs';
import { formatYuan } from '../../domain/money.ts';
import { HOUSEHOLD_COLUMNS, HOUSEHOLD_SHEET, labelOf, MEMBER_COLUMNS, MEMBER_INCOME_COLUMNS, MEMBER_SHEET } from './excel-layout.ts';
import type { NewHousehold } from './schema.ts';

const yuan = (fen: number) => (fen ? formatYuan(fen, { grouping: false }) : null);
/** Empty cells are left out, not written as empty strings (a fifth of the file otherwise). */
const compact = (row: Record<string, unknown>) => Object.fromEntries(Object.entries(row).filter(([, v]) => v !== '' && v !== null && v !== undefined));

/**
 * Writes households in the import template's layout with exceljs's streaming writer (one row
 * in memory at a time): what a large import (the bench, the stall and kill tests) uploads.
 * `households` is called once per sheet and must yield the same households both times.
 */
export async function writeImportWorkbook(file: string, households: () => Iterable<NewHousehold>): Promise<{ households: number; members: number }> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: false, useSharedStrings: true, zip: { zlib: { level: 6 } } } as ConstructorParameters<typeof ExcelJS.stream.xlsx.WorkbookWriter>[0]);
  const hs = wb.addWorksheet(HOUSEHOLD_SHEET);
  hs.columns = HOUSEHOLD_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  let count = 0;
  for (const h of households()) {
    const head = h.members.find((m) => m.relation === 'head')!;
    const sum = (type: string) => h.assets.filter((a) => a.type === type).reduce((s, a) => s + a.value, 0);
    hs.addRow(compact({
      headIdNumber: head.idNumber,
      areaCode: h.areaCode,
      address: h.address,
      urbanRural: labelOf('urbanRural', h.urbanRural),
      phone: h.phone ?? '',
      bankName: h.bankAccount?.bankName ?? '',
      bankAccount: h.bankAccount?.accountNumber ?? '',
      bankAccountHolder: h.bankAccount?.accountHolder ?? '',
      deposits: yuan(sum('deposit') + sum('securities')),
      vehicles: h.assets.filter((a) => a.type === 'vehicle').length || '',
      houses: h.assets.filter((a) => a.type === 'house').length || '',
    })).commit();
    count++;
  }
  hs.commit();
  const ms = wb.addWorksheet(MEMBER_SHEET);
  ms.columns = MEMBER_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  let members = 0;
  for (const h of households()) {
    const head = h.members.find((m) => m.relation === 'head')!;
    for (const m of h.members) {
      const income = (type: string) => h.incomes.filter((i) => i.idNumber === m.idNumber && i.type === type).reduce((s, i) => s + i.monthly, 0);
      ms.addRow(compact({
        headIdNumber: head.idNumber,
        idNumber: m.idNumber,
        name: m.name,
        relation: labelOf('relation', m.relation),
        ethnicity: m.ethnicity ?? '',
        maritalStatus: labelOf('maritalStatus', m.maritalStatus),
        laborCapacity: labelOf('laborCapacity', m.laborCapacity),
        employment: labelOf('employment', m.employment),
        student: m.student ? '是' : '否',
        health: labelOf('health', m.health),
        diagnosis: m.diagnosis ?? '',
        disabilityCategory: labelOf('disabilityCategory', m.disability?.category),
        disabilityGrade: m.disability?.grade ?? '',
        disabilityCertificate: m.disability?.certificate ?? '',
        selfCare: labelOf('selfCare', m.selfCare),
        flags: m.flags.map((f) => labelOf('flags', f)).join('、'),
        inPrison: m.inPrison ? '是' : '否',
        ...Object.fromEntries(MEMBER_INCOME_COLUMNS.map(([key, type]) => [key, yuan(income(type))])),
        socialInsurance: yuan(h.deductions.filter((d) => d.idNumber === m.idNumber).reduce((s, d) => s + d.monthly, 0)),
        ownBankName: m.bankAccount?.bankName ?? '',
        ownBankAccount: m.bankAccount?.accountNumber ?? '',
      })).commit();
      members++;
    }
  }
  ms.commit();
  await wb.commit();
  return { households: count, members };
}
