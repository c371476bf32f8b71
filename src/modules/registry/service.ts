import { nowIso, todayInChina } from '../../clock.ts';
import type { HouseholdRow, PersonRow, Trx } from '../../db/types.ts';
import type { Deps } from '../../deps.ts';
import { assertAreaWritable, assertPermission, type Actor } from '../../domain/actor.ts';
import { isWithinArea } from '../../domain/area-code.ts';
import { DomainError } from '../../domain/errors.ts';
import { maskIdNumber } from '../../domain/masking.ts';
import { classifyPersonQuery } from '../../domain/name-search.ts';
import { findArea } from '../areas/service.ts';
import { auditValuesFor, recordAudit, recordRead } from '../audit/service.ts';
import type { HouseholdFile } from './file-view.ts';
import { assertActive, assertCommunity, assertComposition, claimVersion, householdInScope, loadFile, personElsewhereError } from './household-access.ts';
import * as list from './list-queries.ts';
import { writeSections } from './sections.ts';
import { changedColumns, identityOf, newHouseholdRow, newPersonRow, personPatchColumns } from './person-input.ts';
import * as q from './queries.ts';
import type { HouseholdListQuery, HouseholdPatch, NewHousehold } from './schema.ts';

export type { HouseholdFile, MemberView } from './file-view.ts';
export { householdImportJob } from './excel-import.ts';
/** The registry's codes in Chinese (户主, 有劳动能力 …), as printed papers show them. */
export { LABELS } from './excel-layout.ts';
/** For the verification module: 核对授权书 stored as a document of a member (issue 18). */
export { addDocument, documentImages, foreignOrNonImageDocuments } from './documents.ts';
export { householdInScope } from './household-access.ts';
export { identityColumns, newHouseholdRow, personRow, type PersonNameColumns } from './person-input.ts';

// ---------------------------------------------------------------- read

/** Opens a household file; every view is audited (DOMAIN.md §7). */
export async function getHouseholdFile(deps: Deps, actor: Actor, id: number): Promise<HouseholdFile> {
  const h = await householdInScope(deps.db, actor, id);
  const file = await loadFile(deps.db, actor, h, todayInChina(deps.clock));
  await deps.db.transaction().execute((trx) =>
    recordAudit(trx, deps, actor, { action: 'household.view', entityType: 'household', entityId: id, areaCode: h.area_code }),
  );
  return file;
}

/** The file for a printed paper, unaudited: the paper's print is the audited read (papers module). */
export async function householdFileForPrint(deps: Deps, actor: Actor, id: number): Promise<HouseholdFile> {
  const h = await householdInScope(deps.db, actor, id);
  return loadFile(deps.db, actor, h, todayInChina(deps.clock));
}

export async function listHouseholds(deps: Deps, actor: Actor, query: HouseholdListQuery) {
  const scope = query.areaCode ?? actor.areaCode;
  if (!isWithinArea(actor.areaCode, scope)) throw new DomainError('not_found', 'area_not_found', { field: 'areaCode', params: { areaCode: scope } });
  const match = query.q ? classifyPersonQuery(query.q) : undefined;
  const { items, total, totalCapped } = await list.listHouseholds(
    deps.db,
    {
      scope,
      match,
      urbanRural: query.urbanRural,
      flag: query.flag,
      disabled: query.disabled === undefined ? undefined : query.disabled === 'true',
    },
    { offset: (query.page - 1) * query.pageSize, limit: query.pageSize },
  );
  if (match?.kind === 'id_full') await auditIdSearch(deps, actor, match.value, 'household', items[0] ? { id: items[0].id, areaCode: items[0].area_code } : null);
  return {
    total,
    totalCapped,
    items: items.map((r) => ({
      id: r.id,
      areaCode: r.area_code,
      areaName: r.area_name,
      address: r.address,
      urbanRural: r.urban_rural as 'urban' | 'rural',
      category: r.category as 'A' | 'B' | 'C' | null,
      headName: r.head_name,
      headIdNumberMasked: r.head_id_number ? maskIdNumber(r.head_id_number) : null,
      memberCount: r.member_count,
      version: r.version,
      updatedAt: r.updated_at,
    })),
  };
}

