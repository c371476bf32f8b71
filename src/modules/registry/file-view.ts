import type { HouseholdRow, PersonRow } from '../../db/types.ts';
import type { Actor } from '../../domain/actor.ts';
import { ageOn } from '../../domain/id-number.ts';
import { maskBankAccount, maskIdNumber } from '../../domain/masking.ts';
import { permissionsOf } from '../../domain/roles.ts';
import type { FinanceRows } from './queries.ts';

/** A member as the file page shows it: ID number masked, health only for roles that need it. */
export interface MemberView {
  id: number;
  idNumberMasked: string;
  name: string;
  sex: 'male' | 'female';
  birthDate: string;
  age: number;
  relation: string;
  ethnicity: string | null;
  maritalStatus: string | null;
  laborCapacity: string;
  employment: string;
  student: boolean;
  health: string | null;
  diagnosis: string | null;
  disability: { category: string; grade: number; certificate: string | null } | null;
  selfCare: string | null;
  flags: string[];
  inPrison: boolean;
  /** alive | deceased | moved_away | imprisoned, since statusDate (person status, issue 16) */
  lifeStatus: 'alive' | 'deceased' | 'moved_away' | 'imprisoned';
  statusDate: string | null;
  phone: string | null;
  /** the member's own account (held in the member's name), masked */
  bankAccount: { bankName: string; accountNumberMasked: string } | null;
}

export interface HouseholdFile {
  id: number;
  areaCode: string;
  areaName: string;
  address: string;
  urbanRural: 'urban' | 'rural';
  phone: string | null;
  category: 'A' | 'B' | 'C' | null;
  status: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  headPersonId: number | null;
  bankAccount: { bankName: string; accountNumberMasked: string; accountHolder: string } | null;
  members: MemberView[];
  incomes: { personId: number; memberName: string; type: string; monthly: number; note: string | null }[];
  deductions: { personId: number; memberName: string; type: string; monthly: number }[];
  assets: { personId: number | null; memberName: string | null; type: string; value: number; exempt: boolean; areaSqm: number | null; description: string | null }[];
  obligors: { name: string; idNumberMasked: string | null; relation: string; monthlySupport: number; ableToSupport: boolean }[];
}

export function flagsOf(s: string): string[] {
  return s ? s.split(',').filter(Boolean) : [];
}

export function memberView(p: PersonRow, actor: Actor, today: string): MemberView {
  const health = permissionsOf(actor.role).viewHealth;
  return {
    id: p.id,
    idNumberMasked: maskIdNumber(p.id_number),
    name: p.name,
    sex: p.sex,
    birthDate: p.birth_date,
    age: ageOn(p.birth_date, today),
    relation: p.relation,
    ethnicity: p.ethnicity,
    maritalStatus: p.marital_status,
    laborCapacity: p.labor_capacity,
    employment: p.employment,
    student: p.student === 1,
    health: health ? p.health : null,
    diagnosis: health ? p.diagnosis : null,
    disability:
      p.disability_category && p.disability_grade
        ? { category: p.disability_category, grade: p.disability_grade, certificate: p.disability_certificate }
        : null,
    selfCare: p.self_care,
    flags: flagsOf(p.flags),
    inPrison: p.in_prison === 1,
    lifeStatus: p.life_status,
    statusDate: p.status_date,
    phone: p.phone,
    bankAccount: p.bank_account && p.bank_name ? { bankName: p.bank_name, accountNumberMasked: maskBankAccount(p.bank_account) } : null,
  };
}

export function householdFile(
  h: HouseholdRow,
  areaName: string,
  members: PersonRow[],
  finances: FinanceRows,
  actor: Actor,
  today: string,
): HouseholdFile {
  const nameOf = new Map(members.map((m) => [m.id, m.name]));
  return {
    id: h.id,
    areaCode: h.area_code,
    areaName,
    address: h.address,
    urbanRural: h.urban_rural,
    phone: h.phone,
    category: h.category,
    status: h.status,
    version: h.version,
    createdAt: h.created_at,
    updatedAt: h.updated_at,
    headPersonId: h.head_person_id,
    bankAccount:
      h.bank_account && h.bank_name
        ? { bankName: h.bank_name, accountNumberMasked: maskBankAccount(h.bank_account), accountHolder: h.bank_account_holder ?? '' }
        : null,
    // Head first, then in the order they were entered.
    members: members
      .map((m) => memberView(m, actor, today))
      .sort((a, b) => Number(b.relation === 'head') - Number(a.relation === 'head') || a.id - b.id),
    incomes: finances.incomes.map((i) => ({ personId: i.person_id, memberName: nameOf.get(i.person_id) ?? '', type: i.type, monthly: i.monthly, note: i.note })),
    deductions: finances.deductions.map((d) => ({ personId: d.person_id, memberName: nameOf.get(d.person_id) ?? '', type: d.type, monthly: d.monthly })),
    assets: finances.assets.map((a) => ({
      personId: a.person_id,
      memberName: a.person_id === null ? null : (nameOf.get(a.person_id) ?? null),
      type: a.type,
      value: a.value,
      exempt: a.exempt === 1,
      areaSqm: a.area_sqm,
      description: a.description,
    })),
    obligors: finances.obligors.map((o) => ({
      name: o.name,
      idNumberMasked: o.id_number ? maskIdNumber(o.id_number) : null,
      relation: o.relation,
      monthlySupport: o.monthly_support,
      ableToSupport: o.able_to_support === 1,
    })),
  };
}
