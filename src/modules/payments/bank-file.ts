import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { nowIso } from '../../clock.ts';
import type { DbOrTrx } from '../../db/types.ts';
import type { Deps } from '../../deps.ts';
import { assertAreaWritable, type Actor } from '../../domain/actor.ts';
import { DomainError } from '../../domain/errors.ts';
import { csvCell, csvNumberText, unwrapNumberText } from '../../domain/csv-cell.ts';
import { bankAmount } from '../../domain/payments/funding.ts';
import { recordAudit } from '../audit/service.ts';
import { payrollInScope } from './payroll-view.ts';
import { isLocalProgram, localProgramFor } from '../programs/service.ts';
import type { PayrollRow } from './queries.ts';

export const BANK_COLUMNS = ['姓名', '身份证号', '开户银行', '银行账号', '金额(元)', '业务参考号', '备注'] as const;
const PAGE = 5000;

/** Who sends money to the bank and records its answer: the county and the street offices. */
function assertBankRole(actor: Actor, p: PayrollRow): void {
  if (actor.role !== 'county_approver' && actor.role !== 'street_reviewer') throw new DomainError('forbidden', 'forbidden');
  assertAreaWritable(actor, p.area_code);
}

export interface BankRow {
  enrolmentId: number;
  name: string;
  idNumber: string;
  bankName: string;
  account: string;
  amount: number;
  reference: string;
  memo: string;
}

/** The reference of an institution's one transfer in a payroll: `P{payroll}-I{institution}`. */
export const institutionReference = (payrollId: number, institutionId: number) => `P${payrollId}-I${institutionId}`;
const INSTITUTION_REFERENCE = /^P(\d+)-I(\d+)$/;

/**
 * One transfer per payee: every line of an enrolment (its months, back pay, a recovery
 * instalment) adds up to one amount under the reference of its first line. Nothing is sent
 * for a payee whose lines net to zero.
 */
async function* bankRows(db: DbOrTrx, payrollId: number): AsyncGenerator<BankRow> {
  // A condolence drive's lines stand for its drive lines as negative ids (payroll-queries.ts):
  // start below them, within PostgreSQL's integer (a larger bound is out of its range).
  let after = -2_147_483_648;
  for (;;) {
    const groups = await db
      .selectFrom('payroll_lines')
      .select(['enrolment_id', (eb) => eb.fn.min<number>('id').as('first_id'), (eb) => eb.fn.sum<number>('amount').as('amount')])
      .where('payroll_id', '=', payrollId)
      .where('enrolment_id', '>', after)
      // Refused lines are not sent; an institution is paid once for all its residents (below).
      .where('refusal', 'is', null)
      .where('institution_id', 'is', null)
      .groupBy('enrolment_id')
      .orderBy('enrolment_id')
      .limit(PAGE)
      .execute();
    if (groups.length === 0) break;
    const firsts = await db
      .selectFrom('payroll_lines')
      .select(['id', 'payee_name', 'payee_id_number', 'bank_name', 'bank_account', 'reference'])
      .where('id', 'in', groups.map((g) => Number(g.first_id)))
      .execute();
    const byId = new Map(firsts.map((f) => [f.id, f]));
    for (const g of groups) {
      const f = byId.get(Number(g.first_id))!;
      const amount = Number(g.amount);
      if (amount <= 0) continue;
      yield { enrolmentId: g.enrolment_id, name: f.payee_name, idNumber: f.payee_id_number, bankName: f.bank_name ?? '', account: f.bank_account ?? '', amount, reference: f.reference, memo: '' };
    }
    after = groups[groups.length - 1]!.enrolment_id;
  }
  for (const g of await institutionGroups(db, payrollId)) {
    if (g.amount <= 0) continue;
    yield { enrolmentId: 0, name: g.name, idNumber: '', bankName: g.bankName, account: g.account, amount: g.amount, reference: institutionReference(payrollId, g.institutionId), memo: `代收${g.residents.length}人：${g.residents.join('、')}`.slice(0, 2000) };
  }
}

/**
 * 集中供养: one transfer per institution with its residents named. The lines stay one per
 * enrolment (the statistics count persons); only the bank file and the payroll view group them.
 */
