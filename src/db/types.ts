import type { ColumnType, Generated, Insertable, Kysely, Selectable, Transaction, Updateable } from 'kysely';

/**
 * Every table in one place. Dates are ISO strings (YYYY-MM-DD), instants are ISO
 * timestamps with Z, money is integer fen, booleans are 0/1 integers (portable across
 * SQLite and PostgreSQL), JSON is stored as text.
 */
export interface AreaTable {
  code: string;
  name: string;
  level: 'province' | 'city' | 'district' | 'street' | 'community';
  parent_code: string | null;
  /** 12-digit 统计用区划代码 (district/street codes padded with zeros). */
  stat_code: string;
  /** urban (城镇) or rural (乡村) classification of a community, null above. */
  urban_rural: 'urban' | 'rural' | null;
}

export interface UserTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  role: string;
  area_code: string;
  password_hash: string;
  active: number;
  failed_logins: number;
  locked_until: string | null;
  created_at: string;
  updated_at: string;
}

export interface SessionTable {
  /** sha256 of the cookie token: a stolen database does not yield live sessions. */
  token_hash: string;
  user_id: number;
  created_at: string;
  expires_at: string;
}

export interface AuditLogTable {
  seq: number;
  at: string;
  actor_id: number | null;
  actor_username: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  area_code: string | null;
  old_value: string | null;
  new_value: string | null;
  prev_hash: string;
  hash: string;
}

/** Single row (id = 1) holding the chain head; updating it serialises appenders. */
export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
}

export interface HouseholdTable {
  id: Generated<number>;
  area_code: string;
  address: string;
  urban_rural: 'urban' | 'rural';
  head_person_id: number | null;
  bank_name: string | null;
  bank_account: string | null;
  bank_account_holder: string | null;
  category: 'A' | 'B' | 'C' | null;
  /** active, or merged/dissolved: kept for history, never deleted. */
  status: 'active' | 'merged' | 'dissolved';
  phone: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface PersonTable {
  id: Generated<number>;
  id_number: string;
  id_number_rev: string;
  name: string;
  name_pinyin: string;
  name_initials: string;
  sex: 'male' | 'female';
  birth_date: string;
  household_id: number | null;
  relation: string;
  ethnicity: string | null;
  marital_status: string | null;
  labor_capacity: string;
  employment: string;
  student: number;
  health: string;
  diagnosis: string | null;
  disability_category: string | null;
  disability_grade: number | null;
  disability_certificate: string | null;
  self_care: string | null;
  /** Comma-separated flag codes (孤寡, 空巢 …), e.g. "solitary_elderly,empty_nest". */
  flags: string;
  in_prison: number;
  phone: string | null;
  created_at: string;
  updated_at: string;
}

export interface IncomeItemTable {
  id: Generated<number>;
  household_id: number;
  person_id: number;
  type: string;
  monthly: number;
  note: string | null;
}

export interface DeductionTable {
  id: Generated<number>;
  household_id: number;
  person_id: number;
  type: string;
  monthly: number;
}

export interface AssetTable {
  id: Generated<number>;
  household_id: number;
  person_id: number | null;
  type: string;
  value: number;
  exempt: number;
  area_sqm: number | null;
  description: string | null;
}

export interface ObligorTable {
  id: Generated<number>;
  household_id: number;
  name: string;
  id_number: string | null;
  relation: string;
  monthly_support: number;
  able_to_support: number;
}

export interface DocumentTable {
  id: Generated<number>;
  household_id: number;
  kind: string;
  filename: string;
  content_type: string;
  size: number;
  sha256: string;
  storage_key: string;
  uploaded_by: number | null;
  uploaded_at: string;
}

export interface PolicyParamTable {
  id: Generated<number>;
  area_code: string;
  key: string;
  effective_from: string;
  /** JSON of the parameter's value (fen, rate string, list …). */
  value: string;
  /** Per area and key, increasing with every edit. */
  version: number;
  note: string | null;
  created_by: number | null;
  created_at: string;
}

export interface Database {
  areas: AreaTable;
  users: UserTable;
  sessions: SessionTable;
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
  households: HouseholdTable;
  persons: PersonTable;
  income_items: IncomeItemTable;
  deductions: DeductionTable;
  assets: AssetTable;
  obligors: ObligorTable;
  documents: DocumentTable;
  policy_params: PolicyParamTable;
}

export type Db = Kysely<Database>;
export type Trx = Transaction<Database>;
export type DbOrTrx = Db | Trx;

export type AreaRow = Selectable<AreaTable>;
export type UserRow = Selectable<UserTable>;
export type NewUserRow = Insertable<UserTable>;
export type UserUpdate = Updateable<UserTable>;
export type AuditRow = Selectable<AuditLogTable>;
export type HouseholdRow = Selectable<HouseholdTable>;
export type PersonRow = Selectable<PersonTable>;
export type NewPersonRow = Insertable<PersonTable>;
export type DocumentRow = Selectable<DocumentTable>;
export type { ColumnType };
