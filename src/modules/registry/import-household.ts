import { nowIso, todayInChina } from '../../clock.ts';
import type { Trx } from '../../db/types.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../domain/actor.ts';
import { DomainError } from '../../domain/errors.ts';
import type { Relation } from '../../domain/household.ts';
import { parseIdNumber } from '../../domain/id-number.ts';
import { addMemberIn } from './operations.ts';
import { householdInScope, personElsewhereError } from './household-access.ts';
import * as q from './queries.ts';
import { householdPatchSchema, newHouseholdSchema, personInputSchema, type HouseholdPatch, type NewHousehold, type PersonInput } from './schema.ts';
import { createHouseholdIn, updateHouseholdIn } from './service.ts';

/** One household as read from the import workbook (amounts already in fen). */
export interface HouseholdRecord {
  headIdNumber: string;
  areaCode: string;
  address: string;
  urbanRural: 'urban' | 'rural';
  phone: string | null;
  bankName: string | null;
  bankAccount: string | null;
  bankAccountHolder: string | null;
  deposits: number | null;
  vehicles: number | null;
  houses: number | null;
  members: MemberRecord[];
}

export interface MemberRecord {
  idNumber: string;
  name: string;
  relation: string;
  ethnicity: string | null;
  maritalStatus: string | null;
  laborCapacity: string | null;
  employment: string | null;
  student: boolean | null;
  health: string | null;
  diagnosis: string | null;
  disabilityCategory: string | null;
  disabilityGrade: number | null;
  disabilityCertificate: string | null;
  selfCare: string | null;
  flags: string[];
  inPrison: boolean | null;
  incomes: { type: string; monthly: number }[];
  socialInsurance: number | null;
  /** 本人账户 (absent: left as it is on file) */
  ownBankName?: string | null;
  ownBankAccount?: string | null;
}

/** zod's verdict on a built payload, as a DomainError naming the field. */
function parseOrThrow<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, value: unknown): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  throw new DomainError('validation', 'import_value_invalid', { field: issue?.path.map(String).join('.') ?? '', params: { detail: issue?.message ?? '' } });
}

function personInput(m: MemberRecord): PersonInput {
  return parseOrThrow(personInputSchema, {
    idNumber: m.idNumber,
    name: m.name,
    relation: m.relation,
    ethnicity: m.ethnicity,
    maritalStatus: m.maritalStatus,
    laborCapacity: m.laborCapacity ?? undefined,
    employment: m.employment ?? undefined,
    student: m.student ?? undefined,
    health: m.health ?? undefined,
    diagnosis: m.diagnosis,
    disability: m.disabilityCategory ? { category: m.disabilityCategory, grade: m.disabilityGrade ?? 4, certificate: m.disabilityCertificate } : null,
    selfCare: m.selfCare,
    flags: m.flags,
    inPrison: m.inPrison ?? undefined,
    ...(m.ownBankName || m.ownBankAccount ? { bankAccount: { bankName: m.ownBankName ?? '', accountNumber: m.ownBankAccount ?? '' } } : {}),
  });
}

function bankOf(r: HouseholdRecord) {
  if (!r.bankName && !r.bankAccount && !r.bankAccountHolder) return null;
  return { bankName: r.bankName ?? '', accountNumber: r.bankAccount ?? '', accountHolder: r.bankAccountHolder ?? '' };
}

function sheetAssets(r: HouseholdRecord) {
  return [
    ...(r.deposits ? [{ type: 'deposit' as const, value: r.deposits, exempt: false }] : []),
    ...Array.from({ length: r.vehicles ?? 0 }, () => ({ type: 'vehicle' as const, value: 0, exempt: false })),
    ...Array.from({ length: r.houses ?? 0 }, () => ({ type: 'house' as const, value: 0, exempt: false })),
  ];
}

/** The rules every imported household meets before any lookup: valid ID numbers, the head's own row. */
function readRecord(r: HouseholdRecord, today: string) {
  const members = r.members.map((m, i) => {
    const parsed = parseIdNumber(m.idNumber, today);
    if (!parsed.ok) throw new DomainError('validation', `id_number_${parsed.problem}`, { field: `members.${i}.idNumber`, params: { idNumber: m.idNumber, expected: parsed.expected ?? '' } });
    return { ...m, idNumber: parsed.value.idNumber };
  });
  const head = parseIdNumber(r.headIdNumber, today);
  if (!head.ok) throw new DomainError('validation', `id_number_${head.problem}`, { field: 'headIdNumber', params: { idNumber: r.headIdNumber, expected: head.expected ?? '' } });
  const headIndex = members.findIndex((m) => m.idNumber === head.value.idNumber);
  if (headIndex < 0 || members[headIndex]!.relation !== 'head') {
    throw new DomainError('unprocessable', 'import_head_row_missing', { field: headIndex < 0 ? 'headIdNumber' : `members.${headIndex}.relation` });
  }
  const incomes = members.flatMap((m) => m.incomes.map((i) => ({ idNumber: m.idNumber, type: i.type, monthly: i.monthly })));
  const deductions = members.flatMap((m) => (m.socialInsurance ? [{ idNumber: m.idNumber, type: 'social_insurance', monthly: m.socialInsurance }] : []));
  return { members, head: head.value, headIndex, incomes, deductions };
}