export async function institutionGroups(db: DbOrTrx, payrollId: number) {
  const rows = await db
    .selectFrom('payroll_lines as l')
    .innerJoin('enrolments as e', 'e.id', 'l.enrolment_id')
    .leftJoin('persons as r', (j) => j.on((eb) => eb('r.id', '=', eb.ref('e.person_id'))))
    .leftJoin('households as h', 'h.id', 'l.household_id')
    .leftJoin('persons as hd', 'hd.id', 'h.head_person_id')
    .select(['l.institution_id', 'l.enrolment_id', 'l.payee_name', 'l.bank_name', 'l.bank_account', 'l.amount', 'r.name as resident', 'hd.name as head'])
    .where('l.payroll_id', '=', payrollId)
    .where('l.institution_id', 'is not', null)
    .where('l.refusal', 'is', null)
    .orderBy('l.institution_id')
    .orderBy('l.enrolment_id')
    .execute();
  const groups = new Map<number, { institutionId: number; name: string; bankName: string; account: string; amount: number; residents: string[]; enrolmentIds: number[] }>();
  for (const r of rows) {
    const id = Number(r.institution_id);
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { institutionId: id, name: r.payee_name, bankName: r.bank_name ?? '', account: r.bank_account ?? '', amount: 0, residents: [], enrolmentIds: [] }));
    g.amount += Number(r.amount);
    if (!g.enrolmentIds.includes(r.enrolment_id)) {
      g.enrolmentIds.push(r.enrolment_id);
      g.residents.push(r.resident ?? r.head ?? '');
    }
  }
  return [...groups.values()];
}

/** How many rows the bank file carries (the header aside): payees whose lines net above zero, and institutions. */
async function bankRowCount(db: DbOrTrx, payrollId: number): Promise<number> {
  const payees = await db
    .selectFrom((eb) =>
      eb
        .selectFrom('payroll_lines')
        .select('enrolment_id')
        .where('payroll_id', '=', payrollId)
        .where('refusal', 'is', null)
        .where('institution_id', 'is', null)
        .groupBy('enrolment_id')
        .having((h) => h.fn.sum('amount'), '>', 0)
        .as('g'),
    )
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const institutions = (await institutionGroups(db, payrollId)).filter((g) => g.amount > 0).length;
  return Number(payees.n) + institutions;
}

async function* csvChunks(rows: AsyncIterable<BankRow>): AsyncGenerator<string> {
  // The BOM makes Excel read the file as UTF-8, so names stay Chinese.
  yield `\uFEFF${BANK_COLUMNS.join(',')}\r\n`;
  let buffer = '';
  for await (const r of rows) {
    // ID and account numbers as ="…", which Excel keeps as text (all 18/19 digits).
    buffer += [csvCell(r.name), csvNumberText(r.idNumber), csvCell(r.bankName), csvNumberText(r.account), csvCell(bankAmount(r.amount)), csvCell(r.reference), csvCell(r.memo)].join(',') + '\r\n';
    if (buffer.length > 64_000) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}

async function writeXlsx(rows: AsyncIterable<BankRow>, title: string, out: PassThrough): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const ws = wb.addWorksheet('代发明细');
  ws.columns = [
    { header: BANK_COLUMNS[0], key: 'name', width: 12 },
    { header: BANK_COLUMNS[1], key: 'idNumber', width: 22 },
    { header: BANK_COLUMNS[2], key: 'bankName', width: 24 },
    { header: BANK_COLUMNS[3], key: 'account', width: 26 },
    { header: BANK_COLUMNS[4], key: 'amount', width: 12 },
    { header: BANK_COLUMNS[5], key: 'reference', width: 30 },
    { header: BANK_COLUMNS[6], key: 'memo', width: 40 },
  ];
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).commit();
  for await (const r of rows) {
    // Numbers as text: an 18-digit ID or a 19-digit account would lose digits as a number.
    ws.addRow({ name: r.name, idNumber: r.idNumber, bankName: r.bankName, account: r.account, amount: bankAmount(r.amount), reference: r.reference, memo: r.memo }).commit();
  }
  ws.commit();
  wb.creator = title;
  await wb.commit();
}

/** An in-kind or voucher program's issue list goes to the community, not to a bank. */
async function assertCashPayroll(db: Deps['db'], p: { id: number; program: string; area_code: string }): Promise<void> {
  if (!isLocalProgram(p.program)) return;
  const def = await localProgramFor(db, p.program, p.area_code, { below: true });
  if (def.kind !== 'cash') throw new DomainError('conflict', 'payroll_not_cash', { params: { id: p.id } });
}

/**
 * 代发文件: the approved payroll as the bank takes it (CSV with BOM, or .xlsx), with full ID and
 * account numbers — the bank needs them — so each export is audited: who, which payroll, the
 * format and how many rows left the system.
 */
