import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { todayInChina } from '../../clock.ts';
import type { Deps } from '../../deps.ts';
import { assertPermission, type Actor } from '../../domain/actor.ts';
import { isWithinArea } from '../../domain/area-code.ts';
import { DomainError } from '../../domain/errors.ts';
import { formatYuan } from '../../domain/money.ts';
import { permissionsOf } from '../../domain/roles.ts';
import { recordAudit } from '../audit/service.ts';
import { flagsOf } from './file-view.ts';
import { HOUSEHOLD_COLUMNS, HOUSEHOLD_SHEET, labelOf, MEMBER_COLUMNS, MEMBER_INCOME_COLUMNS, MEMBER_SHEET, type ColumnDef } from './excel-layout.ts';
import * as list from './list-queries.ts';
import * as q from './queries.ts';
import type { HouseholdListQuery } from './schema.ts';
import { classifyPersonQuery } from '../../domain/name-search.ts';

function addSheet(wb: ExcelJS.Workbook, name: string, columns: ColumnDef[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width, style: { numFmt: '@' } }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    if (c.required) cell.font = { bold: true, color: { argb: 'FFC00000' } };
    if (c.hint) cell.note = c.hint;
  });
  return ws;
}

/** The empty import template: the two sheets, Chinese headers, text-formatted ID columns. */
export async function writeTemplate(out: Writable): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'minzheng';
  const hs = addSheet(wb, HOUSEHOLD_SHEET, HOUSEHOLD_COLUMNS);
  const ms = addSheet(wb, MEMBER_SHEET, MEMBER_COLUMNS);
  // One worked example so the layout explains itself.
  hs.addRow({ headIdNumber: '42010219650315001X', areaCode: '420102010001', address: '江岸区二七路 18 号 3 栋 201', urbanRural: '城市', deposits: '5000.00' });
  ms.addRow({ headIdNumber: '42010219650315001X', idNumber: '42010219650315001X', name: '张三丰', relation: '户主', laborCapacity: '部分劳动能力', employment: '灵活就业', wage: '1200.00' });
  await wb.xlsx.write(out);
}

const BATCH = 500;

/**
 * Exports the filtered households in the template's layout (so it can be re-imported).
 * Full ID numbers are a bulk reveal: only roles that may reveal them, and audited.
 */
export function prepareHouseholdExport(
  deps: Deps,
  actor: Actor,
  query: Omit<HouseholdListQuery, 'page' | 'pageSize'>,
): (out: Writable) => Promise<number> {
  // Checked before the first byte is written, so a refusal is a clean 403/404.
  assertPermission(actor, 'revealIdNumbers');
  const scope = query.areaCode ?? actor.areaCode;
  if (!isWithinArea(actor.areaCode, scope)) throw new DomainError('not_found', 'area_not_found', { field: 'areaCode', params: { areaCode: scope } });
  return (out) => writeHouseholdExport(deps, actor, scope, query, out);
}

async function writeHouseholdExport(
  deps: Deps,
  actor: Actor,
  scope: string,
  query: Omit<HouseholdListQuery, 'page' | 'pageSize'>,
  out: Writable,
): Promise<number> {
  const health = permissionsOf(actor.role).viewHealth;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const hs = wb.addWorksheet(HOUSEHOLD_SHEET);
  hs.columns = HOUSEHOLD_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  const ms = wb.addWorksheet(MEMBER_SHEET);
  ms.columns = MEMBER_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  const filter = {
    scope,
    match: query.q ? classifyPersonQuery(query.q) : undefined,
    urbanRural: query.urbanRural,
    flag: query.flag,
    disabled: query.disabled === undefined ? undefined : query.disabled === 'true',
  };
  let exported = 0;
  const yuan = (fen: number | undefined) => (fen ? formatYuan(fen) : '');
  for (let offset = 0; ; offset += BATCH) {
    const page = await list.listHouseholds(deps.db, filter, { offset, limit: BATCH }, { pastCap: true });
    const batch = await q.filesOfMany(deps.db, page.items.map((i) => i.id));
    for (const item of page.items) {
      const h = batch.households.find((x) => x.id === item.id)!;
      const members = batch.members.filter((m) => m.household_id === h.id);
      const assets = batch.assets.filter((a) => a.household_id === h.id);
      const head = members.find((m) => m.id === h.head_person_id);
      const sum = (type: string) => assets.filter((a) => a.type === type).reduce((s, a) => s + a.value, 0);
      hs.addRow({
        headIdNumber: head?.id_number ?? '',
        areaCode: h.area_code,
        address: h.address,
        urbanRural: labelOf('urbanRural', h.urban_rural),
        phone: h.phone ?? '',
        bankName: h.bank_name ?? '',
        bankAccount: h.bank_account ?? '',
        bankAccountHolder: h.bank_account_holder ?? '',
        deposits: yuan(sum('deposit') + sum('securities')),
        vehicles: assets.filter((a) => a.type === 'vehicle' && a.exempt === 0).length || '',
        houses: assets.filter((a) => a.type === 'house').length || '',
      }).commit();
      for (const m of members) {
        const income = (type: string) => batch.incomes.filter((i) => i.person_id === m.id && i.type === type).reduce((s, i) => s + i.monthly, 0);
        ms.addRow({
          headIdNumber: head?.id_number ?? '',
          idNumber: m.id_number,
          name: m.name,
          relation: labelOf('relation', m.relation),
          ethnicity: m.ethnicity ?? '',
          maritalStatus: labelOf('maritalStatus', m.marital_status),
          laborCapacity: labelOf('laborCapacity', m.labor_capacity),
          employment: labelOf('employment', m.employment),
          student: m.student ? '是' : '否',
          health: health ? labelOf('health', m.health) : '',
          diagnosis: health ? (m.diagnosis ?? '') : '',
          disabilityCategory: labelOf('disabilityCategory', m.disability_category),
          disabilityGrade: m.disability_grade ?? '',
          disabilityCertificate: m.disability_certificate ?? '',
          selfCare: labelOf('selfCare', m.self_care),
          flags: flagsOf(m.flags).map((f) => labelOf('flags', f)).join('、'),
          inPrison: m.in_prison ? '是' : '否',
          ...Object.fromEntries(MEMBER_INCOME_COLUMNS.map(([key, type]) => [key, yuan(income(type))])),
          socialInsurance: yuan(batch.deductions.filter((d) => d.person_id === m.id).reduce((s, d) => s + d.monthly, 0)),
          ownBankName: m.bank_name ?? '',
          ownBankAccount: m.bank_account ?? '',
        }).commit();
      }
      exported++;
    }
    if (page.items.length < BATCH) break;
  }
  await wb.commit();
  await deps.db.transaction().execute((trx) =>
    recordAudit(trx, deps, actor, {
      action: 'households.export',
      entityType: 'export',
      entityId: todayInChina(deps.clock),
      areaCode: scope,
      newValue: { households: exported, filter: { ...query } },
    }),
  );
  return exported;
}
