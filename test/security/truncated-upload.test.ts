import { describe, expect, it } from 'vitest';
import { buildHousehold } from '../factories/household.ts';
import { useTestApp } from '../helpers/test-app.ts';
import { dialects } from '../helpers/test-deps.ts';

const BOUNDARY = '----minzhengcut';

/** A multipart body with a kind field and a file, cut off in the middle of the file. */
function truncatedForm(filename: string, content: Buffer): { payload: Buffer; headers: Record<string, string> } {
  const whole = Buffer.concat([
    Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nother\r\n`),
    Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    content,
    Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
  ]);
  return { payload: whole.subarray(0, Math.floor(whole.length * 0.6)), headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` } };
}

describe.each(dialects)('a multipart upload cut in the middle on %s', (dialect) => {
  const t = useTestApp(dialect);

  it('is a 400 with a message on every multipart route, never a 500', async () => {
    const community = await t().login('community');
    const county = await t().login('county');
    const h = (await t().app.inject({ method: 'POST', url: '/api/v1/households', headers: { cookie: community }, payload: buildHousehold() })).json();
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(64 * 1024, 0x41)]);
    const routes: { url: string; cookie: string; filename: string }[] = [
      { url: `/api/v1/households/${h.id}/documents`, cookie: community, filename: 'cut.pdf' },
      { url: '/api/v1/households/import?dryRun=true', cookie: community, filename: 'cut.xlsx' },
      { url: '/api/v1/payrolls/1/bank-result', cookie: county, filename: 'cut.csv' },
    ];
    for (const r of routes) {
      const f = truncatedForm(r.filename, pdf);
      const res = await t().app.inject({ method: 'POST', url: r.url, payload: f.payload, headers: { ...f.headers, cookie: r.cookie } });
      expect({ url: r.url, status: res.statusCode }).toEqual({ url: r.url, status: 400 });
      expect(res.json().error.message.length).toBeGreaterThan(0);
      // The household import reads the whole part and reports a workbook it cannot open.
      if (r.filename === 'cut.xlsx') continue;
      expect(res.json().error).toMatchObject({ code: 'upload_incomplete', field: 'file' });
      expect(res.json().error.message).toMatch(/上传/);
      const en = await t().app.inject({ method: 'POST', url: r.url, payload: f.payload, headers: { ...f.headers, cookie: r.cookie, 'accept-language': 'en' } });
      expect(en.statusCode).toBe(400);
      expect(en.json().error.message).toMatch(/upload/i);
    }
    const docs = (await t().app.inject({ url: `/api/v1/households/${h.id}/documents`, headers: { cookie: community } })).json().items;
    expect(docs).toHaveLength(0);
  });
});
