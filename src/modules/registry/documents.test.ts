import { describe, expect, it } from 'vitest';
import { buildHousehold } from '../../../test/factories/household.ts';
import { useTestApp } from '../../../test/helpers/test-app.ts';
import { dialects } from '../../../test/helpers/test-deps.ts';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a5a10000000049454e44ae426082', 'hex');

function form(parts: { name: string; value: string | Buffer; filename?: string; type?: string }[]) {
  const boundary = '----minzhengdocs';
  const chunks = parts.flatMap((p) => [
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"${p.filename ? `; filename="${p.filename}"` : ''}\r\n${p.type ? `Content-Type: ${p.type}\r\n` : ''}\r\n`,
    ),
    Buffer.isBuffer(p.value) ? p.value : Buffer.from(p.value),
    Buffer.from('\r\n'),
  ]);
  return { payload: Buffer.concat([...chunks, Buffer.from(`--${boundary}--\r\n`)]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe.each(dialects)('household documents on %s', (dialect) => {
  const t = useTestApp(dialect);

  it('drops control characters (a NUL above all: PostgreSQL refuses it in text) from a file name', async () => {
    const cookie = await t().login('community');
    const h = (await t().app.inject({ method: 'POST', url: '/api/v1/households', headers: { cookie }, payload: buildHousehold() })).json();
    const f = form([{ name: 'kind', value: 'other' }, { name: 'file', value: PNG, filename: 'a\u0000b\u0007.png', type: 'image/png' }]);
    const res = await t().app.inject({ method: 'POST', url: `/api/v1/households/${h.id}/documents`, payload: f.payload, headers: { ...f.headers, cookie } });
    expect(res.statusCode).toBe(201);
    expect(res.json().filename).toBe('ab.png');
  });

  it('uploads, lists and streams back a document, checking its real type and size', async () => {
    const cookie = await t().login('community');
    const h = (await t().app.inject({ method: 'POST', url: '/api/v1/households', headers: { cookie }, payload: buildHousehold() })).json();
    const upload = (parts: Parameters<typeof form>[0]) => {
      const f = form(parts);
      return t().app.inject({ method: 'POST', url: `/api/v1/households/${h.id}/documents`, payload: f.payload, headers: { ...f.headers, cookie } });
    };
    const ok = await upload([{ name: 'kind', value: 'id_copy' }, { name: 'file', value: PNG, filename: '身份证复印件.png', type: 'image/png' }]);
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ kind: 'id_copy', filename: '身份证复印件.png', contentType: 'image/png', size: PNG.length });

    const disguised = await upload([{ name: 'kind', value: 'photo' }, { name: 'file', value: Buffer.from('#!/bin/sh\necho hi\n'), filename: 'photo.png', type: 'image/png' }]);
    expect(disguised.statusCode).toBe(415);
    expect(disguised.json().error).toMatchObject({ code: 'document_type_unsupported', field: 'file' });

    const huge = await upload([{ name: 'kind', value: 'other' }, { name: 'file', value: Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(11 * 1024 * 1024)]), filename: 'big.pdf' }]);
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe('document_too_large');

    const badKind = await upload([{ name: 'kind', value: 'secret' }, { name: 'file', value: PNG, filename: 'x.png' }]);
    expect(badKind.statusCode).toBe(400);
    expect(badKind.json().error.field).toBe('kind');

    const list = (await t().app.inject({ url: `/api/v1/households/${h.id}/documents`, headers: { cookie } })).json().items;
    expect(list).toHaveLength(1);
    const download = await t().app.inject({ url: `/api/v1/documents/${list[0].id}/content`, headers: { cookie } });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.headers['content-disposition']).toContain("filename*=UTF-8''%E8%BA%AB");
    expect(download.rawPayload.equals(PNG)).toBe(true);

    const elsewhere = await t().login('street');
    expect((await t().app.inject({ url: `/api/v1/documents/${list[0].id}/content`, headers: { cookie: elsewhere } })).statusCode).toBe(200);
    const history = (await t().app.inject({ url: `/api/v1/households/${h.id}/history`, headers: { cookie } })).json().items;
    expect(history[0]).toMatchObject({ action: 'document.add' });
  });
});
