import type { Selectable } from 'kysely';
import type {
  ApplicationTable,
  AssetTable,
  CaseEventTable,
  CaseRecordTable,
  DeductionTable,
  EnrolmentChangeTable,
  EnrolmentTable,
  HouseholdTable,
  IncomeItemTable,
  ObligorTable,
  PersonTable,
  PublicNoticeTable,
} from '../../db/types.ts';
import { fullPinyin, pinyinInitials } from '../../domain/name-search.ts';
import { identityColumns, newHouseholdRow, personRow, type PersonNameColumns } from '../registry/service.ts';
import type { NewHousehold } from '../registry/schema.ts';

/**
 * Registry rows built straight from demo payloads by the registry's own row mappers (ID number
 * reversed for suffix search, pinyin beside the name), minus its per-household checks: the
 * generator only makes valid, unique people.
 */
export type HouseholdInsert = Selectable<HouseholdTable>;
export type PersonInsert = Selectable<PersonTable>;
export type IncomeInsert = Omit<Selectable<IncomeItemTable>, 'id'>;
export type DeductionInsert = Omit<Selectable<DeductionTable>, 'id'>;
export type AssetInsert = Omit<Selectable<AssetTable>, 'id'>;
export type ObligorInsert = Omit<Selectable<ObligorTable>, 'id'>;
export type ApplicationInsert = Selectable<ApplicationTable>;
export type CaseEventInsert = Omit<Selectable<CaseEventTable>, 'id'>;
export type CaseRecordInsert = Omit<Selectable<CaseRecordTable>, 'id'>;
export type PublicNoticeInsert = Selectable<PublicNoticeTable>;
export type EnrolmentInsert = Selectable<EnrolmentTable>;
export type EnrolmentChangeInsert = Omit<Selectable<EnrolmentChangeTable>, 'id'>;

export interface BulkRows {
  households: HouseholdInsert[];
  persons: PersonInsert[];
  income_items: IncomeInsert[];
  deductions: DeductionInsert[];
  assets: AssetInsert[];
  obligors: ObligorInsert[];
  applications: ApplicationInsert[];
  case_events: CaseEventInsert[];
  case_records: CaseRecordInsert[];
  public_notices: PublicNoticeInsert[];
  enrolments: EnrolmentInsert[];
  enrolment_changes: EnrolmentChangeInsert[];
}
export type BulkTable = keyof BulkRows;

type Columns<R> = readonly (readonly [keyof R & string, 'int4' | 'int8' | 'varchar'])[];