export async function searchPersons(deps: Deps, actor: Actor, query: { q: string; limit: number }) {
  const match = classifyPersonQuery(query.q);
  const rows = await list.searchPersons(deps.db, actor.areaCode, match, query.limit);
  if (match.kind === 'id_full') await auditIdSearch(deps, actor, match.value, 'person', rows[0] ? { id: rows[0].id, areaCode: rows[0].area_code } : null);
  return {
    items: rows.map((r) => ({
      id: r.id,
      idNumberMasked: maskIdNumber(r.id_number),
      name: r.name,
      sex: r.sex as 'male' | 'female',
      birthDate: r.birth_date,
      relation: r.relation,
      householdId: r.household_id,
      areaCode: r.area_code,
      areaName: r.area_name,
      address: r.address,
    })),
  };
}

/**
 * A search by a full ID number answers "is this person on file here, and where": audited like
 * a view, hit or miss. The entry keeps the number masked, as every audit value does.
 */
async function auditIdSearch(deps: Deps, actor: Actor, idNumber: string, entityType: 'person' | 'household', found: { id: number; areaCode: string } | null) {
  await recordRead(deps, actor, {
    action: 'read.search_id',
    entityType,
    entityId: found?.id ?? '-',
    areaCode: found?.areaCode ?? actor.areaCode,
    detail: { idNumber: maskIdNumber(idNumber), found: found ? 1 : 0 },
  });
}

/** The full ID number, for roles that need it; each reveal is audited. */
export async function revealIdNumber(deps: Deps, actor: Actor, personId: number): Promise<{ idNumber: string }> {
  assertPermission(actor, 'revealIdNumbers');
  const person = await q.findPerson(deps.db, personId);
  const h = person?.household_id ? await q.findHousehold(deps.db, person.household_id) : undefined;
  if (!person || !h || !isWithinArea(actor.areaCode, h.area_code)) throw new DomainError('not_found', 'person_not_found');
  await deps.db.transaction().execute((trx) =>
    recordAudit(trx, deps, actor, {
      action: 'person.reveal_id',
      entityType: 'household',
      entityId: h.id,
      areaCode: h.area_code,
      newValue: { personId, name: person.name },
    }),
  );
  return { idNumber: person.id_number };
}

/** 变更记录: who changed what, old → new; audited as a read, health values hidden from roles without viewHealth. */
export async function householdHistory(deps: Deps, actor: Actor, id: number) {
  const h = await householdInScope(deps.db, actor, id);
  const rows = await list.householdTimeline(deps.db, id, 500);
  await recordRead(deps, actor, { action: 'read.change_history', entityType: 'household', entityId: id, areaCode: h.area_code, detail: { entries: rows.length } });
  return {
    items: rows.map((r) => ({
      seq: r.seq,
      at: r.at,
      actorUsername: r.actor_username,
      action: r.action,
      ...auditValuesFor(actor, r.old_value, r.new_value),
    })),
  };
}

// ---------------------------------------------------------------- create and edit

export async function createHousehold(deps: Deps, actor: Actor, input: NewHousehold): Promise<HouseholdFile> {
  return deps.db.transaction().execute((trx) => createHouseholdIn(trx, deps, actor, input));
}

/** Creates a household inside the caller's transaction (the API, and the Excel import per household). */
export async function createHouseholdIn(trx: Trx, deps: Deps, actor: Actor, input: NewHousehold): Promise<HouseholdFile> {
  assertPermission(actor, 'editRegistry');
  assertAreaWritable(actor, input.areaCode);
  await assertCommunity(trx, input.areaCode);
  assertComposition(input.members, 'members');
  const today = todayInChina(deps.clock);
  const identities = input.members.map((m, i) => identityOf(m, `members.${i}.idNumber`, today));
  identities.forEach((id, i) => {
    if (identities.findIndex((o) => o.idNumber === id.idNumber) !== i) {
      throw new DomainError('unprocessable', 'duplicate_member', { field: `members.${i}.idNumber` });
    }
  });
  const now = nowIso(deps.clock);
  const existing = await q.findPersonsByIdNumbers(trx, identities.map((i) => i.idNumber));
  for (const p of existing) {
    throw await personElsewhereError(trx, actor, p, `members.${identities.findIndex((i) => i.idNumber === p.id_number)}.idNumber`);
  }
  const h = await q.insertHousehold(trx, newHouseholdRow(input, now));
  const members: PersonRow[] = [];
  for (const [i, m] of input.members.entries()) {
    members.push(await q.insertPerson(trx, newPersonRow(m, identities[i]!, h.id, now)));
  }
  const head = members.find((m) => m.relation === 'head')!;
  await q.updateHouseholdFields(trx, h.id, { head_person_id: head.id });
  await writeSections(trx, h.id, input, members, today);
  await recordAudit(trx, deps, actor, {
    action: 'household.create',
    entityType: 'household',
    entityId: h.id,
    areaCode: h.area_code,
    newValue: {
      address: input.address,
      urbanRural: input.urbanRural,
      members: members.map((m) => ({ personId: m.id, name: m.name, idNumber: maskIdNumber(m.id_number), relation: m.relation })),
      incomes: input.incomes.length,
      assets: input.assets.length,
    },
  });
  return loadFile(trx, actor, { ...h, head_person_id: head.id }, today);
}

