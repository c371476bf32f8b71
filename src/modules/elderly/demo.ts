import type { Deps } from '../../deps.ts';
import { assessAbility, type AssessmentItemCode } from '../../domain/elderly/assessment.ts';
import { cardNumber } from '../../domain/elderly/senior-card.ts';
import { ageOn, buildIdNumber } from '../../domain/id-number.ts';

/**
 * 老年人服务 in the demo community (issue 21): senior cards for its first elderly persons, an
 * ability assessment for some of them, an emergency device with an answered and an open alarm, and
 * a caregiver paired with one household (agreement, a week of logs, last month's assessment).
 * Rows as the services would write them; does nothing where the community already has cards.
 */
export async function seedElderlyDemo(deps: Deps, o: { community: string; today: string }): Promise<void> {
  if (await deps.db.selectFrom('senior_cards').select('id').where('area_code', 'like', `${o.community}%`).executeTakeFirst()) return;
  const bornBy = `${Number(o.today.slice(0, 4)) - 60}${o.today.slice(4)}`;
  const elders = await deps.db
    .selectFrom('persons as p')
    .innerJoin('households as h', 'h.id', 'p.household_id')
    .select(['p.id', 'p.name', 'p.birth_date', 'p.household_id', 'h.area_code'])
    .where('h.area_code', 'like', `${o.community}%`)
    .where('p.life_status', '=', 'alive')
    .where('p.birth_date', '<=', bornBy)
    .orderBy('p.id')
    .limit(12)
    .execute();
  if (elders.length === 0) return;
  const now = new Date(deps.clock.now()).toISOString();
  const year = Number(o.today.slice(0, 4));
  await deps.db.transaction().execute(async (trx) => {
    for (const [i, p] of elders.entries()) {
      const issuedOn = `${year - 1 - (i % 3)}-${String((i % 12) + 1).padStart(2, '0')}-10`;
      if (issuedOn < p.birth_date || ageOn(p.birth_date, issuedOn) < 60) continue;
      const kind = ageOn(p.birth_date, issuedOn) >= 65 && i % 2 === 1 ? 'preferential' : 'senior';
      const row = await trx
        .insertInto('senior_cards')
        .values({ person_id: p.id, household_id: p.household_id!, area_code: p.area_code, kind, number: `demo-${p.id}-${kind}`, issued_on: issuedOn, fee: 0, status: 'valid', reissue_of: null, reissue_reason: null, replaced_by: null, voided_on: null, created_by: null, created_at: now })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx.updateTable('senior_cards').set({ number: cardNumber(kind, p.area_code, issuedOn, row.id) }).where('id', '=', row.id).execute();
    }
    const scores: Record<AssessmentItemCode, number>[] = [
      { self_care: 30, mobility: 14, mental: 26, perception_social: 10 },
      { self_care: 18, mobility: 8, mental: 22, perception_social: 6 },
      { self_care: 32, mobility: 16, mental: 30, perception_social: 12 },
      { self_care: 10, mobility: 4, mental: 14, perception_social: 4 },
    ];
    for (const [i, p] of elders.slice(0, 4).entries()) {
      const r = assessAbility(scores[i]!);
      if ('code' in r) continue;
      await trx
        .insertInto('ability_assessments')
        .values({ person_id: p.id, household_id: p.household_id!, area_code: p.area_code, assessed_on: `${year - 1}-11-0${i + 1}`, assessor: '江岸区老年人能力评估中心', items: JSON.stringify(scores[i]), total: r.total, level: r.level, note: null, created_by: null, created_at: now })
        .execute();
    }
    const alone = elders[0]!;
    const device = await trx
      .insertInto('emergency_devices')
      .values({ person_id: alone.id, household_id: alone.household_id!, area_code: alone.area_code, device_number: `JA-DZBM-${alone.id}`, provider: '江岸区智慧养老服务中心', installed_on: `${year - 1}-06-01`, status: 'active', created_by: null, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    const hour = 3_600_000;
    const at = (ms: number) => new Date(deps.clock.now().getTime() - ms).toISOString();
    await trx
      .insertInto('emergency_alarms')
      .values([
        { device_id: device.id, person_id: alone.id, area_code: alone.area_code, raised_at: at(72 * hour), kind: 'sos', status: 'closed', responder: '张丽', responded_at: at(72 * hour - 11 * 60_000), outcome: 'checked_ok', note: '误触后确认平安', created_by: null, created_at: now, responded_by: null },
        { device_id: device.id, person_id: alone.id, area_code: alone.area_code, raised_at: at(hour / 6), kind: 'inactivity', status: 'open', responder: null, responded_at: null, outcome: null, note: '平台转来：12 小时无活动', created_by: null, created_at: now, responded_by: null },
      ])
      .execute();
    const caregiver = await trx
      .insertInto('caregivers')
      .values({ area_code: o.community, name: '何春燕', id_number: buildIdNumber({ areaCode: '420102', birthDate: '1975-05-05', sequence: 26 }), phone: '13800000001', bank_name: '中国农业银行', bank_account: '6228480000000001', created_by: null, created_at: now })
      .onConflict((oc) => oc.column('id_number').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!caregiver) return;
    const served = elders[1] ?? alone;
    const agreement = await trx
      .insertInto('caregiver_agreements')
      .values({ caregiver_id: caregiver.id, person_id: served.id, household_id: served.household_id!, area_code: served.area_code, starts_on: `${year - 1}-01-01`, ends_on: `${year + 1}-12-31`, monthly_pay: 150000, created_by: null, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    const lastMonth = new Date(Date.UTC(year, Number(o.today.slice(5, 7)) - 2, 1)).toISOString().slice(0, 7);
    for (let d = 1; d <= 7; d += 1) {
      await trx.insertInto('caregiver_logs').values({ agreement_id: agreement.id, caregiver_id: caregiver.id, logged_on: `${lastMonth}-0${d}`, hours: 2, content: ['助浴', '打扫卫生', '陪同就医', '助餐', '代购生活用品', '理发', '聊天陪伴'][d - 1]!, created_by: null, created_at: now }).execute();
    }
    await trx.insertInto('caregiver_assessments').values({ agreement_id: agreement.id, month: lastMonth, score: 92, passed: 1, assessor: '社区考核小组', note: null, created_by: null, created_at: now }).execute();
  });
}
