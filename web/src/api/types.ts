export type Role = 'admin' | 'county_approver' | 'street_reviewer' | 'community_worker' | 'verifier' | 'auditor';
export type AreaLevel = 'province' | 'city' | 'district' | 'street' | 'community';

export interface User {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  areaCode: string;
  areaName: string;
  areaPath: { code: string; name: string; level: AreaLevel }[];
  /** A temporary password: the app shows only the change-password screen until it is changed. */
  mustChangePassword: boolean;
}

export interface Area {
  code: string;
  name: string;
  level: AreaLevel;
  parentCode: string | null;
  statCode: string;
  urbanRural: 'urban' | 'rural' | null;
  hasChildren: boolean;
}

export interface UserListItem extends Omit<User, 'areaPath' | 'mustChangePassword'> {
  active: boolean;
  lockedUntil: string | null;
  createdAt: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  /** The household list counts up to a cap: more than `total` match. */
  totalCapped?: boolean;
}

export interface AuditEntry {
  seq: number;
  at: string;
  actorUsername: string | null;
  action: string;
  entityType: string;
  entityId: string;
  areaCode: string | null;
  oldValue: unknown;
  newValue: unknown;
  /** true when health fields were hidden from this reader (their values read "（已隐去）") */
  redacted: boolean;
}

export interface Member {
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
  lifeStatus: 'alive' | 'deceased' | 'moved_away' | 'imprisoned';
  statusDate: string | null;
  phone: string | null;
  /** 本人账户: the member's own account (held in the member's name), masked */
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
  members: Member[];
  incomes: { personId: number; memberName: string; type: string; monthly: number; note: string | null }[];
  deductions: { personId: number; memberName: string; type: string; monthly: number }[];
  assets: { personId: number | null; memberName: string | null; type: string; value: number; exempt: boolean; areaSqm: number | null; description: string | null }[];
  obligors: { name: string; idNumberMasked: string | null; relation: string; monthlySupport: number; ableToSupport: boolean }[];
}

export interface HouseholdListItem {
  id: number;
  areaCode: string;
  areaName: string;
  address: string;
  urbanRural: 'urban' | 'rural';
  category: 'A' | 'B' | 'C' | null;
  headName: string | null;
  headIdNumberMasked: string | null;
  memberCount: number;
  version: number;
  updatedAt: string;
}

export interface PersonHit {
  id: number;
  idNumberMasked: string;
  name: string;
  sex: 'male' | 'female';
  birthDate: string;
  relation: string;
  householdId: number;
  areaCode: string;
  areaName: string;
  address: string;
}

export interface HistoryEntry {
  seq: number;
  at: string;
  actorUsername: string | null;
  action: string;
  oldValue: unknown;
  newValue: unknown;
  /** true when health fields were hidden from this reader (their values read "（已隐去）") */
  redacted: boolean;
}

export interface DocumentItem {
  id: number;
  householdId: number;
  kind: string;
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedAt: string;
}

export interface CalculationResult {
  program: string;
  eligible: boolean;
  monthlyAmount: number;
  perCapitaIncome?: number;
  reasons: string[];
  policyVersion: string;
  explanation: { lines: { step: string; label: string; value: string; param?: string }[]; reasons: string[] };
}

/** A background job (GET /api/v1/jobs/:id); an import's `result` is its ImportResult. */
export interface JobView<R = unknown> {
  id: number;
  kind: string;
  status: 'queued' | 'running' | 'succeeded' | 'failed';
  submittedBy: string;
  areaCode: string;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  heartbeatAt: string | null;
  attempts: number;
  progress: { done: number; total: number | null; phase: string | null };
  result: R | null;
  error: { code: string; message: string } | null;
}

export interface ImportResult {
  dryRun: boolean;
  households: number;
  created: number;
  updated: number;
  skipped: number;
  errors: { sheet: string; row: number; column: string; message: string }[];
  reportId: string | null;
}