/** Edits a file under optimistic concurrency: the caller's version must still be current. */
export async function updateHousehold(deps: Deps, actor: Actor, id: number, patch: HouseholdPatch): Promise<HouseholdFile> {
  return deps.db.transaction().execute((trx) => updateHouseholdIn(trx, deps, actor, id, patch));
}

const DISABILITY_COLUMNS = ['disability_category', 'disability_grade', 'disability_certificate'] as const;

export async function updateHouseholdIn(trx: Trx, deps: Deps, actor: Actor, id: number, patch: HouseholdPatch): Promise<HouseholdFile> {
  assertPermission(actor, 'editRegistry');
  const today = todayInChina(deps.clock);
  const now = nowIso(deps.clock);
  {
    const h = await householdInScope(trx, actor, id);
    assertActive(h);
    await claimVersion(trx, h, patch.version, now);
    const members = await q.membersOf(trx, id);
    const householdCols: Partial<HouseholdRow> = {};
    if (patch.address !== undefined) householdCols.address = patch.address;
    if (patch.urbanRural !== undefined) householdCols.urban_rural = patch.urbanRural;
    if (patch.phone !== undefined) householdCols.phone = patch.phone;
    if (patch.category !== undefined) householdCols.category = patch.category;
    if (patch.bankAccount !== undefined) {
      householdCols.bank_name = patch.bankAccount?.bankName ?? null;
      householdCols.bank_account = patch.bankAccount?.accountNumber ?? null;
      householdCols.bank_account_holder = patch.bankAccount?.accountHolder ?? null;
    }
    const changes: { field: string; old: unknown; new: unknown }[] = [];
    const hc = changedColumns(h, householdCols);
    if (Object.keys(hc.new).length > 0) {
      await q.updateHouseholdFields(trx, id, { ...householdCols, updated_at: now });
      changes.push({ field: 'household', old: hc.old, new: hc.new });
    }
    for (const [i, mp] of (patch.members ?? []).entries()) {
      const member = members.find((m) => m.id === mp.personId);
      if (!member) throw new DomainError('unprocessable', 'member_not_in_household', { field: `members.${i}.personId` });
      if (member.relation === 'head' && mp.relation !== undefined) {
        throw new DomainError('unprocessable', 'use_change_head', { field: `members.${i}.relation` });
      }
      const identity =
        mp.idNumber !== undefined || mp.sex !== undefined || mp.birthDate !== undefined
          ? identityOf({ idNumber: mp.idNumber ?? member.id_number, sex: mp.sex, birthDate: mp.birthDate }, `members.${i}.idNumber`, today)
          : null;
      if (identity && identity.idNumber !== member.id_number) {
        const [clash] = await q.findPersonsByIdNumbers(trx, [identity.idNumber]);
        if (clash) throw await personElsewhereError(trx, actor, clash, `members.${i}.idNumber`);
      }
      const cols = personPatchColumns(mp, identity && identity.idNumber !== member.id_number ? identity : null);
      const diff = changedColumns(member, cols);
      if (Object.keys(diff.new).length === 0) continue;
      // 残疾证为准: with a certificate on record the category, grade and number are the
      // certificate's (kept in step by the disability register); an edit here that would change
      // them is refused, one that repeats them (a form sending the whole member) passes.
      if (DISABILITY_COLUMNS.some((c) => c in diff.new) && (await q.hasDisabilityCertificate(trx, member.id))) {
        throw new DomainError('conflict', 'disability_from_certificate', { field: `members.${i}.disability`, params: { name: member.name } });
      }
      await q.updatePerson(trx, member.id, { ...cols, updated_at: now });
      Object.assign(member, cols);
      changes.push({ field: `member:${member.id}:${member.name}`, old: diff.old, new: diff.new });
    }
    const before = await q.financesOf(trx, id);
    const sections = await writeSections(trx, id, patch, members, today);
    for (const s of sections) changes.push({ field: s, old: before[s as keyof typeof before], new: (await q.financesOf(trx, id))[s as keyof typeof before] });
    await recordAudit(trx, deps, actor, {
      action: 'household.update',
      entityType: 'household',
      entityId: id,
      areaCode: h.area_code,
      oldValue: Object.fromEntries(changes.map((c) => [c.field, c.old])),
      newValue: Object.fromEntries(changes.map((c) => [c.field, c.new])),
    });
    const fresh = await q.findHousehold(trx, id);
    return loadFile(trx, actor, fresh!, today);
  }
}

