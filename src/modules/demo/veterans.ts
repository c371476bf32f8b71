import type { Deps } from '../../deps.ts';
import { addCalendarDays } from '../../domain/calendar.ts';
import type { EntitledGroup } from '../../domain/welfare/veterans.ts';
import { actorForUsername } from '../auth/service.ts';
import { appointLiaison, grantBenefits, hangPlaque, recordForum, recordVisit, registerEntitled } from '../veterans/service.ts';

/** Who the demo registers: the group, its document and, for a disabled serviceman, the level. */
const DEMO_ENTITLED: { group: EntitledGroup; documentKind: 'disabled_serviceman_card' | 'martyr_certificate' | 'demobilisation_card' | 'discharge_card' | 'enlistment_notice'; level?: number; old: boolean }[] = [
  { group: 'disabled_serviceman', documentKind: 'disabled_serviceman_card', level: 6, old: true },
  { group: 'martyr_survivor', documentKind: 'martyr_certificate', old: true },
  { group: 'demobilised', documentKind: 'demobilisation_card', old: true },
  { group: 'ill_veteran', documentKind: 'discharge_card', old: true },
  { group: 'war_veteran', documentKind: 'discharge_card', old: true },
  { group: 'conscript_family', documentKind: 'enlistment_notice', old: false },
];

/**
 * 优抚 in the demo community (issue 22 point 6): six entitled persons of different groups, each
 * in a household of their own, registered by the community worker; their benefits granted by the
 * county from three months ago (enrolments the payroll pays like any program's, the conscript
 * family's yearly allowance and the Spring Festival one-off by lump sums); a liaison over them, a
 * 光荣牌 on each home, two visits and an 八一 forum. Through the services, as staff would do it.
 */
export async function seedVeteransDemo(deps: Deps, o: { community: string; today: string }) {
  if (await deps.db.selectFrom('entitled_persons').select('id').where('area_code', '=', o.community).executeTakeFirst()) return;
  const community = await actorForUsername(deps, 'community');
  const county = await actorForUsername(deps, 'county');
  const day = (n: number) => addCalendarDays(o.today, -n);
  const year = Number(o.today.slice(0, 4));
  const candidates = await deps.db
    .selectFrom('persons as p')
    .innerJoin('households as h', 'h.id', 'p.household_id')
    .select(['p.id', 'p.household_id', 'p.birth_date'])
    .where('h.area_code', '=', o.community)
    .where('p.life_status', '=', 'alive')
    .where('p.birth_date', '<', `${year - 40}-01-01`)
    .orderBy('p.id')
    .limit(400)
    .execute();
  const used = new Set<number>();
  const pick = (old: boolean) => {
    const p = candidates.find((c) => !used.has(c.household_id!) && (old ? c.birth_date < `${year - 70}-01-01` : c.birth_date >= `${year - 60}-01-01`));
    if (p) used.add(p.household_id!);
    return p;
  };
  const registered = [];
  for (const [i, d] of DEMO_ENTITLED.entries()) {
    const person = pick(d.old);
    if (!person) continue;
    const r = await registerEntitled(deps, community, {
      personId: person.id,
      group: d.group,
      documentKind: d.documentKind,
      documentNumber: `鄂${String(year - 10 - i)}${String(4201020 + i * 37).padStart(8, '0')}`,
      ...(d.level ? { disabilityLevel: d.level } : {}),
      registeredOn: day(400 - i * 20),
    });
    registered.push(r);
  }
  if (registered.length === 0) return;
  const startMonth = day(90).slice(0, 7);
  for (const r of registered) await grantBenefits(deps, county, r.id, { startMonth });
  await appointLiaison(deps, community, { areaCode: o.community, zone: '本社区', name: '周建军', phone: '13971234508', appointedOn: day(180), entitledPersonIds: registered.map((r) => r.id) });
  for (const r of registered) await hangPlaque(deps, community, { entitledPersonId: r.id, hungOn: day(170) });
  await recordVisit(deps, community, { entitledPersonId: registered[0]!.id, visitedOn: day(30), visitor: '周建军、张丽', content: '上门看望，了解伤残抚恤金到账和就医情况', problems: '行动不便，需要辅具' });
  if (registered[1]) await recordVisit(deps, community, { entitledPersonId: registered[1].id, visitedOn: day(20), visitor: '周建军', content: '春节前走访慰问，送上慰问品' });
  await recordForum(deps, community, { areaCode: o.community, heldOn: day(60), occasion: 'policy', topic: '优抚政策宣讲暨座谈会', attendees: registered.length + 4, summary: '宣讲抚恤补助标准调整，听取优抚对象意见' });
}