/** Column order and PostgreSQL array type of every table the fill writes; ids only where rows are referenced. */
export const TABLES: { [T in BulkTable]: Columns<BulkRows[T][number]> } = {
  households: [
    ['id', 'int4'], ['area_code', 'varchar'], ['address', 'varchar'], ['urban_rural', 'varchar'], ['head_person_id', 'int4'],
    ['bank_name', 'varchar'], ['bank_account', 'varchar'], ['bank_account_holder', 'varchar'], ['category', 'varchar'],
    ['status', 'varchar'], ['phone', 'varchar'], ['version', 'int4'], ['created_at', 'varchar'], ['updated_at', 'varchar'],
  ],
  persons: [
    ['id', 'int4'], ['id_number', 'varchar'], ['id_number_rev', 'varchar'], ['name', 'varchar'], ['name_pinyin', 'varchar'],
    ['name_initials', 'varchar'], ['sex', 'varchar'], ['birth_date', 'varchar'], ['household_id', 'int4'], ['relation', 'varchar'],
    ['ethnicity', 'varchar'], ['marital_status', 'varchar'], ['labor_capacity', 'varchar'], ['employment', 'varchar'],
    ['student', 'int4'], ['health', 'varchar'], ['diagnosis', 'varchar'], ['disability_category', 'varchar'],
    ['disability_grade', 'int4'], ['disability_certificate', 'varchar'], ['self_care', 'varchar'], ['flags', 'varchar'],
    ['in_prison', 'int4'], ['phone', 'varchar'], ['bank_name', 'varchar'], ['bank_account', 'varchar'], ['created_at', 'varchar'], ['updated_at', 'varchar'],
    ['life_status', 'varchar'], ['status_date', 'varchar'],
  ],
  income_items: [['household_id', 'int4'], ['person_id', 'int4'], ['type', 'varchar'], ['monthly', 'int8'], ['note', 'varchar']],
  deductions: [['household_id', 'int4'], ['person_id', 'int4'], ['type', 'varchar'], ['monthly', 'int8']],
  assets: [
    ['household_id', 'int4'], ['person_id', 'int4'], ['type', 'varchar'], ['value', 'int8'], ['exempt', 'int4'],
    ['area_sqm', 'int4'], ['description', 'varchar'],
  ],
  obligors: [
    ['household_id', 'int4'], ['name', 'varchar'], ['id_number', 'varchar'], ['relation', 'varchar'],
    ['monthly_support', 'int8'], ['able_to_support', 'int4'],
  ],
  applications: [
    ['id', 'int4'], ['household_id', 'int4'], ['subject_person_id', 'int4'], ['program', 'varchar'], ['state', 'varchar'],
    ['democratic_review', 'int4'], ['area_code', 'varchar'], ['receiving_street_code', 'varchar'], ['accepted_on', 'varchar'],
    ['due_on', 'varchar'], ['extended', 'int4'], ['extension_reason', 'varchar'], ['checklist', 'varchar'],
    ['consent_document_id', 'int4'], ['calculated_amount', 'int8'], ['calculation', 'varchar'], ['policy_version', 'varchar'],
    ['category', 'varchar'], ['relative_flagged', 'int4'], ['relative_review', 'varchar'], ['urgent_amount', 'int8'],
    ['notice_id', 'int4'], ['decision_text', 'varchar'], ['version', 'int4'], ['created_by', 'int4'], ['created_at', 'varchar'],
    ['updated_at', 'varchar'], ['investigation_due_on', 'varchar'], ['investigation_started_on', 'varchar'], ['decision_notice_due_on', 'varchar'],
    ['temporary_type', 'varchar'], ['temporary_event', 'varchar'], ['requested_amount', 'int8'], ['event_description', 'varchar'],
  ],
  case_events: [
    ['application_id', 'int4'], ['at', 'varchar'], ['actor_id', 'int4'], ['actor_username', 'varchar'], ['action', 'varchar'],
    ['from_state', 'varchar'], ['to_state', 'varchar'], ['comment', 'varchar'], ['data', 'varchar'],
  ],
  case_records: [
    ['application_id', 'int4'], ['kind', 'varchar'], ['happened_on', 'varchar'], ['staff_count', 'int4'], ['data', 'varchar'],
    ['created_by', 'int4'], ['created_at', 'varchar'],
  ],
  public_notices: [
    ['id', 'int4'], ['application_id', 'int4'], ['area_code', 'varchar'], ['opened_on', 'varchar'], ['closes_on', 'varchar'],
    ['masked_name', 'varchar'], ['masked_id_number', 'varchar'], ['program', 'varchar'], ['members', 'int4'],
    ['monthly_amount', 'int8'], ['published', 'int4'], ['created_at', 'varchar'], ['round', 'int4'], ['rounds', 'int4'],
  ],
  enrolments: [
    ['id', 'int4'], ['household_id', 'int4'], ['person_id', 'int4'], ['program', 'varchar'], ['category', 'varchar'],
    ['monthly_amount', 'int8'], ['calculation', 'varchar'], ['policy_version', 'varchar'], ['start_month', 'varchar'],
    ['end_month', 'varchar'], ['status', 'varchar'], ['application_id', 'int4'], ['area_code', 'varchar'], ['created_at', 'varchar'],
    ['covered_persons', 'int4'], ['stop_reason', 'varchar'], ['first_counted', 'varchar'], ['start_counted', 'varchar'], ['stop_counted', 'varchar'],
    ['next_review_date', 'varchar'], ['last_review_date', 'varchar'], ['gradual_exit_until', 'varchar'],
  ],
  enrolment_changes: [
    ['enrolment_id', 'int4'], ['kind', 'varchar'], ['effective_month', 'varchar'], ['monthly_amount', 'int8'],
    ['covered_persons', 'int4'], ['reason_code', 'varchar'], ['reason', 'varchar'], ['decided_on', 'varchar'],
    ['application_id', 'int4'], ['actor_id', 'int4'], ['created_at', 'varchar'],
  ],
};

