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

export interface Database {
  areas: AreaTable;
  users: UserTable;
  sessions: SessionTable;
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
}

export type Db = Kysely<Database>;
export type Trx = Transaction<Database>;
export type DbOrTrx = Db | Trx;

export type AreaRow = Selectable<AreaTable>;
export type UserRow = Selectable<UserTable>;
export type NewUserRow = Insertable<UserTable>;
export type UserUpdate = Updateable<UserTable>;
export type AuditRow = Selectable<AuditLogTable>;
export type { ColumnType };