export * from './operations.ts';

/** What the means test reads of a household (full ID numbers: for calculations, never for display). */
export interface MeansTestData {
  householdId: number;
  areaCode: string;
  urban: boolean;
  members: {
    personId: number;
    idNumber: string;
    name: string;
    relation: string;
    laborCapacity: string;
    employment: string;
    student: boolean;
    disability: { category: string; grade: number } | null;
    health: string;
    selfCare: string | null;
    inPrison: boolean;
    /** registry flags (孤儿, 事实无人抚养儿童 …) */
    flags: string[];
    incomes: { type: string; monthly: number }[];
    socialInsurance: number;
  }[];
  financialAssets: number;
  vehicles: { exempt: boolean }[];
  houses: number;
  hasAbleObligor: boolean;
}

function meansTestFromRows(h: Pick<HouseholdRow, 'id' | 'area_code' | 'urban_rural'>, members: q.MeansTestPerson[], f: q.FinanceRows): MeansTestData {
  return {
    householdId: h.id,
    areaCode: h.area_code,
    urban: h.urban_rural === 'urban',
    // A member who died or moved away no longer lives here: not a member for the means test (§2).
    members: members
      .filter((m) => m.life_status !== 'deceased' && m.life_status !== 'moved_away')
      .sort((a, b) => Number(b.relation === 'head') - Number(a.relation === 'head') || a.id - b.id)
      .map((m) => ({
        personId: m.id,
        idNumber: m.id_number,
        name: m.name,
        relation: m.relation,
        laborCapacity: m.labor_capacity,
        employment: m.employment,
        student: m.student === 1,
        disability: m.disability_category && m.disability_grade ? { category: m.disability_category, grade: m.disability_grade } : null,
        health: m.health,
        selfCare: m.self_care,
        inPrison: m.in_prison === 1,
        flags: m.flags ? m.flags.split(',') : [],
        incomes: f.incomes.filter((i) => i.person_id === m.id).map((i) => ({ type: i.type, monthly: i.monthly })),
        socialInsurance: f.deductions.filter((d) => d.person_id === m.id).reduce((s, d) => s + d.monthly, 0),
      })),
    financialAssets: f.assets.filter((a) => a.type === 'deposit' || a.type === 'securities').reduce((s, a) => s + a.value, 0),
    vehicles: f.assets.filter((a) => a.type === 'vehicle').map((a) => ({ exempt: a.exempt === 1 })),
    houses: f.assets.filter((a) => a.type === 'house').length,
    hasAbleObligor: f.obligors.some((o) => o.able_to_support === 1),
  };
}

export async function meansTestData(db: Deps['db'] | Trx, actor: Actor, householdId: number): Promise<MeansTestData> {
  const h = await householdInScope(db, actor, householdId);
  const [members, f] = await Promise.all([q.membersOf(db, h.id), q.financesOf(db, h.id)]);
  return meansTestFromRows(h, members, f);
}

/** Every active household of an area for bulk work (simulation, re-verification): six queries in all. */
export async function meansTestDataInArea(db: Deps['db'] | Trx, areaCode: string): Promise<MeansTestData[]> {
  const rows = await q.meansTestRowsInArea(db, areaCode);
  const group = <T extends { household_id: number }>(items: T[]) => {
    const m = new Map<number, T[]>();
    for (const item of items) {
      const list = m.get(item.household_id);
      if (list) list.push(item);
      else m.set(item.household_id, [item]);
    }
    return m;
  };
  const members = group(rows.members);
  const incomes = group(rows.incomes);
  const deductions = group(rows.deductions);
  const assets = group(rows.assets);
  const obligors = group(rows.obligors);
  return rows.households.map((h) =>
    meansTestFromRows(h, members.get(h.id) ?? [], {
      incomes: incomes.get(h.id) ?? [],
      deductions: deductions.get(h.id) ?? [],
      assets: assets.get(h.id) ?? [],
      obligors: obligors.get(h.id) ?? [],
    }),
  );
}
export * from './person-on-file.ts';