export async function exportBankFile(deps: Deps, actor: Actor, id: number, format: 'csv' | 'xlsx') {
  const p = await payrollInScope(deps.db, actor, id);
  assertBankRole(actor, p);
  if (p.status !== 'approved') throw new DomainError('conflict', 'payroll_not_approved', { params: { id } });
  await assertCashPayroll(deps.db, p);
  const rows = await bankRowCount(deps.db, id);
  await deps.db.transaction().execute((trx) =>
    recordAudit(trx, deps, actor, { action: 'payroll.bank_file', entityType: 'payroll', entityId: id, areaCode: p.area_code, newValue: { format, rows } }),
  );
  return bankFile(`代发文件-${p.program}-${p.area_code}-${p.month}-${p.id}`, format, p.title, bankRows(deps.db, id));
}

/**
 * The bank file itself, from its rows: the one format every payroll's transfers go to the bank
 * in (the caregivers' pay roll too), CSV with BOM or .xlsx, streamed.
 */
export function bankFile(name: string, format: 'csv' | 'xlsx', title: string, rows: AsyncIterable<BankRow>) {
  const filename = `${name}.${format}`;
  if (format === 'csv') return { filename, contentType: 'text/csv; charset=utf-8', stream: Readable.from(csvChunks(rows)) };
  const out = new PassThrough();
  void writeXlsx(rows, title, out).catch((e) => out.destroy(e as Error));
  return { filename, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', stream: out };
}

interface ResultRow {
  reference: string;
  ok: boolean;
  reason: string | null;
}

/** A CSV line split on commas outside quotes ("" is a quote inside one). */
function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') (cur += '"'), i++;
      else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') out.push(cur), (cur = '');
    else cur += ch;
  }
  out.push(cur);
  return out.map((c) => unwrapNumberText(c.trim()));
}

async function tableOf(filename: string, data: Buffer): Promise<string[][]> {
  if (/\.csv$/i.test(filename)) {
    return data
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .filter((l) => l.trim() !== '')
      .map(parseCsvLine);
  }
  if (/\.xlsx$/i.test(filename)) {
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(data as unknown as ArrayBuffer);
    } catch {
      throw new DomainError('validation', 'bank_result_unreadable', { field: 'file' });
    }
    const ws = wb.worksheets[0];
    if (!ws) return [];
    const rows: string[][] = [];
    ws.eachRow((row) => {
      const values = (row.values as unknown[]).slice(1);
      rows.push(values.map((v) => (v === null || v === undefined ? '' : typeof v === 'object' && 'text' in (v as object) ? String((v as { text: unknown }).text) : String(v)).trim()));
    });
    return rows;
  }
  throw new DomainError('unsupported_media', 'bank_result_format', { field: 'file' });
}

/** Columns by header name, so the bank may add or reorder columns. */
function resultRows(table: string[][]): ResultRow[] {
  const [header, ...body] = table;
  const col = (name: string) => header?.findIndex((h) => h.replace(/\s/g, '') === name) ?? -1;
  const ref = col('业务参考号');
  const status = col('状态');
  const reason = col('失败原因');
  if (ref < 0 || status < 0) throw new DomainError('validation', 'bank_result_columns', { field: 'file' });
  return body
    .filter((r) => (r[ref] ?? '') !== '')
    .map((r, i) => {
      const s = r[status] ?? '';
      if (s !== '成功' && s !== '失败') throw new DomainError('validation', 'bank_result_status', { field: 'file', params: { row: i + 2, value: s } });
      return { reference: r[ref]!, ok: s === '成功', reason: s === '失败' ? (r[reason] || '银行退回').slice(0, 200) : null };
    });
}

/**
 * 回盘: the bank's answer per reference. Paid and failed transfers mark every line of that
 * payee in this payroll; a failed one becomes back pay held until the household's account
 * changes, so the next payroll after the correction pays it. Re-importing the same file
 * changes nothing twice.
 */