function newHouseholdInput(r: HouseholdRecord, rec: ReturnType<typeof readRecord>): NewHousehold {
  return parseOrThrow(newHouseholdSchema, {
    areaCode: r.areaCode,
    address: r.address,
    urbanRural: r.urbanRural,
    phone: r.phone,
    bankAccount: bankOf(r),
    members: rec.members.map(personInput),
    incomes: rec.incomes,
    deductions: rec.deductions,
    assets: sheetAssets(r),
    obligors: [],
  });
}

/**
 * The household an import row would create, with its members' normalised ID numbers, for
 * the bulk path; throws the DomainError `importHouseholdRecord` would throw for the same row.
 */
export function newHouseholdFromRecord(r: HouseholdRecord, today: string): { input: NewHousehold; idNumbers: string[] } {
  const rec = readRecord(r, today);
  return { input: newHouseholdInput(r, rec), idNumbers: rec.members.map((m) => m.idNumber) };
}

/**
 * Writes one household of an import inside the caller's transaction, through the same
 * services as the API: creates it, or — matched by the head's ID number — updates it,
 * adding members it does not have yet. Members on file but not in the sheet stay.
 */
export async function importHouseholdRecord(trx: Trx, deps: Deps, actor: Actor, r: HouseholdRecord): Promise<'created' | 'updated'> {
  const today = todayInChina(deps.clock);
  const rec = readRecord(r, today);
  const { members, head, headIndex, incomes, deductions } = rec;
  const [existingHead] = await q.findPersonsByIdNumbers(trx, [head.idNumber]);
  if (!existingHead || existingHead.household_id === null) {
    await createHouseholdIn(trx, deps, actor, newHouseholdInput(r, rec));
    return 'created';
  }

  const h = await householdInScope(trx, actor, existingHead.household_id).catch(async () => {
    throw await personElsewhereError(trx, actor, existingHead, `members.${headIndex}.idNumber`);
  });
  if (h.area_code !== r.areaCode) throw new DomainError('unprocessable', 'import_area_differs', { field: 'areaCode', params: { areaCode: h.area_code } });
  const onFile = await q.membersOf(trx, h.id);
  for (const [i, m] of members.entries()) {
    if (onFile.some((p) => p.id_number === m.idNumber)) continue;
    await addMemberIn(trx, deps, actor, h, personInput(m), nowIso(deps.clock), today, `members.${i}`);
  }
  const all = await q.membersOf(trx, h.id);
  const inSheet = new Set(members.map((m) => m.idNumber));
  const finances = await q.financesOf(trx, h.id);
  const keptFor = (personId: number) => !inSheet.has(all.find((p) => p.id === personId)?.id_number ?? '');
  const patch: HouseholdPatch = parseOrThrow(householdPatchSchema, {
    version: (await q.findHousehold(trx, h.id))!.version,
    address: r.address,
    urbanRural: r.urbanRural,
    phone: r.phone,
    bankAccount: bankOf(r),
    members: members
      .map((m) => ({ m, p: all.find((x) => x.id_number === m.idNumber)! }))
      .filter(({ p }) => onFile.some((o) => o.id === p.id))
      .map(({ m, p }) => {
        const { idNumber: _id, relation, ...attributes } = personInput(m);
        if (relation === 'head' && p.relation !== 'head') throw new DomainError('unprocessable', 'use_change_head', { field: `members.${members.indexOf(m)}.relation` });
        return { personId: p.id, ...attributes, ...(p.relation === 'head' ? {} : { relation: relation as Exclude<Relation, 'head'> }) };
      }),
    incomes: [...finances.incomes.filter((i) => keptFor(i.person_id)).map((i) => ({ personId: i.person_id, type: i.type, monthly: i.monthly, note: i.note })), ...incomes],
    deductions: [...finances.deductions.filter((d) => keptFor(d.person_id)).map((d) => ({ personId: d.person_id, type: d.type, monthly: d.monthly })), ...deductions],
    assets:
      r.deposits === null && r.vehicles === null && r.houses === null
        ? undefined
        : [
            ...finances.assets
              .filter((a) => !['deposit', 'vehicle', 'house'].includes(a.type))
              .map((a) => ({ personId: a.person_id ?? undefined, type: a.type, value: a.value, exempt: a.exempt === 1, areaSqm: a.area_sqm, description: a.description })),
            ...sheetAssets(r),
          ],
  });
  await updateHouseholdIn(trx, deps, actor, h.id, patch);
  return 'updated';
}
