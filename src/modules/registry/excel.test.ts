import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { uniqueIdNumber } from '../../../test/factories/household.ts';
import { useTestApp } from '../../../test/helpers/test-app.ts';
import { dialects } from '../../../test/helpers/test-deps.ts';
import { runJobsUntilIdle } from '../jobs/service.ts';
import { HOUSEHOLD_COLUMNS, HOUSEHOLD_SHEET, MEMBER_COLUMNS, MEMBER_SHEET } from './excel-layout.ts';

type Row = Record<string, string | number>;

async function workbook(households: Row[], members: Row[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const hs = wb.addWorksheet(HOUSEHOLD_SHEET);
  hs.columns = HOUSEHOLD_COLUMNS.map((c) => ({ header: c.header, key: c.key }));
  households.forEach((r) => hs.addRow(r));
  const ms = wb.addWorksheet(MEMBER_SHEET);
  ms.columns = MEMBER_COLUMNS.map((c) => ({ header: c.header, key: c.key }));
  members.forEach((r) => ms.addRow(r));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function multipart(file: Buffer, filename = 'households.xlsx'): { payload: Buffer; headers: Record<string, string> } {
  const boundary = '----minzhengtest';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head), file, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

function sampleRows() {
  const wangHead = uniqueIdNumber();
  const wangWife = uniqueIdNumber({ sex: 'female' });
  const wangSon = uniqueIdNumber({ birthDate: '2010-05-20' });
  const liHead = uniqueIdNumber({ sex: 'female' });
  const households: Row[] = [
    { headIdNumber: wangHead, areaCode: '420102010001', address: '二七路 1 号', urbanRural: '城市', bankName: '中国工商银行', bankAccount: '6222020200112233445', bankAccountHolder: '王建国', deposits: '3000.50' },
    { headIdNumber: liHead, areaCode: '420102010001', address: '二七路 2 号', urbanRural: '城市', houses: 1 },
  ];
  const members: Row[] = [
    { headIdNumber: wangHead, idNumber: wangHead, name: '王建国', relation: '户主', laborCapacity: '部分劳动能力', employment: '灵活就业', wage: '1200', socialInsurance: '150.5' },
    { headIdNumber: wangHead, idNumber: wangWife, name: '陈桂兰', relation: '配偶', health: '重病', diagnosis: '尿毒症', disabilityCategory: '肢体', disabilityGrade: 2 },
    { headIdNumber: wangHead, idNumber: wangSon, name: '王小虎', relation: '子女', student: '是' },
    { headIdNumber: liHead, idNumber: liHead, name: '李淑芬', relation: '户主', flags: '孤寡、空巢', pension: '1800.00', laborCapacity: '无劳动能力', ownBankName: '中国邮政储蓄银行', ownBankAccount: '6217990000000000777' },
  ];
  return { households, members, wangHead, wangWife, liHead };
}

describe.each(dialects)('Excel import and export on %s', (dialect) => {
  const t = useTestApp(dialect);
  /** Submits the workbook (202 and a job), runs the queue, and answers with the job's result. */
  const importFile = async (file: Buffer, query = '') => {
    const cookie = await t().login('community');
    const submitted = await t().app.inject({ method: 'POST', url: `/api/v1/households/import${query}`, ...multipart(file), headers: { ...multipart(file).headers, cookie } });
    expect(submitted.statusCode).toBe(202);
    expect(submitted.json()).toMatchObject({ status: 'queued', kind: 'household_import' });
    await runJobsUntilIdle(t().deps);
    const job = await t().app.inject({ url: `/api/v1/jobs/${submitted.json().jobId}`, headers: { cookie } });
    expect(job.statusCode).toBe(200);
    expect(job.json()).toMatchObject({ status: 'succeeded' });
    return { statusCode: job.statusCode, json: () => job.json().result };
  };

  it('serves a template with the two sheets and Chinese headers', async () => {
    const res = await t().app.inject({ url: '/api/v1/households/import-template', headers: { cookie: await t().login('community') } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/spreadsheetml/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([HOUSEHOLD_SHEET, MEMBER_SHEET]);
    expect(wb.getWorksheet(MEMBER_SHEET)!.getRow(1).getCell(2).value).toBe('身份证号');
  });

  it('imports households and members, and a re-import updates instead of duplicating', async () => {
    const s = sampleRows();
    const first = await importFile(await workbook(s.households, s.members));
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ households: 2, created: 2, updated: 0, skipped: 0, errors: [], reportId: null });

    const cookie = await t().login('community');
    const found = (await t().app.inject({ url: `/api/v1/persons?q=${s.wangHead}`, headers: { cookie } })).json().items[0];
    const file = (await t().app.inject({ url: `/api/v1/households/${found.householdId}`, headers: { cookie } })).json();
    expect(file.members.map((m: { name: string }) => m.name)).toEqual(['王建国', '陈桂兰', '王小虎']);
    expect(file.incomes).toEqual([expect.objectContaining({ type: 'wage', monthly: 120000 })]);
    expect(file.deductions).toEqual([expect.objectContaining({ type: 'social_insurance', monthly: 15050 })]);
    expect(file.assets).toEqual([expect.objectContaining({ type: 'deposit', value: 300050 })]);
    expect(file.members[1]).toMatchObject({ health: 'serious', disability: { category: 'physical', grade: 2 } });
    expect(file.bankAccount).toMatchObject({ bankName: '中国工商银行', accountNumberMasked: expect.stringMatching(/3445$/) });
    const li = (await t().app.inject({ url: `/api/v1/persons?q=${s.liHead}`, headers: { cookie } })).json().items[0];
    const liFile = (await t().app.inject({ url: `/api/v1/households/${li.householdId}`, headers: { cookie } })).json();
    expect(liFile.members[0].bankAccount).toEqual({ bankName: '中国邮政储蓄银行', accountNumberMasked: expect.stringMatching(/0777$/) });

    s.members[0]!.wage = '1500';
    const again = await importFile(await workbook(s.households, s.members));
    expect(again.json()).toMatchObject({ created: 0, updated: 2, errors: [] });
    const wangs = (await t().app.inject({ url: `/api/v1/persons?q=${encodeURIComponent('王')}`, headers: { cookie } })).json().items;
    expect(wangs.filter((p: { householdId: number }) => p.householdId === found.householdId)).toHaveLength(2);
    const updated = (await t().app.inject({ url: `/api/v1/households/${found.householdId}`, headers: { cookie } })).json();
    expect(updated.incomes).toEqual([expect.objectContaining({ type: 'wage', monthly: 150000 })]);
    expect(updated.version).toBe(2);
    expect(updated.members).toHaveLength(3);
    const households = (await t().app.inject({ url: '/api/v1/households?pageSize=200', headers: { cookie } })).json();
    expect(households.total).toBe(2);
  });

  it('reports every bad cell by row and column, skips whole households, and annotates the workbook', async () => {
    const s = sampleRows();
    const badId = s.wangWife.slice(0, 17) + (s.wangWife[17] === '1' ? '2' : '1');
    s.members[1]!.idNumber = badId;
    s.members[3]!.laborCapacity = '能干活';
    s.households[1]!.deposits = '12.345';
    const extraHead = uniqueIdNumber();
    s.households.push({ headIdNumber: extraHead, areaCode: '420102010001', address: '二七路 3 号', urbanRural: '城市' });
    s.members.push({ headIdNumber: extraHead, idNumber: extraHead, name: '赵德明', relation: '户主' });
    s.members.push({ headIdNumber: extraHead, idNumber: 420102195001011234, name: '赵某', relation: '配偶' });
    const res = await importFile(await workbook(s.households, s.members));
    const body = res.json();
    expect(body.created).toBe(0);
    expect(body.skipped).toBe(3);
    expect(body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ sheet: MEMBER_SHEET, row: 3, column: '身份证号', message: expect.stringContaining('校验位错误') }),
        expect.objectContaining({ sheet: MEMBER_SHEET, row: 5, column: '劳动能力', message: expect.stringContaining('有劳动能力') }),
        expect.objectContaining({ sheet: HOUSEHOLD_SHEET, row: 3, column: '存款及有价证券(元)' }),
        expect.objectContaining({ sheet: MEMBER_SHEET, row: 7, column: '身份证号', message: expect.stringContaining('文本') }),
      ]),
    );
    // Nothing of the bad households was written: not even their valid members.
    const cookie = await t().login('community');
    expect((await t().app.inject({ url: `/api/v1/persons?q=${s.wangHead}`, headers: { cookie } })).json().items).toEqual([]);
    expect((await t().app.inject({ url: `/api/v1/persons?q=${extraHead}`, headers: { cookie } })).json().items).toEqual([]);

    const report = await t().app.inject({ url: `/api/v1/imports/${body.reportId}/report`, headers: { cookie } });
    expect(report.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(report.rawPayload as unknown as ArrayBuffer);
    const ms = wb.getWorksheet(MEMBER_SHEET)!;
    const lastCol = ms.getRow(1).cellCount;
    expect(ms.getRow(1).getCell(lastCol).value).toBe('错误说明');
    expect(String(ms.getRow(3).getCell(lastCol).value)).toContain('校验位错误');
    expect(ms.getRow(3).getCell(2).fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
    // Someone else cannot fetch this report.
    const other = await t().app.inject({ url: `/api/v1/imports/${body.reportId}/report`, headers: { cookie: await t().login('street') } });
    expect(other.statusCode).toBe(404);
  });

  it('refuses a bad upload with a 4xx before any job exists: not multipart, no file, not an xlsx, cut short', async () => {
    const cookie = await t().login('community');
    const post = (payload: Buffer | string, headers: Record<string, string>) =>
      t().app.inject({ method: 'POST', url: '/api/v1/households/import', payload, headers: { ...headers, cookie } });
    const jobsBefore = (await t().app.inject({ url: '/api/v1/jobs', headers: { cookie } })).json().total;
    expect((await post('{}', { 'content-type': 'application/json' })).json().error.code).toBe('document_multipart_expected');
    const notXlsx = multipart(Buffer.from('%PDF-1.4 not a workbook'));
    const refused = await post(notXlsx.payload, notXlsx.headers);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('import_not_xlsx');
    const whole = multipart(await workbook(sampleRows().households, sampleRows().members));
    const cut = await post(whole.payload.subarray(0, Math.floor(whole.payload.length / 2)), whole.headers);
    expect(cut.statusCode).toBe(400);
    const empty = await post('--x--\r\n', { 'content-type': 'multipart/form-data; boundary=x' });
    expect(empty.statusCode).toBe(400);
    expect((await t().app.inject({ url: '/api/v1/jobs', headers: { cookie } })).json().total).toBe(jobsBefore);
    // A role without write access is refused before anything is stored.
    const auditor = await t().app.inject({ method: 'POST', url: '/api/v1/households/import', payload: whole.payload, headers: { ...whole.headers, cookie: await t().login('auditor') } });
    expect(auditor.statusCode).toBe(403);
  });

  it('validates without writing on a dry run', async () => {
    const s = sampleRows();
    const res = await importFile(await workbook(s.households, s.members), '?dryRun=true');
    expect(res.json()).toMatchObject({ dryRun: true, created: 2, errors: [] });
    const cookie = await t().login('community');
    expect((await t().app.inject({ url: `/api/v1/persons?q=${s.liHead}`, headers: { cookie } })).json().items).toEqual([]);
  });

  it('exports the filtered list in the import layout, full numbers audited, and it re-imports as updates', async () => {
    const s = sampleRows();
    await importFile(await workbook(s.households, s.members));
    const cookie = await t().login('community');
    const res = await t().app.inject({ url: `/api/v1/households/export?q=${s.liHead}`, headers: { cookie } });
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const hs = wb.getWorksheet(HOUSEHOLD_SHEET)!;
    expect(hs.rowCount).toBe(2);
    expect(hs.getRow(2).getCell(1).value).toBe(s.liHead);
    const ms = wb.getWorksheet(MEMBER_SHEET)!;
    expect(ms.getRow(2).getCell(3).value).toBe('李淑芬');
    expect(ms.getRow(2).getCell(16).value).toBe('孤寡、空巢');

    const reimport = await importFile(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(reimport.json()).toMatchObject({ created: 0, updated: 1, errors: [] });

    expect((await t().app.inject({ url: '/api/v1/households/export', headers: { cookie: await t().login('admin') } })).statusCode).toBe(403);
    const audit = (await t().app.inject({ url: '/api/v1/audit?entityType=export', headers: { cookie: await t().login('auditor') } })).json();
    expect(audit.items[0]).toMatchObject({ action: 'households.export', actorUsername: 'community' });
  });
});
