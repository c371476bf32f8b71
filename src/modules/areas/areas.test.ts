import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/helpers/test-app.ts';
import { dialects } from '../../../test/helpers/test-deps.ts';

describe.each(dialects)('areas on %s', (dialect) => {
  const t = useTestApp(dialect);

  it('holds 江岸区 with its real streets and communities and 12-digit statistical codes', async () => {
    const { app, login } = t();
    const cookie = await login('county');
    const district = await app.inject({ url: '/api/v1/areas/420102', headers: { cookie } });
    expect(district.statusCode).toBe(200);
    const body = district.json();
    expect(body.area).toMatchObject({ code: '420102', name: '江岸区', level: 'district', parentCode: '4201', statCode: '420102000000' });
    const streets = body.children.map((s: { name: string }) => s.name);
    expect(streets).toHaveLength(17);
    expect(streets).toEqual(expect.arrayContaining(['二七街道', '丹水池街道', '百步亭花园']));

    const erqi = await app.inject({ url: '/api/v1/areas/420102010', headers: { cookie } });
    expect(erqi.json().area.statCode).toBe('420102010000');
    const communities = erqi.json().children;
    expect(communities.length).toBeGreaterThan(5);
    expect(communities[0]).toMatchObject({ code: '420102010001', name: '操场社区', level: 'community', statCode: '420102010001', hasChildren: false });
  });

  it('shows a user only their own area and what lies below it', async () => {
    const { app, login } = t();
    const community = await login('community');
    const street = await login('street');
    const get = (cookie: string, code: string) => app.inject({ url: `/api/v1/areas/${code}`, headers: { cookie } });

    expect((await get(community, '420102010001')).statusCode).toBe(200);
    // Another community of the same street, the street itself, another street: all 404, no data.
    for (const code of ['420102010002', '420102010', '420102012', '420102']) {
      const res = await get(community, code);
      expect(res.statusCode).toBe(404);
      expect(res.json()).not.toHaveProperty('area');
    }
    expect((await get(street, '420102010')).statusCode).toBe(200);
    expect((await get(street, '420102010002')).statusCode).toBe(200);
    expect((await get(street, '420102012')).statusCode).toBe(404);
    expect((await get(street, '420102012001')).statusCode).toBe(404);
  });

  it('rejects malformed codes with 400 and needs a login', async () => {
    const { app, login } = t();
    expect((await app.inject({ url: '/api/v1/areas/420102' })).statusCode).toBe(401);
    const res = await app.inject({ url: '/api/v1/areas/42010', headers: { cookie: await login('county') } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('code');
  });
});
