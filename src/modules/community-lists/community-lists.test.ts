import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/helpers/test-app.ts';
import { dialects } from '../../../test/helpers/test-deps.ts';

const COMMUNITY = '420102010001';
const STREET = '420102010';

describe.each(dialects)('三张清单: a need matched, carried out and done on %s', (dialect) => {
  const t = useTestApp(dialect, { now: '2026-04-20T02:00:00.000Z' });
  const as = async (user: string, method: 'GET' | 'POST', url: string, payload?: unknown) =>
    t().app.inject({ method, url: `/api/v1${url}`, headers: { cookie: await t().login(user) }, ...(payload === undefined ? {} : { payload: payload as object }) });

  it('takes a need from open to done through matched and in progress, with totals per community', async () => {
    const need = await as('community', 'POST', '/community-lists/needs', { areaCode: COMMUNITY, title: '高龄独居老人助餐', category: 'elderly_care', raisedBy: '居民代表会议', raisedOn: '2026-04-01' });
    expect(need.statusCode, need.body).toBe(201);
    expect(need.json()).toMatchObject({ status: 'open', resources: [], projectId: null });
    const other = await as('community', 'POST', '/community-lists/needs', { areaCode: COMMUNITY, title: '儿童课后托管', category: 'child_care', raisedBy: '张女士', raisedOn: '2026-04-02' });
    const venue = await as('street', 'POST', '/community-lists/resources', { areaCode: STREET, name: '街道党群服务中心食堂', category: 'venue', provider: '街道办事处', contact: '027-8888' });
    expect(venue.statusCode, venue.body).toBe(201);
    const team = await as('community', 'POST', '/community-lists/resources', { areaCode: COMMUNITY, name: '红马甲志愿服务队', category: 'volunteer_team', provider: '社区' });
    const elsewhere = await as('county', 'POST', '/community-lists/resources', { areaCode: '420102011002', name: '外社区活动室', category: 'venue', provider: '外社区' });
    const id = need.json().id;

    expect((await as('community', 'POST', '/community-lists/projects', { needId: id, name: '幸福食堂', lead: '张丽', startOn: '2026-04-05' })).json().error).toMatchObject({ code: 'need_not_matched' });
    const wrong = await as('community', 'POST', `/community-lists/needs/${id}/match`, { resourceIds: [elsewhere.json().id], matchedOn: '2026-04-03' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error).toMatchObject({ code: 'resource_not_found', field: 'resourceIds.0' });
    expect((await as('community', 'POST', `/community-lists/needs/${id}/match`, { resourceIds: [team.json().id], matchedOn: '2026-03-30' })).json().error).toMatchObject({ code: 'need_match_before_raised', field: 'matchedOn' });
    const matched = await as('community', 'POST', `/community-lists/needs/${id}/match`, { resourceIds: [venue.json().id, team.json().id], matchedOn: '2026-04-03' });
    expect(matched.statusCode, matched.body).toBe(200);
    expect(matched.json()).toMatchObject({ status: 'matched', matchedOn: '2026-04-03' });
    expect(matched.json().resources.map((r: { name: string }) => r.name)).toEqual(['街道党群服务中心食堂', '红马甲志愿服务队']);

    const project = await as('community', 'POST', '/community-lists/projects', { needId: id, name: '幸福食堂助餐', lead: '张丽', budget: 500000, startOn: '2026-04-05' });
    expect(project.statusCode, project.body).toBe(201);
    expect(project.json()).toMatchObject({ status: 'in_progress', needTitle: '高龄独居老人助餐', budget: 500000 });
    expect((await as('community', 'POST', '/community-lists/projects', { needId: id, name: '再立项', lead: '张丽', startOn: '2026-04-05' })).statusCode).toBe(409);
    expect((await as('community', 'POST', `/community-lists/needs/${id}/match`, { resourceIds: [team.json().id], matchedOn: '2026-04-06' })).json().error).toMatchObject({ code: 'need_not_open' });
    const pid = project.json().id;
    expect((await as('community', 'POST', `/community-lists/projects/${pid}/done`, { doneOn: '2026-04-04', outcome: 'x', beneficiaries: 1 })).json().error).toMatchObject({ code: 'project_done_before_start', field: 'doneOn' });
    const done = await as('community', 'POST', `/community-lists/projects/${pid}/done`, { doneOn: '2026-04-18', outcome: '每日为 28 位高龄老人送餐', beneficiaries: 28 });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'done', beneficiaries: 28 });
    expect((await as('community', 'POST', `/community-lists/projects/${pid}/done`, { doneOn: '2026-04-18', outcome: 'x', beneficiaries: 1 })).statusCode).toBe(409);
    const needs = (await as('community', 'GET', '/community-lists/needs')).json();
    expect(needs.items.find((n: { id: number }) => n.id === id)).toMatchObject({ status: 'done', doneOn: '2026-04-18', projectId: pid });

    const totals = (await as('street', 'GET', '/community-lists/totals')).json();
    const row = totals.rows.find((r: { areaCode: string }) => r.areaCode === COMMUNITY);
    expect(row).toMatchObject({ needs: { open: 1, matched: 0, in_progress: 0, done: 1 }, resources: 1, projects: { inProgress: 0, done: 1, budget: 500000, beneficiaries: 28 } });
    expect(row.areaName).not.toBe(COMMUNITY);
    expect(totals.total).toMatchObject({ needs: { open: 1, done: 1 }, resources: 2 });
    // The community worker's totals leave the street's venue out: it is above the community.
    expect((await as('community', 'GET', '/community-lists/totals')).json().total.resources).toBe(1);
    expect((await as('community', 'GET', '/community-lists/resources')).json().items.map((r: { name: string; needs: number }) => [r.name, r.needs])).toEqual([['红马甲志愿服务队', 1]]);

    // Out of area: another street's community worker cannot see or act on it.
    expect((await as('community', 'POST', '/community-lists/needs', { areaCode: '420102011002', title: 'x', category: 'other', raisedBy: 'x', raisedOn: '2026-04-01' })).statusCode).toBe(403);
    expect((await as('auditor', 'POST', `/community-lists/needs/${other.json().id}/match`, { resourceIds: [team.json().id], matchedOn: '2026-04-03' })).statusCode).toBe(403);

    const april = (await as('county', 'GET', '/reports/monthly?areaCode=420102&month=2026-04')).json();
    expect(april.community.lists).toEqual({ needsRaised: 2, needsMatched: 1, needsDone: 1, projectsStarted: 1, needsOpenAtEnd: 1 });
    const audit = await t().deps.db.selectFrom('audit_log').select('action').where('action', 'like', 'community_%').execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['community_need.create', 'community_need.create', 'community_need.match', 'community_project.finish', 'community_project.start', 'community_resource.create', 'community_resource.create', 'community_resource.create']);
  });
});