export function emptyRows(): BulkRows {
  return {
    households: [], persons: [], income_items: [], deductions: [], assets: [], obligors: [],
    applications: [], case_events: [], case_records: [], public_notices: [], enrolments: [], enrolment_changes: [],
  };
}

/** Pinyin per distinct name: pinyin-pro takes tens of microseconds a name, and names repeat a lot. */
export class NameColumns {
  readonly #cache = new Map<string, PersonNameColumns>();

  of(name: string): PersonNameColumns {
    let cols = this.#cache.get(name);
    if (!cols) {
      cols = { name, name_pinyin: fullPinyin(name), name_initials: pinyinInitials(name) };
      this.#cache.set(name, cols);
    }
    return cols;
  }
}

/** Appends one household's rows; `personIds` holds one id per member, in order. */
export function appendHousehold(rows: BulkRows, input: NewHousehold, householdId: number, personIds: readonly number[], now: string, names: NameColumns): void {
  const idOf = new Map<string, number>();
  input.members.forEach((m, i) => idOf.set(m.idNumber, personIds[i]!));
  const member = (ref: { idNumber?: string | undefined }) => {
    const id = ref.idNumber === undefined ? undefined : idOf.get(ref.idNumber);
    if (id === undefined) throw new Error(`demo household refers to a non-member ${ref.idNumber}`);
    return id;
  };
  const head = input.members.findIndex((m) => m.relation === 'head');
  // The registry's own mappers (registry/person-input.ts), so a demo row is stored as a registered one.
  rows.households.push({ ...newHouseholdRow(input, now), id: householdId, head_person_id: personIds[head]! });
  input.members.forEach((m, i) => {
    const id = m.idNumber;
    // Sex and birth date derived from the number, as the registry does (GB 11643: birth date, then
    // sequence parity) — without re-validating what the generator made valid.
    const identity = identityColumns({ idNumber: id, sex: Number(id[16]) % 2 === 1 ? 'male' : 'female', birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}` });
    rows.persons.push({
      ...personRow(m, identity, names.of(m.name), householdId, now),
      id: personIds[i]!,
      // Everyone generated is alive; deaths and moves are recorded later, as status changes.
      life_status: 'alive',
      status_date: null,
    });
  });
  for (const r of input.incomes) rows.income_items.push({ household_id: householdId, person_id: member(r), type: r.type, monthly: r.monthly, note: r.note ?? null });
  for (const r of input.deductions) rows.deductions.push({ household_id: householdId, person_id: member(r), type: r.type, monthly: r.monthly });
  for (const r of input.assets) {
    rows.assets.push({
      household_id: householdId,
      person_id: r.idNumber === undefined ? null : member(r),
      type: r.type,
      value: r.value,
      exempt: r.exempt ? 1 : 0,
      area_sqm: r.areaSqm ?? null,
      description: r.description ?? null,
    });
  }
  for (const o of input.obligors) {
    rows.obligors.push({
      household_id: householdId,
      name: o.name,
      id_number: o.idNumber ?? null,
      relation: o.relation,
      monthly_support: o.monthlySupport,
      able_to_support: o.ableToSupport ? 1 : 0,
    });
  }
}
