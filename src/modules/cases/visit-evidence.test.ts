import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildHousehold, buildPerson, uniqueIdNumber } from '../../../test/factories/household.ts';
import { photoPng, signaturePng } from '../../../test/helpers/png.ts';
import { useTestApp } from '../../../test/helpers/test-app.ts';
import { dialects } from '../../../test/helpers/test-deps.ts';

const OUT = path.join(import.meta.dirname, '..', '..', '..', 'test', 'pdf', 'out');

function form(parts: { name: string; value: string | Buffer; filename?: string; type?: string }[]) {
  const boundary = '----minzhengvisit';
  const chunks = parts.flatMap((p) => [
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"${p.filename ? `; filename="${p.filename}"` : ''}\r\n${p.type ? `Content-Type: ${p.type}\r\n` : ''}\r\n`),
    Buffer.isBuffer(p.value) ? p.value : Buffer.from(p.value),
    Buffer.from('\r\n'),
  ]);
  return { payload: Buffer.concat([...chunks, Buffer.from(`--${boundary}--\r\n`)]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** Issue 19: a home visit's photos, signatures, time and place, and its Idempotency-Key. */
describe.each(dialects)('home-visit evidence on %s', (dialect) => {
  const t = useTestApp(dialect, { now: '2026-03-02T02:00:00.000Z' });
  const as = async (user: string, method: 'GET' | 'POST', url: string, payload?: unknown, headers: Record<string, string> = {}) =>
    t().app.inject({ method, url: `/api/v1${url}`, headers: { cookie: await t().login(user), ...headers }, ...(payload === undefined ? {} : { payload: payload as object }) });
  const upload = async (householdId: number, kind: string, png: Buffer, filename: string) => {
    const f = form([{ name: 'kind', value: kind }, { name: 'file', value: png, filename, type: 'image/png' }]);
    const r = await t().app.inject({ method: 'POST', url: `/api/v1/households/${householdId}/documents`, payload: f.payload, headers: { ...f.headers, cookie: await t().login('community') } });
    expect(r.statusCode, r.body).toBe(201);
    return r.json().id as number;
  };

  async function caseInInvestigation() {
    const head = buildPerson({ name: '钱建国', employment: 'retired', idNumber: uniqueIdNumber({ birthDate: '1962-05-05' }) });
    const h = (await as('community', 'POST', '/households', buildHousehold({ members: [head], incomes: [{ idNumber: head.idNumber, type: 'pension', monthly: 50000 }], deductions: [], assets: [] }))).json();
    const id = (await as('community', 'POST', '/applications', { householdId: h.id, program: 'dibao', checklist: ['application_form', 'id_cards', 'consent'] })).json().id as number;
    expect((await as('street', 'POST', `/applications/${id}/transitions`, { action: 'accept' })).json().state).toBe('investigation');
    return { id, householdId: h.id as number };
  }

  it('keeps photos, drawn signatures, time and place on a visit, and prints them on the 入户调查表', async () => {
    const { id, householdId } = await caseInInvestigation();
    const photo = await upload(householdId, 'photo', photoPng(), 'visit-1.png');
    const sigStaff = await upload(householdId, 'signature', signaturePng(), 'sig-staff.png');
    const sigResident = await upload(householdId, 'signature', signaturePng(), 'sig-resident.png');
    const visit = {
      kind: 'investigation',
      happenedOn: '2026-03-02',
      staff: ['张丽'],
      findings: '住房狭小，无其他收入来源，现场拍照并当面签字确认',
      photoDocumentIds: [photo],
      recordedAt: '2026-03-02T02:15:00.000Z',
      location: { latitude: 30.59312, longitude: 114.30524, accuracy: 15 },
      signatures: [
        { role: 'staff', name: '张丽', documentId: sigStaff },
        { role: 'resident', name: '钱建国', documentId: sigResident },
      ],
    };
    const r = await as('community', 'POST', `/applications/${id}/records`, visit);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().records[0].data).toMatchObject({ photoDocumentIds: [photo], location: { latitude: 30.59312 }, signatures: [{ role: 'staff', name: '张丽' }, { role: 'resident', name: '钱建国' }] });

    // A photo from another household's file, or a PDF, is not evidence of this visit.
    const other = await caseInInvestigation();
    const foreign = await upload(other.householdId, 'photo', photoPng(), 'elsewhere.png');
    const bad = await as('community', 'POST', `/applications/${id}/records`, { ...visit, photoDocumentIds: [foreign] });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error).toMatchObject({ code: 'record_document_invalid', field: 'photoDocumentIds' });
    expect(bad.json().error.message).toContain('本户档案');

    const pdf = await as('community', 'GET', `/applications/${id}/papers/investigation`);
    expect(pdf.statusCode, pdf.body.slice(0, 200)).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    // The images are embedded: pdfkit writes each as an XObject image.
    expect((pdf.rawPayload.toString('latin1').match(/\/Subtype \/Image/g) ?? []).length).toBeGreaterThanOrEqual(2);
    fs.mkdirSync(OUT, { recursive: true });
    const file = path.join(OUT, `visit-evidence-${dialect}.pdf`);
    fs.writeFileSync(file, pdf.rawPayload);
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', file, path.join(OUT, `visit-evidence-${dialect}`)]);
    fs.rmSync(file);
  });

  it('writes a record once per Idempotency-Key, across retries and racing requests', async () => {
    const { id } = await caseInInvestigation();
    const visit = { kind: 'investigation', happenedOn: '2026-03-02', staff: ['张丽', '王芳'], findings: '离线填写，联网后发送' };
    const count = async () => Number((await t().deps.db.selectFrom('case_records').select((eb) => eb.fn.countAll().as('n')).where('application_id', '=', id).executeTakeFirstOrThrow()).n);
    const key = { 'idempotency-key': 'visit-7f3c2a10-0001' };
    const first = await as('community', 'POST', `/applications/${id}/records`, visit, key);
    expect(first.statusCode, first.body).toBe(200);
    const again = await as('community', 'POST', `/applications/${id}/records`, visit, key);
    expect(again.statusCode).toBe(200);
    expect(again.json().records.map((r: { id: number }) => r.id)).toEqual(first.json().records.map((r: { id: number }) => r.id));
    expect(await count()).toBe(1);

    // Two sends at once (the phone's retry racing the original): one row.
    const raced = { 'idempotency-key': 'visit-7f3c2a10-0002' };
    const both = await Promise.all([as('community', 'POST', `/applications/${id}/records`, visit, raced), as('community', 'POST', `/applications/${id}/records`, visit, raced)]);
    expect(both.map((r) => r.statusCode)).toEqual([200, 200]);
    expect(await count()).toBe(2);

    // The same key for another record is refused; without a key every POST is a new record.
    const reused = await as('community', 'POST', `/applications/${id}/records`, { ...visit, findings: '另一条' }, key);
    expect(reused.statusCode).toBe(409);
    expect(reused.json().error.code).toBe('idempotency_key_reused');
    expect((await as('community', 'POST', `/applications/${id}/records`, visit)).statusCode).toBe(200);
    expect(await count()).toBe(3);
    expect((await as('community', 'POST', `/applications/${id}/records`, visit, { 'idempotency-key': 'bad key!' })).statusCode).toBe(400);
  });

  it('stores a photo once per Idempotency-Key: a retry after a lost answer gets the same document, no second file', async () => {
    const { householdId } = await caseInInvestigation();
    const send = async (png: Buffer, key?: string) => {
      const f = form([{ name: 'kind', value: 'photo' }, { name: 'file', value: png, filename: 'IMG_0001.jpg', type: 'image/png' }]);
      return t().app.inject({ method: 'POST', url: `/api/v1/households/${householdId}/documents`, payload: f.payload, headers: { ...f.headers, cookie: await t().login('community'), ...(key ? { 'idempotency-key': key } : {}) } });
    };
    const rows = async () => t().deps.db.selectFrom('documents').select(['id', 'sha256']).where('household_id', '=', householdId).orderBy('id').execute();
    const files = () => fs.readdirSync(path.join(t().deps.config.dataDir, 'documents', String(householdId)));
    const key = 'visit-7f3c2a10-0003.photo-1';
    const first = await send(photoPng(), key);
    expect(first.statusCode, first.body).toBe(201);
    const again = await send(photoPng(), key);
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json()).toEqual(first.json());
    expect(await rows()).toHaveLength(1);
    expect(files()).toHaveLength(1);

    // The retry racing the original (the answer lost while the upload was still being written): one document.
    const raced = 'visit-7f3c2a10-0003.photo-2';
    const both = await Promise.all([send(photoPng(), raced), send(photoPng(), raced)]);
    expect(both.map((r) => r.statusCode)).toEqual([201, 201]);
    expect(both[0]!.json().id).toBe(both[1]!.json().id);
    expect(await rows()).toHaveLength(2);
    expect(files()).toHaveLength(2);

    // Another file under a used key is refused, and leaves nothing behind; without a key every upload is new.
    const other = await send(signaturePng(), key);
    expect(other.statusCode).toBe(409);
    expect(other.json().error).toMatchObject({ code: 'idempotency_key_reused_document', field: 'Idempotency-Key' });
    expect(other.json().error.message).toContain('发送编号');
    expect(await rows()).toHaveLength(2);
    expect(files()).toHaveLength(2);
    expect((await send(photoPng())).statusCode).toBe(201);
    expect((await send(photoPng())).statusCode).toBe(201);
    expect(await rows()).toHaveLength(4);
    expect((await send(photoPng(), 'bad key!')).statusCode).toBe(400);
    expect(await rows()).toHaveLength(4);
    // The same key is the user's own: another worker's upload under it is a new document.
    const f = form([{ name: 'kind', value: 'photo' }, { name: 'file', value: photoPng(), filename: 'IMG_0001.jpg', type: 'image/png' }]);
    const colleague = await t().app.inject({ method: 'POST', url: `/api/v1/households/${householdId}/documents`, payload: f.payload, headers: { ...f.headers, cookie: await t().login('street'), 'idempotency-key': key } });
    expect(colleague.statusCode, colleague.body).toBe(201);
    expect(colleague.json().id).not.toBe(first.json().id);
  });
});