export async function importBankResult(deps: Deps, actor: Actor, id: number, file: { filename: string; data: Buffer }) {
  const p = await payrollInScope(deps.db, actor, id);
  assertBankRole(actor, p);
  if (p.status !== 'approved') throw new DomainError('conflict', 'payroll_not_approved', { params: { id } });
  await assertCashPayroll(deps.db, p);
  const results = resultRows(await tableOf(file.filename, file.data));
  const now = nowIso(deps.clock);
  return deps.db.transaction().execute(async (trx) => {
    const unknown: string[] = [];
    let paid = 0;
    let failed = 0;
    for (let i = 0; i < results.length; i += 500) {
      const chunk = results.slice(i, i + 500);
      const found = await trx
        .selectFrom('payroll_lines')
        .select(['id', 'enrolment_id', 'reference', 'bank_account'])
        .where('payroll_id', '=', id)
        .where('reference', 'in', chunk.map((r) => r.reference))
        .execute();
      const byRef = new Map<string, (typeof found)[number][]>(found.map((f) => [f.reference, [f]]));
      // An institution's transfer answers for every resident's lines (their first line each).
      const institutionIds = chunk.map((r) => INSTITUTION_REFERENCE.exec(r.reference)).filter((m) => m !== null && Number(m[1]) === id).map((m) => Number(m![2]));
      if (institutionIds.length > 0) {
        const residents = await trx
          .selectFrom('payroll_lines')
          .select(['institution_id', 'enrolment_id', (eb) => eb.fn.min<number>('id').as('id')])
          .where('payroll_id', '=', id)
          .where('institution_id', 'in', institutionIds)
          .where('refusal', 'is', null)
          .groupBy(['institution_id', 'enrolment_id'])
          .execute();
        const firsts = await trx.selectFrom('payroll_lines').select(['id', 'enrolment_id', 'reference', 'bank_account']).where('id', 'in', residents.length ? residents.map((r) => Number(r.id)) : [0]).execute();
        const byId = new Map(firsts.map((f) => [f.id, f]));
        for (const r of residents) {
          const ref = institutionReference(id, Number(r.institution_id));
          byRef.set(ref, [...(byRef.get(ref) ?? []), byId.get(Number(r.id))!]);
        }
      }
      // Set-based per chunk: one update for the paid payees, one per failure reason.
      const paidIds: number[] = [];
      const failedBy = new Map<string, number[]>();
      const failedLines: (typeof found)[number][] = [];
      const reasons = new Map<number, string>();
      for (const r of chunk) {
        const lines = byRef.get(r.reference);
        if (!lines) {
          unknown.push(r.reference);
          continue;
        }
        if (r.ok) paid += 1;
        else failed += 1;
        for (const line of lines) {
          if (r.ok) {
            paidIds.push(line.enrolment_id);
          } else {
            failedBy.set(r.reason!, [...(failedBy.get(r.reason!) ?? []), line.enrolment_id]);
            failedLines.push(line);
            reasons.set(line.id, r.reason!);
          }
        }
      }
      if (paidIds.length > 0) {
        await trx.updateTable('payroll_lines').set({ bank_status: 'paid', failure_reason: null }).where('payroll_id', '=', id).where('enrolment_id', 'in', paidIds).execute();
      }
      for (const [reason, ids] of failedBy) {
        await trx.updateTable('payroll_lines').set({ bank_status: 'failed', failure_reason: reason }).where('payroll_id', '=', id).where('enrolment_id', 'in', ids).execute();
      }
      if (failedLines.length === 0) continue;
      // A failed transfer is owed again, once: the back pay waits for a corrected account.
      const held = new Set(
        (await trx.selectFrom('payment_adjustments').select('source_line_id').where('source', '=', 'bank_failure').where('source_line_id', 'in', failedLines.map((l) => l.id)).execute()).map((a) => a.source_line_id),
      );
      // A drive's line (negative id, no enrolment) is not owed by a later payroll: the drive shows it failed.
      const owed = [...new Map(failedLines.filter((l) => !held.has(l.id) && l.enrolment_id > 0).map((l) => [l.id, l])).values()];
      if (owed.length === 0) continue;
      const nets = await trx
        .selectFrom('payroll_lines')
        .select(['enrolment_id', (eb) => eb.fn.sum<number>('amount').as('s')])
        .where('payroll_id', '=', id)
        .where('enrolment_id', 'in', owed.map((l) => l.enrolment_id))
        .groupBy('enrolment_id')
        .execute();
      const net = new Map(nets.map((n) => [n.enrolment_id, Number(n.s)]));
      const rows = owed
        .filter((l) => (net.get(l.enrolment_id) ?? 0) > 0)
        .map((l) => ({
          enrolment_id: l.enrolment_id,
          kind: 'back_pay' as const,
          total_amount: net.get(l.enrolment_id)!,
          monthly_limit: null,
          first_month: p.month,
          reason: `${p.month} 代发失败（${reasons.get(l.id)}），账户更正后补发`.slice(0, 500),
          source: 'bank_failure' as const,
          source_line_id: l.id,
          held_account: l.bank_account,
          status: 'open' as const,
          created_by: actor.userId,
          created_at: now,
        }));
      if (rows.length > 0) await trx.insertInto('payment_adjustments').values(rows).execute();
    }
    await trx.updateTable('payrolls').set({ bank_result_at: now }).where('id', '=', id).execute();
    await recordAudit(trx, deps, actor, {
      action: 'payroll.bank_result',
      entityType: 'payroll',
      entityId: id,
      areaCode: p.area_code,
      newValue: { file: file.filename, paid, failed, unknown: unknown.length, failedReferences: results.filter((r) => !r.ok).map((r) => r.reference).slice(0, 1000) },
    });
    return { paid, failed, unknown };
  });
}
