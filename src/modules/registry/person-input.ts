import type { HouseholdRow, NewPersonRow, PersonRow } from '../../db/types.ts';
import { DomainError } from '../../domain/errors.ts';
import { parseIdNumber, type IdNumber } from '../../domain/id-number.ts';
import { maskIdNumber } from '../../domain/masking.ts';
import { fullPinyin, pinyinInitials } from '../../domain/name-search.ts';
import type { MemberPatch, NewHousehold, PersonInput } from './schema.ts';

/**
 * Parses an entered ID number and checks that any sex or birth date typed next to it
 * agrees: birth date and sex are derived from the number, never entered twice.
 */
export function identityOf(
  input: { idNumber: string; sex?: string | undefined; birthDate?: string | undefined },
  field: string,
  today: string,
): IdNumber {
  const parsed = parseIdNumber(input.idNumber, today);
  if (!parsed.ok) {
    throw new DomainError('validation', `id_number_${parsed.problem}`, {
      field,
      params: { idNumber: input.idNumber, expected: parsed.expected ?? '' },
    });
  }
  const base = field.replace(/idNumber$/, '');
  if (input.sex && input.sex !== parsed.value.sex) {
    throw new DomainError('validation', 'sex_mismatch', { field: `${base}sex`, params: { sex: parsed.value.sex } });
  }
  if (input.birthDate && input.birthDate !== parsed.value.birthDate) {
    throw new DomainError('validation', 'birth_date_mismatch', { field: `${base}birthDate`, params: { birthDate: parsed.value.birthDate } });
  }
  return parsed.value;
}

/** The columns a name gives: the name and its pinyin (full and initials) for search. */
export type PersonNameColumns = { name: string; name_pinyin: string; name_initials: string };

function nameColumns(name: string): PersonNameColumns {
  return { name, name_pinyin: fullPinyin(name), name_initials: pinyinInitials(name) };
}

/** The columns an ID number gives: the number, reversed for suffix search, and the sex and birth date it encodes. */
export function identityColumns(id: Pick<IdNumber, 'idNumber' | 'sex' | 'birthDate'>) {
  return { id_number: id.idNumber, id_number_rev: [...id.idNumber].reverse().join(''), sex: id.sex, birth_date: id.birthDate };
}

export function newPersonRow(input: PersonInput, id: IdNumber, householdId: number, now: string): NewPersonRow {
  return personRow(input, identityColumns(id), nameColumns(input.name), householdId, now);
}

/**
 * A member's row from its identity and name columns (worked out by the caller, as a bulk
 * writer does once per distinct name): one mapping for the form, the import and the demo.
 */
export function personRow(input: PersonInput, identity: ReturnType<typeof identityColumns>, names: PersonNameColumns, householdId: number, now: string): Omit<PersonRow, 'id' | 'life_status' | 'status_date'> {
  return {
    ...identity,
    ...names,
    household_id: householdId,
    relation: input.relation,
    ethnicity: input.ethnicity ?? null,
    marital_status: input.maritalStatus ?? null,
    labor_capacity: input.laborCapacity,
    employment: input.employment,
    student: input.student ? 1 : 0,
    health: input.health,
    diagnosis: input.diagnosis ?? null,
    disability_category: input.disability?.category ?? null,
    disability_grade: input.disability?.grade ?? null,
    disability_certificate: input.disability?.certificate ?? null,
    self_care: input.selfCare ?? null,
    flags: input.flags.join(','),
    in_prison: input.inPrison ? 1 : 0,
    phone: input.phone ?? null,
    bank_name: input.bankAccount?.bankName ?? null,
    bank_account: input.bankAccount?.accountNumber ?? null,
    created_at: now,
    updated_at: now,
  };
}

/** Column changes for a member patch; only what the patch names. */
export function personPatchColumns(patch: MemberPatch, id: IdNumber | null): Partial<PersonRow> {
  const cols: Partial<PersonRow> = {};
  if (id) Object.assign(cols, identityColumns(id));
  if (patch.name !== undefined) Object.assign(cols, nameColumns(patch.name));
  if (patch.relation !== undefined) cols.relation = patch.relation;
  if (patch.ethnicity !== undefined) cols.ethnicity = patch.ethnicity;
  if (patch.maritalStatus !== undefined) cols.marital_status = patch.maritalStatus;
  if (patch.laborCapacity !== undefined) cols.labor_capacity = patch.laborCapacity;
  if (patch.employment !== undefined) cols.employment = patch.employment;
  if (patch.student !== undefined) cols.student = patch.student ? 1 : 0;
  if (patch.health !== undefined) cols.health = patch.health;
  if (patch.diagnosis !== undefined) cols.diagnosis = patch.diagnosis;
  if (patch.disability !== undefined) {
    cols.disability_category = patch.disability?.category ?? null;
    cols.disability_grade = patch.disability?.grade ?? null;
    cols.disability_certificate = patch.disability?.certificate ?? null;
  }
  if (patch.selfCare !== undefined) cols.self_care = patch.selfCare;
  if (patch.flags !== undefined) cols.flags = patch.flags.join(',');
  if (patch.inPrison !== undefined) cols.in_prison = patch.inPrison ? 1 : 0;
  if (patch.phone !== undefined) cols.phone = patch.phone;
  if (patch.bankAccount !== undefined) {
    cols.bank_name = patch.bankAccount?.bankName ?? null;
    cols.bank_account = patch.bankAccount?.accountNumber ?? null;
  }
  return cols;
}

/** old → new of the columns that really changed, for the audit entry (ID numbers masked). */
export function changedColumns<T extends Record<string, unknown>>(before: T, patch: Partial<T>): { old: Partial<T>; new: Partial<T> } {
  const old: Partial<T> = {};
  const next: Partial<T> = {};
  for (const key of Object.keys(patch) as (keyof T)[]) {
    if (key === 'id_number_rev' || key === 'name_pinyin' || key === 'name_initials' || key === 'updated_at') continue;
    if (before[key] === patch[key]) continue;
    const mask = (v: unknown) => (key === 'id_number' || key === 'bank_account') && typeof v === 'string' ? maskIdNumber(v) : v;
    old[key] = mask(before[key]) as T[keyof T];
    next[key] = mask(patch[key]) as T[keyof T];
  }
  return { old, new: next };
}

/** A new household's row (its head is set once the members exist): one mapping for the form and the import. */
export function newHouseholdRow(input: NewHousehold, now: string): Omit<HouseholdRow, 'id'> {
  return {
    area_code: input.areaCode,
    address: input.address,
    urban_rural: input.urbanRural,
    head_person_id: null,
    bank_name: input.bankAccount?.bankName ?? null,
    bank_account: input.bankAccount?.accountNumber ?? null,
    bank_account_holder: input.bankAccount?.accountHolder ?? null,
    category: input.category ?? null,
    status: 'active',
    phone: input.phone ?? null,
    version: 1,
    created_at: now,
    updated_at: now,
  };
}
