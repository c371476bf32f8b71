import { describe, expect, it } from 'vitest';
import { buildHousehold } from '../factories/household.ts';
import { useTestApp } from '../helpers/test-app.ts';
import { dialects } from '../helpers/test-deps.ts';

const PDF = Buffer.from('%PDF-1.4\n%minzheng\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

function form(parts: { name: string; value: Buffer | string; filename?: string; type?: string }[]) {
  const boundary = '----minzhengroles';
  const chunks = parts.flatMap((p) => [
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"${p.filename ? `; filename="${p.filename}"` : ''}\r\n${p.type ? `Content-Type: ${p.type}\r\n` : ''}\r\n`),
    Buffer.isBuffer(p.value) ? p.value : Buffer.from(p.value),
    Buffer.from('\r\n'),
  ]);
  return { payload: Buffer.concat([...chunks, Buffer.from(`--${boundary}--\r\n`)]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/**
 * Issue 15 point 6: the registry (一户一档) is kept by the community, the street and the county.
 * The administrator (users and settings), the verification centre (matching records) and the
 * auditor (oversight) may read it within their area but never create or edit a household, upload
 * a document or import.
 */
describe.each(dialects)('who may write the registry on %s', (dialect) => {
  const t = useTestApp(dialect);

  it('refuses admin, verifier and auditor every registry write; the keepers may', async () => {
    const { app, login } = t();
    const community = await login('community');
    const h = (await app.inject({ method: 'POST', url: '/api/v1/households', headers: { cookie: community }, payload: buildHousehold() })).json();
    expect(h.id).toBeGreaterThan(0);
    const template = await app.inject({ url: '/api/v1/households/import-template', headers: { cookie: community } });
    expect(template.statusCode).toBe(200);

    for (const username of ['admin', 'verifier', 'auditor']) {
      const cookie = await login(username);
      const created = await app.inject({ method: 'POST', url: '/api/v1/households', headers: { cookie }, payload: buildHousehold() });
      expect(created.statusCode, `${username} creates`).toBe(403);
      const edited = await app.inject({ method: 'PATCH', url: `/api/v1/households/${h.id}`, headers: { cookie }, payload: { version: h.version, address: '改过的地址 1 号' } });
      expect(edited.statusCode, `${username} edits`).toBe(403);
      const doc = form([{ name: 'kind', value: 'other' }, { name: 'file', value: PDF, filename: 'x.pdf', type: 'application/pdf' }]);
      const uploaded = await app.inject({ method: 'POST', url: `/api/v1/households/${h.id}/documents`, payload: doc.payload, headers: { ...doc.headers, cookie } });
      expect(uploaded.statusCode, `${username} uploads`).toBe(403);
      const file = form([{ name: 'file', value: template.rawPayload, filename: 'h.xlsx', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }]);
      const imported = await app.inject({ method: 'POST', url: '/api/v1/households/import?dryRun=true', payload: file.payload, headers: { ...file.headers, cookie } });
      expect(imported.statusCode, `${username} imports`).toBe(403);
      // Reading stays open to them in their area.
      expect((await app.inject({ url: `/api/v1/households/${h.id}`, headers: { cookie } })).statusCode, `${username} reads`).toBe(200);
    }

    for (const username of ['community', 'street', 'county']) {
      const cookie = await login(username);
      expect((await app.inject({ method: 'POST', url: '/api/v1/households', headers: { cookie }, payload: buildHousehold() })).statusCode, username).toBe(201);
    }
  });
});
