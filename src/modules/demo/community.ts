import type { Deps } from '../../deps.ts';
import { addCalendarDays } from '../../domain/calendar.ts';
import { actorForUsername } from '../auth/service.ts';
import { issueGoods, purchase, receiveDonation } from '../charity/service.ts';
import { createNeed, createResource, finishProject, matchNeed, startProject } from '../community-lists/service.ts';
import { createTeam, exchange, recordActivity, registerVolunteer } from '../volunteers/service.ts';

/**
 * 志愿服务、三张清单、慈善 in the demo community (issue 22 point 6), through the services as the
 * community worker would enter them: a team with three volunteers, two activities and an
 * exchange; needs at each stage with resources and a finished project; donations of money and
 * goods, a purchase and issues to two dibao or tekun households within their quota.
 */
export async function seedCommunityWork(deps: Deps, o: { community: string; today: string }) {
  if (await deps.db.selectFrom('volunteer_teams').select('id').where('area_code', '=', o.community).executeTakeFirst()) return;
  const actor = await actorForUsername(deps, 'community');
  const day = (n: number) => addCalendarDays(o.today, -n);
  const residents = await deps.db
    .selectFrom('persons as p')
    .innerJoin('households as h', 'h.id', 'p.household_id')
    .select(['p.id', 'p.household_id'])
    .where('h.area_code', '=', o.community)
    .where('p.life_status', '=', 'alive')
    .where('p.birth_date', '<', `${Number(o.today.slice(0, 4)) - 25}-01-01`)
    .orderBy('p.id')
    .limit(40)
    .execute();
  if (residents.length < 4) return;

  const team = await createTeam(deps, actor, { areaCode: o.community, name: '红马甲志愿服务队', leader: '李红', phone: '13871234567', foundedOn: day(400) });
  const v1 = await registerVolunteer(deps, actor, { teamId: team.id, personId: residents[0]!.id, joinedOn: day(300) });
  const v2 = await registerVolunteer(deps, actor, { teamId: team.id, personId: residents[1]!.id, joinedOn: day(300) });
  const v3 = await registerVolunteer(deps, actor, { teamId: team.id, name: '江汉大学 王同学', phone: '13900001111', joinedOn: day(120) });
  await recordActivity(deps, actor, { teamId: team.id, title: '敬老助餐送餐', heldOn: day(60), place: '社区长者食堂', participants: [{ volunteerId: v1.id, hours: 3 }, { volunteerId: v2.id, hours: 2.5 }, { volunteerId: v3.id, hours: 3 }] });
  await recordActivity(deps, actor, { teamId: team.id, title: '小区环境整治', heldOn: day(20), place: '二七小区', participants: [{ volunteerId: v1.id, hours: 2 }, { volunteerId: v3.id, hours: 2 }] });
  await exchange(deps, actor, v1.id, { item: '大米 10 斤', points: 30, exchangedOn: day(10) });

  const canteen = await createResource(deps, actor, { areaCode: o.community, name: '社区长者食堂', category: 'venue', provider: '社区居委会', contact: '027-82800000' });
  const teamResource = await createResource(deps, actor, { areaCode: o.community, name: '红马甲志愿服务队', category: 'volunteer_team', provider: '社区志愿者协会' });
  await createResource(deps, actor, { areaCode: o.community, name: '辖区药店义诊', category: 'enterprise', provider: '百姓大药房' });
  const meals = await createNeed(deps, actor, { areaCode: o.community, title: '高龄独居老人助餐', category: 'elderly_care', raisedBy: '居民代表会议', raisedOn: day(90) });
  await matchNeed(deps, actor, meals.id, { resourceIds: [canteen.id, teamResource.id], matchedOn: day(80) });
  const project = await startProject(deps, actor, { needId: meals.id, name: '幸福食堂助餐', lead: '张丽', budget: 2_000_000, startOn: day(75) });
  await finishProject(deps, actor, project.id, { doneOn: day(15), outcome: '每日为 28 位高龄老人送餐上门', beneficiaries: 28 });
  const clean = await createNeed(deps, actor, { areaCode: o.community, title: '老旧小区楼道清理', category: 'environment', raisedBy: '楼栋长', raisedOn: day(40) });
  await matchNeed(deps, actor, clean.id, { resourceIds: [teamResource.id], matchedOn: day(30) });
  await startProject(deps, actor, { needId: clean.id, name: '楼道清洁行动', lead: '李红', startOn: day(25) });
  const kids = await createNeed(deps, actor, { areaCode: o.community, title: '双职工家庭儿童课后托管', category: 'child_care', raisedBy: '居民议事会', raisedOn: day(12) });
  await matchNeed(deps, actor, kids.id, { resourceIds: [teamResource.id], matchedOn: day(5) });
  await createNeed(deps, actor, { areaCode: o.community, title: '残疾人就业技能培训', category: 'disability_help', raisedBy: '残协专干', raisedOn: day(3) });

  await receiveDonation(deps, actor, { areaCode: o.community, kind: 'money', donor: '汉正街商会', receivedOn: day(50), amount: 1_000_000 });
  await receiveDonation(deps, actor, { areaCode: o.community, kind: 'goods', donor: '爱心企业 武汉粮油', receivedOn: day(45), goods: { name: '大米', unit: '袋', unitValue: 5000 }, quantity: 40 });
  await receiveDonation(deps, actor, { areaCode: o.community, kind: 'goods', donor: '居民 王先生', receivedOn: day(40), goods: { name: '棉被', unit: '床', unitValue: 12000 }, quantity: 10 });
  const oil = await purchase(deps, actor, { areaCode: o.community, goods: { name: '食用油', unit: '桶', unitValue: 6000 }, quantity: 30, amount: 165_000, purchasedOn: day(35) });
  const rice = await deps.db.selectFrom('charity_items').select('id').where('area_code', '=', o.community).where('name', '=', '大米').executeTakeFirstOrThrow();
  // The store serves households in need: two of the community's dibao or tekun households.
  const inNeed = await deps.db
    .selectFrom('enrolments')
    .select('household_id')
    .distinct()
    .where('area_code', '=', o.community)
    .where('program', 'in', ['dibao', 'tekun'])
    .where('start_month', '<=', day(8).slice(0, 7))
    .where('end_month', 'is', null)
    .orderBy('household_id')
    .limit(2)
    .execute();
  const households = inNeed.map((e) => e.household_id);
  if (!households[0]) return;
  await issueGoods(deps, actor, { householdId: households[0]!, items: [{ itemId: rice.id, quantity: 2 }, { itemId: oil.itemId!, quantity: 1 }], issuedOn: day(8) });
  if (households[1]) await issueGoods(deps, actor, { householdId: households[1], items: [{ itemId: rice.id, quantity: 1 }], issuedOn: day(6) });
}
