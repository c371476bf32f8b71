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
  /** 1 after a temporary password (created or reset by an admin) outside the demo. */
  must_change_password: ColumnType<number, number | undefined, number>;
}

export interface SessionTable {
  /** sha256 of the cookie token: a stolen database does not yield live sessions. */
  token_hash: string;
  user_id: number;
  created_at: string;
  expires_at: string;
  /** Last use, refreshed at most once a minute: the idle expiry runs from it. */
  last_seen_at: string | null;
}

/** Failed logins per source (`ip:…`) and per source and username (`user:…`). */
export interface LoginThrottleTable {
  key: string;
  failures: number;
  last_failure_at: string;
  blocked_until: string | null;
}

/** @fastify/rate-limit's counters, shared by every API process. */
export interface RateLimitHitTable {
  key: string;
  window_start: string;
  hits: number;
}

/** One-time tokens that let the first admin of a production start be created. */
export interface SetupTokenTable {
  token_hash: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
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
  /** alive | deceased | moved_away | imprisoned (person_status_history keeps the dated changes) */
  life_status: Generated<'alive' | 'deceased' | 'moved_away' | 'imprisoned'>;
  status_date: Generated<string | null>;
  phone: string | null;
  /** the person's own account (the holder is the person) */
  bank_name: Generated<string | null>;
  bank_account: Generated<string | null>;
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
  /** the member a 核对授权书 was signed by (migration 0021) */
  person_id?: number | null;
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

export interface ApplicationTable {
  id: Generated<number>;
  household_id: number;
  subject_person_id: number | null;
  program: string;
  state: string;
  democratic_review: number;
  /** The household's community at intake. */
  area_code: string;
  /** 一门受理: the street whose window took the application. */
  receiving_street_code: string;
  accepted_on: string;
  due_on: string;
  extended: number;
  extension_reason: string | null;
  /** JSON: the material checklist (材料清单) as ticked at intake. */
  checklist: string;
  consent_document_id: number | null;
  calculated_amount: number | null;
  /** JSON: the calculation result with its trace, frozen at street review. */
  calculation: string | null;
  policy_version: string | null;
  category: string | null;
  relative_flagged: number;
  /** JSON: the separate review a relatives-of-staff case needs before confirmation. */
  relative_review: string | null;
  urgent_amount: number | null;
  notice_id: number | null;
  decision_text: string | null;
  version: number;
  created_by: number | null;
  created_at: string;
  updated_at: string;
  /** 入户调查 starts by this date (acceptance + the area's working days); null until accepted or on the short path. */
  investigation_due_on: string | null;
  /** The day of the first investigation or neighbour-interview record. */
  investigation_started_on: string | null;
  /** 不予确认通知书 reaches the applicant by this date (set on rejection). */
  decision_notice_due_on: string | null;
  /** 临时救助: emergency (急难型) | expenditure (支出型) */
  temporary_type: string | null;
  /** 临时救助: the event (src/domain/cases/temporary.ts) */
  temporary_event: string | null;
  /** 临时救助: the sum asked for at intake, fen */
  requested_amount: number | null;
  event_description: string | null;
}

export interface CaseEventTable {
  id: Generated<number>;
  application_id: number;
  at: string;
  actor_id: number | null;
  actor_username: string | null;
  action: string;
  from_state: string | null;
  to_state: string;
  comment: string | null;
  data: string | null;
}

export interface CaseRecordTable {
  id: Generated<number>;
  application_id: number;
  /** investigation | neighbour_interview | verification | review_meeting */
  kind: string;
  happened_on: string;
  staff_count: number;
  data: string;
  created_by: number | null;
  created_at: string;
}

export interface PublicNoticeTable {
  id: Generated<number>;
  application_id: number;
  area_code: string;
  opened_on: string;
  closes_on: string;
  masked_name: string;
  masked_id_number: string;
  program: string;
  members: number;
  monthly_amount: number;
  published: number;
  created_at: string;
  /** 三榜公示: this row's round (1-based) of `rounds`. */
  round: Generated<number>;
  rounds: Generated<number>;
}

export interface ObjectionTable {
  id: Generated<number>;
  application_id: number;
  notice_id: number | null;
  raised_by: string;
  received_via: string;
  content: string;
  status: 'open' | 'resolved';
  resolution: string | null;
  created_at: string;
  resolved_at: string | null;
}

/** Idempotency-Key of a write the phone may send more than once (migration 0022). */
export interface IdempotencyKeyTable {
  user_id: number;
  scope: string;
  key: string;
  request_hash: string;
  result: string;
  created_at: string;
}

export interface StaffRelativeTable {
  id: Generated<number>;
  staff_name: string;
  staff_position: string;
  relative_name: string;
  relative_id_number: string;
  relation: string;
  area_code: string;
  registered_by: number | null;
  created_at: string;
  /** The staff member's own user account (recusal from the relative's cases); null when not known. */
  staff_user_id: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface EnrolmentTable {
  id: Generated<number>;
  household_id: number;
  person_id: number | null;
  program: string;
  category: string | null;
  monthly_amount: number;
  calculation: string;
  policy_version: string;
  start_month: string;
  end_month: string | null;
  status: 'active' | 'suspended' | 'stopped';
  application_id: number;
  area_code: string;
  created_at: string;
  /** 保障人数, frozen at approval */
  covered_persons: Generated<number>;
  stop_reason: string | null;
  /** counting months over the whole history (domain/reports/enrolment-flows.ts: countedMonths) */
  first_counted: string | null;
  start_counted: string | null;
  stop_counted: string | null;
  /** 复核: the next review is due on this day (null: not reviewed periodically, or stopped) */
  next_review_date: string | null;
  last_review_date: string | null;
  /** 渐退: the last month a gradual exit still pays */
  gradual_exit_until: string | null;
}

export type EnrolmentChangeKind = 'start' | 'amount' | 'suspend' | 'resume' | 'stop';
export interface EnrolmentChangeTable {
  id: Generated<number>;
  enrolment_id: number;
  kind: EnrolmentChangeKind;
  effective_month: string;
  monthly_amount: number | null;
  covered_persons: number | null;
  reason_code: string | null;
  reason: string | null;
  decided_on: string;
  application_id: number | null;
  actor_id: number | null;
  created_at: string;
}

/** 复核: a review of an enrolment, a case of its own (src/domain/reviews/workflow.ts). */
export interface ReviewTable {
  id: Generated<number>;
  enrolment_id: number;
  household_id: number;
  program: string;
  category: string | null;
  area_code: string;
  campaign_id: number | null;
  state: string;
  due_date: string;
  amount_in_force: number;
  recalculated_amount: number | null;
  recalculation: string | null;
  visit_on: string | null;
  visit_notes: string | null;
  verification_needed: Generated<number>;
  verification_notes: string | null;
  outcome: string | null;
  proposed_amount: number | null;
  effective_month: string | null;
  stop_reason: string | null;
  member_found_work: Generated<number>;
  reason: string | null;
  gradual_exit_until: string | null;
  monthly_difference: number | null;
  decided_on: string | null;
  proposed_by: number | null;
  confirmed_by: number | null;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

/** 专项核查: a county campaign over an area and program. */
export interface ReviewCampaignTable {
  id: Generated<number>;
  area_code: string;
  program: string;
  reviews: number;
  created_by: number | null;
  created_at: string;
}

export interface PayrollTable {
  id: Generated<number>;
  payroll_key: string;
  kind: 'monthly' | 'lump_sum';
  program: string;
  area_code: string;
  month: string;
  months: string;
  title: string;
  status: 'prepared' | 'approved';
  households: Generated<number>;
  persons: Generated<number>;
  total_amount: Generated<number>;
  city_amount: Generated<number>;
  district_amount: Generated<number>;
  funding: string | null;
  lump_sum_per_person: number | null;
  created_by: number | null;
  created_at: string;
  approved_by: number | null;
  approved_at: string | null;
  bank_result_at: string | null;
  /** monthly | quarterly | half_yearly | yearly */
  period: Generated<string>;
}

export type PayrollLineKind = 'regular' | 'back_pay' | 'recovery' | 'lump_sum';
export interface PayrollLineTable {
  id: Generated<number>;
  payroll_id: number;
  enrolment_id: number;
  household_id: number;
  payee_person_id: number | null;
  area_code: string;
  program: string;
  for_month: string;
  kind: PayrollLineKind;
  amount: number;
  reason: string;
  adjustment_id: number | null;
  payee_name: string;
  payee_id_number: string;
  bank_name: string | null;
  bank_account: string | null;
  persons: number;
  elderly: Generated<number>;
  disabled: Generated<number>;
  minors: Generated<number>;
  category: string | null;
  reference: string;
  bank_status: Generated<'pending' | 'paid' | 'failed'>;
  failure_reason: string | null;
  /** self | household | guardian | relative | institution | other */
  payee_kind: Generated<string | null>;
  account_holder: Generated<string | null>;
  institution_id: Generated<number | null>;
  /** no_account | holder_mismatch: left out of the bank file, owed again once corrected */
  refusal: Generated<PayeeRefusal | null>;
}
export type PayeeRefusal = 'no_account' | 'holder_mismatch';

/** 供养机构: a care home paid for its residents (the account holder is its name). */
export interface InstitutionTable {
  id: Generated<number>;
  name: string;
  area_code: string;
  kind: string;
  bank_name: string;
  bank_account: string;
  created_by: number | null;
  created_at: string;
}

/** 代领人: an enrolment paid to someone other than its subject or household. */
export interface EnrolmentPayeeTable {
  enrolment_id: number;
  kind: 'guardian' | 'relative' | 'institution' | 'other';
  institution_id: number | null;
  name: string | null;
  id_number: string | null;
  bank_name: string | null;
  bank_account: string | null;
  reason: string;
  updated_by: number | null;
  updated_at: string;
}

/** A payroll's lines summed per community, program, kind and month paid for (the monthly report's read). */
export interface PayrollLineTotalTable {
  payroll_id: number;
  area_code: string;
  program: string;
  kind: PayrollLineKind;
  for_month: string;
  amount: number;
  /** distinct within the group */
  households: number;
  persons: number;
  elderly: number;
  disabled: number;
  minors: number;
}

export interface PaymentAdjustmentTable {
  id: Generated<number>;
  enrolment_id: number;
  kind: 'back_pay' | 'recovery';
  total_amount: number;
  monthly_limit: number | null;
  first_month: string;
  reason: string;
  source: 'retroactive_change' | 'bank_failure' | 'payee_refused' | 'manual' | 'debt_deduction';
  source_line_id: number | null;
  held_account: string | null;
  /** debt: no payroll can collect it any more (its enrolment stopped); see debts */
  status: 'open' | 'settled' | 'cancelled' | 'debt';
  created_by: number | null;
  created_at: string;
}

/** 民政统计: one month, area (any level) and program of the monthly report, pre-aggregated. */
export interface MonthlyStatTable {
  month: string;
  area_code: string;
  program: string;
  level: string;
  parent_code: string | null;
  households: number;
  persons: number;
  elderly: number;
  disabled: number;
  minors: number;
  amount: number;
  city_amount: number;
  district_amount: number;
  enrolled_before: number;
  enrolled: number;
  new_enrolments: number;
  exits: number;
  /** JSON: { reason_code: count } */
  exit_reasons: string;
  applications_received: number;
  applications_approved: number;
  applications_rejected: number;
  applications_overdue: number;
  notices_opened: number;
  objections: number;
  refreshed_at: string;
}

/** 地方项目: a program an administrator defined (migration 0011). */
export interface LocalProgramTable {
  id: Generated<number>;
  code: string;
  name: string;
  area_code: string;
  subject: 'person' | 'household';
  amount_basis: 'per_person' | 'per_household' | 'per_covered_person';
  /** fen per month */
  amount: number;
  kind: 'cash' | 'in_kind' | 'voucher';
  payment_period: string;
  effective_from: string;
  effective_to: string | null;
  active: number;
  /** JSON: LocalProgramRules */
  rules: string;
  description: string | null;
  version: number;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

export type JobStatus = 'queued' | 'running' | 'succeeded' | 'failed';

/** A unit of long work (an import, later payrolls, matching runs, exports); see 0012-jobs. */
export interface JobTable {
  id: Generated<number>;
  kind: string;
  status: JobStatus;
  actor_user_id: number;
  actor_username: string;
  actor_role: string;
  actor_area_code: string;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  heartbeat_at: string | null;
  lease_owner: string | null;
  lease_expires_at: string | null;
  attempts: number;
  progress_done: number;
  progress_total: number | null;
  phase: string | null;
  /** JSON */
  input: string;
  /** JSON: the handler's last committed checkpoint */
  checkpoint: string | null;
  /** JSON */
  result: string | null;
  error_code: string | null;
  error_message: string | null;
  file_path: string | null;
}

/** One staged row of a household import workbook. */
export interface ImportRowTable {
  job_id: number;
  sheet: 'h' | 'm';
  row_number: number;
  head_key: string;
  ok: number;
  primary_row: number;
  /** JSON: the record read from the row (null when a cell was bad) */
  payload: string | null;
}

export interface ImportErrorTable {
  job_id: number;
  seq: number;
  sheet: string;
  row_number: number;
  column_name: string;
  message: string;
}

/** 举报投诉、信访 (migration 0018): one register whatever the channel; see the migration. */
export interface ComplaintTable {
  id: Generated<number>;
  tracking_code: string;
  area_code: string;
  channel: string;
  category: string;
  content: string;
  anonymous: number;
  complainant_name: string | null;
  complainant_contact: string | null;
  subject_household_id: number | null;
  subject_person_id: number | null;
  subject_user_id: number | null;
  subject_note: string | null;
  application_id: number | null;
  objection_id: number | null;
  status: string;
  received_on: string;
  due_on: string;
  assignee_id: number | null;
  outcome: string | null;
  finding: string | null;
  concluded_on: string | null;
  reply: string | null;
  replied_on: string | null;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface ComplaintEventTable {
  id: Generated<number>;
  complaint_id: number;
  action: string;
  happened_on: string;
  content: string | null;
  actor_id: number | null;
  actor_username: string | null;
  at: string;
}

export interface ComplaintActionTable {
  id: Generated<number>;
  complaint_id: number;
  kind: string;
  ref_id: number | null;
  description: string;
  created_by: number;
  created_at: string;
}

export interface ComplaintChannelTable {
  area_code: string;
  /** JSON array of strings, in display order */
  channels: string;
  updated_by: number | null;
  updated_at: string;
}

/** 风险核查: one run of the risk rules over an area (migration 0019). */
export interface RiskRunTable {
  id: Generated<number>;
  area_code: string;
  job_id: number | null;
  status: JobStatus;
  created_by: number | null;
  created_by_username: string | null;
  created_at: string;
  finished_at: string | null;
  duration_ms: number | null;
  /** JSON: { rule: { found, created, ms } } */
  summary: string | null;
}

export type RiskFindingStatus = 'open' | 'confirmed' | 'dismissed';
/** A risk rule's finding: its rule, the records it names, the values it found, its outcome. */
export interface RiskFindingTable {
  id: Generated<number>;
  rule: string;
  /** the rule and its records, hashed: one open finding per fingerprint */
  fingerprint: string;
  area_code: string;
  /** JSON number[] */
  household_ids: string;
  /** JSON number[] */
  person_ids: string;
  /** JSON */
  evidence: string;
  status: RiskFindingStatus;
  first_run_id: number;
  last_run_id: number;
  created_at: string;
  outcome_note: string | null;
  outcome_by: number | null;
  outcome_by_username: string | null;
  outcome_at: string | null;
  version: Generated<number>;
}

/** Which runs saw which findings (a finding seen again is linked, not duplicated). */
export interface RiskFindingRunTable {
  run_id: number;
  finding_id: number;
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
  applications: ApplicationTable;
  case_events: CaseEventTable;
  case_records: CaseRecordTable;
  public_notices: PublicNoticeTable;
  objections: ObjectionTable;
  staff_relatives: StaffRelativeTable;
  idempotency_keys: IdempotencyKeyTable;
  enrolments: EnrolmentTable;
  enrolment_changes: EnrolmentChangeTable;
  reviews: ReviewTable;
  review_campaigns: ReviewCampaignTable;
  payrolls: PayrollTable;
  payroll_lines: PayrollLineTable;
  payroll_line_totals: PayrollLineTotalTable;
  payment_adjustments: PaymentAdjustmentTable;
  institutions: InstitutionTable;
  enrolment_payees: EnrolmentPayeeTable;
  monthly_stats: MonthlyStatTable;
  local_programs: LocalProgramTable;
  login_throttle: LoginThrottleTable;
  rate_limit_hits: RateLimitHitTable;
  setup_tokens: SetupTokenTable;
  jobs: JobTable;
  import_rows: ImportRowTable;
  import_errors: ImportErrorTable;
  complaints: ComplaintTable;
  complaint_events: ComplaintEventTable;
  complaint_actions: ComplaintActionTable;
  complaint_channels: ComplaintChannelTable;
  risk_runs: RiskRunTable;
  risk_findings: RiskFindingTable;
  risk_finding_runs: RiskFindingRunTable;
  source_imports: SourceImportTable;
  source_records: SourceRecordTable;
  matching_runs: MatchingRunTable;
  alerts: AlertTable;
  person_status_history: PersonStatusHistoryTable;
  debts: DebtTable;
  debt_entries: DebtEntryTable;
  condolence_drives: CondolenceDriveTable;
  condolence_goods: CondolenceGoodsTable;
  condolence_lines: CondolenceLineTable;
  care_visits: CareVisitTable;
  care_providers: CareProviderTable;
  care_services: CareServiceTable;
  wallet_credits: WalletCreditTable;
  service_orders: ServiceOrderTable;
  service_order_items: ServiceOrderItemTable;
  wallet_spends: WalletSpendTable;
  disability_certificates: DisabilityCertificateTable;
  disability_services: DisabilityServiceTable;
  employment_bases: EmploymentBaseTable;
  child_records: ChildRecordTable;
  entitled_persons: EntitledPersonTable;
  veteran_tasks: VeteranTaskTable;
  volunteer_teams: VolunteerTeamTable;
  volunteers: VolunteerTable;
  volunteer_activities: VolunteerActivityTable;
  volunteer_entries: VolunteerEntryTable;
  community_needs: CommunityNeedTable;
  community_resources: CommunityResourceTable;
  community_need_resources: CommunityNeedResourceTable;
  community_projects: CommunityProjectTable;
  charity_items: CharityItemTable;
  charity_funds: CharityFundTable;
  charity_movements: CharityMovementTable;
  senior_cards: SeniorCardTable;
  ability_assessments: AbilityAssessmentTable;
  emergency_devices: EmergencyDeviceTable;
  emergency_alarms: EmergencyAlarmTable;
  caregivers: CaregiverTable;
  caregiver_agreements: CaregiverAgreementTable;
  caregiver_logs: CaregiverLogTable;
  caregiver_leaves: CaregiverLeaveTable;
  caregiver_assessments: CaregiverAssessmentTable;
  caregiver_payrolls: CaregiverPayrollTable;
  caregiver_pay_lines: CaregiverPayLineTable;
  discovery_runs: DiscoveryRunTable;
  discovery_leads: DiscoveryLeadTable;
  veteran_liaisons: VeteranLiaisonTable;
  veteran_liaison_members: VeteranLiaisonMemberTable;
  veteran_visits: VeteranVisitTable;
  veteran_forums: VeteranForumTable;
  honor_plaques: HonorPlaqueTable;
}

export interface PersonStatusHistoryTable {
  id: Generated<number>;
  person_id: number;
  household_id: number | null;
  area_code: string;
  previous_status: string;
  status: string;
  date: string;
  until: string | null;
  source: string;
  destination: string | null;
  note: string | null;
  recorded_by: number | null;
  created_at: string;
}

/** 欠款: a recovery no payroll can collect (its enrolment stopped), settled another way. */
export interface DebtTable {
  id: Generated<number>;
  household_id: number;
  enrolment_id: number;
  adjustment_id: number;
  area_code: string;
  program: string;
  total_amount: number;
  reason: string;
  status: 'open' | 'settled' | 'written_off';
  created_at: string;
  closed_at: string | null;
}

export interface DebtEntryTable {
  id: Generated<number>;
  debt_id: number;
  kind: 'deduction' | 'bank_transfer' | 'cash' | 'write_off';
  amount: number;
  receipt_number: string | null;
  reason: string | null;
  target_enrolment_id: number | null;
  target_adjustment_id: number | null;
  paid_on: string | null;
  actor_id: number | null;
  created_at: string;
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
export type JobRow = Selectable<JobTable>;
export type { ColumnType };

/** 核对数据源: one import of a department's file (migration 0021). */
export interface SourceImportTable {
  id: Generated<number>;
  source_id: string;
  mode: 'replace' | 'append';
  file_name: string;
  imported_on: string;
  imported_at: string;
  imported_by: number | null;
  row_count: number;
  bad_row_count: number;
  /** JSON: the bad rows with their errors */
  errors: string;
}

export interface SourceRecordTable {
  id: Generated<number>;
  source_id: string;
  import_id: number;
  record_key: string;
  id_number: string;
  name: string;
  kind: string;
  event_date: string | null;
  end_date: string | null;
  /** fen; bigint (PostgreSQL returns it as a string) */
  amount: number | string | null;
  item: string | null;
  exempt: number;
  detail: string;
}

export interface MatchingRunTable {
  id: Generated<number>;
  area_code: string;
  job_id: number | null;
  status: 'running' | 'done' | 'failed';
  persons: number;
  findings: number;
  new_alerts: number;
  created_by: number | null;
  created_at: string;
  finished_at: string | null;
}

export interface AlertTable {
  id: Generated<number>;
  run_id: number;
  rule: string;
  source_id: string;
  record_key: string;
  record_id: number;
  person_id: number;
  household_id: number;
  area_code: string;
  declared: string;
  matched: string;
  status: 'open' | 'confirmed' | 'explained';
  due_date: string;
  outcome: 'review' | 'stop' | null;
  reason: string | null;
  created_at: string;
  worked_at: string | null;
  worked_by: number | null;
}

/** 残疾证 (issue 22): the source of a person's disability category and grade. */
export interface DisabilityCertificateTable {
  id: Generated<number>;
  person_id: number;
  household_id: number;
  area_code: string;
  number: string;
  category: string;
  grade: number;
  issued_on: string;
  review_on: string | null;
  /** valid | revoked */
  status: string;
  note: string | null;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

/** 康复 / 辅具 / 无障碍改造 for a disabled person. */
export interface DisabilityServiceTable {
  id: Generated<number>;
  person_id: number;
  household_id: number;
  area_code: string;
  kind: string;
  service_type: string;
  provider: string;
  start_on: string;
  end_on: string | null;
  amount: ColumnType<number | null, number | null, number | null>;
  note: string | null;
  created_by: number | null;
  created_at: string;
}

/** 就业扶贫基地 */
export interface EmploymentBaseTable {
  id: Generated<number>;
  area_code: string;
  name: string;
  operator: string;
  year: number;
  applied_on: string;
  inspected_on: string | null;
  disabled_employees: number;
  households_served: number;
  annual_output: ColumnType<number, number, number>;
  per_capita_income: ColumnType<number, number, number>;
  /** applied | qualified | not_qualified */
  status: string;
  evaluation: string | null;
  evaluated_on: string | null;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

/** 孤儿 / 事实无人抚养儿童 / 留守儿童 */
export interface ChildRecordTable {
  id: Generated<number>;
  person_id: number;
  household_id: number;
  area_code: string;
  kind: string;
  /** active | ended */
  status: string;
  reason: string;
  guardian_name: string | null;
  guardian_relation: string | null;
  guardian_phone: string | null;
  agreement_signed_on: string | null;
  agreement_until: string | null;
  parent_away: string | null;
  parent_away_place: string | null;
  carer_name: string | null;
  carer_relation: string | null;
  started_on: string;
  ended_on: string | null;
  end_reason: string | null;
  note: string | null;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

/** 优抚对象 */
export interface EntitledPersonTable {
  id: Generated<number>;
  person_id: number;
  household_id: number;
  area_code: string;
  group_code: string;
  document_kind: string;
  document_number: string;
  disability_level: number | null;
  /** active | deceased | ended */
  status: string;
  registered_on: string;
  ended_on: string | null;
  note: string | null;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

/** 优抚 follow-up tasks (a recipient's death: comfort the family). */
export interface VeteranTaskTable {
  id: Generated<number>;
  entitled_person_id: number;
  person_id: number;
  area_code: string;
  kind: string;
  /** open | done */
  status: string;
  reason: string;
  due_on: string;
  done_on: string | null;
  outcome: string | null;
  created_at: string;
  done_by: number | null;
}

/** 慰问活动 (migration 0027): coverage is the JSON rule of domain/care/condolence.ts. */
export interface CondolenceDriveTable {
  id: Generated<number>;
  area_code: string;
  name: string;
  occasion: string;
  /** the day coverage and ages are judged on */
  as_of: string;
  /** fen; bigint (PostgreSQL returns it as a string) */
  budget: ColumnType<number | string, number, number>;
  funding_source: string;
  coverage: string;
  cash_basis: 'household' | 'person' | 'none';
  cash_amount: number;
  /** draft (no lines yet) → built (lines listed) */
  status: 'draft' | 'built';
  created_by: number;
  created_at: string;
  /** the payroll its cash was paid through (migration 0030); null: cash in hand */
  payroll_id: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface CondolenceGoodsTable {
  id: Generated<number>;
  drive_id: number;
  name: string;
  unit: string;
  unit_price: number;
  per_household: number;
  stock: number;
}

/** One household of a drive (户): persons covered (人), cash and goods value, and its delivery. */
export interface CondolenceLineTable {
  id: Generated<number>;
  drive_id: number;
  area_code: string;
  household_id: number;
  persons: number;
  cash: number;
  goods_value: number;
  status: 'pending' | 'delivered';
  recipient_name: string | null;
  delivered_on: string | null;
  delivered_by: number | null;
  signature_ref: string | null;
  photo_ref: string | null;
  delivered_at: string | null;
  /** how its cash is paid (migration 0030): null in hand; payroll; no_account | holder_mismatch | handed_over withheld */
  cash_route: ColumnType<CashRoute | null, CashRoute | null | undefined, CashRoute | null>;
}

export type CashRoute = 'payroll' | 'no_account' | 'holder_mismatch' | 'handed_over';

/** 探访记录 */
export interface CareVisitTable {
  id: Generated<number>;
  person_id: number;
  household_id: number;
  area_code: string;
  visited_on: string;
  /** comma-separated care groups the person was in when visited */
  groups: string;
  health: string;
  living_conditions: string;
  needs: string | null;
  /** JSON [{ kind, note }] */
  referrals: string;
  /** JSON string[] of document or photo references */
  photo_refs: string;
  visitor_id: number;
  created_at: string;
}

export interface CareProviderTable {
  id: Generated<number>;
  area_code: string;
  name: string;
  phone: string | null;
  active: number;
  created_at: string;
}

/** 居家养老服务目录: one priced item */
export interface CareServiceTable {
  id: Generated<number>;
  code: string;
  name: string;
  unit: string;
  price: number;
  provider_id: number;
  active: number;
}

/** One credit into a person's service wallet, with its source (city tier, district top-up). */
export interface WalletCreditTable {
  id: Generated<number>;
  person_id: number;
  area_code: string;
  month: string;
  source: string;
  tier: string;
  amount: number;
  remaining: number;
  expires_on: string;
  created_at: string;
}

export interface ServiceOrderTable {
  id: Generated<number>;
  person_id: number;
  area_code: string;
  ordered_on: string;
  total: number;
  created_by: number;
  created_at: string;
}

export interface ServiceOrderItemTable {
  id: Generated<number>;
  order_id: number;
  service_code: string;
  provider_id: number;
  quantity: number;
  unit_price: number;
  amount: number;
}

/** What one order took from one credit. */
export interface WalletSpendTable {
  id: Generated<number>;
  order_id: number;
  credit_id: number;
  amount: number;
}

/** 志愿服务队 (issue 22). */
export interface VolunteerTeamTable {
  id: Generated<number>;
  area_code: string;
  name: string;
  leader: string | null;
  phone: string | null;
  founded_on: string;
  created_by: number | null;
  created_at: string;
}

/** 志愿者: a person on file (`person_id`) or a named outsider; `points` is the ledger's balance (≥ 0). */
export interface VolunteerTable {
  id: Generated<number>;
  area_code: string;
  team_id: number;
  person_id: number | null;
  name: string;
  phone: string | null;
  joined_on: string;
  status: string;
  hours_tenths: number;
  points: number;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface VolunteerActivityTable {
  id: Generated<number>;
  team_id: number;
  area_code: string;
  title: string;
  held_on: string;
  place: string | null;
  /** points per hour in force on the day (policy `community.pointsPerHour`) */
  rate: string;
  created_by: number | null;
  created_at: string;
}

/** 积分台账: `earn` (+points for hours at an activity) or `exchange` (−points for an item). */
export interface VolunteerEntryTable {
  id: Generated<number>;
  volunteer_id: number;
  area_code: string;
  kind: string;
  activity_id: number | null;
  hours_tenths: number | null;
  points: number;
  item: string | null;
  occurred_on: string;
  created_by: number | null;
  created_at: string;
}

/** 需求清单 */
export interface CommunityNeedTable {
  id: Generated<number>;
  area_code: string;
  title: string;
  category: string;
  raised_by: string;
  household_id: number | null;
  description: string | null;
  raised_on: string;
  status: string;
  matched_on: string | null;
  done_on: string | null;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

/** 资源清单 */
export interface CommunityResourceTable {
  id: Generated<number>;
  area_code: string;
  name: string;
  category: string;
  provider: string;
  contact: string | null;
  description: string | null;
  status: string;
  created_by: number | null;
  created_at: string;
}

export interface CommunityNeedResourceTable {
  need_id: number;
  resource_id: number;
  matched_on: string;
}

/** 项目清单: one project carries out one matched need. */
export interface CommunityProjectTable {
  id: Generated<number>;
  area_code: string;
  need_id: number;
  name: string;
  lead: string;
  budget: number | null;
  start_on: string;
  done_on: string | null;
  outcome: string | null;
  beneficiaries: number | null;
  status: string;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

/** 慈善超市 goods: stock in units (≥ 0), each valued at `unit_value` fen. */
export interface CharityItemTable {
  id: Generated<number>;
  area_code: string;
  name: string;
  unit: string;
  unit_value: number;
  quantity: number;
  created_at: string;
}

/** Charity money held by an area (fen, ≥ 0). */
export interface CharityFundTable {
  area_code: string;
  balance: number;
}

/**
 * 慈善台账: `money_in` (捐款), `goods_in` (捐物), `purchase` (money out, goods in) and `issue`
 * (goods out to a household). `money` and `value` in fen, `quantity` in the item's unit.
 */
export interface CharityMovementTable {
  id: Generated<number>;
  area_code: string;
  kind: string;
  occurred_on: string;
  donor: string | null;
  item_id: number | null;
  quantity: number;
  money: number;
  value: number;
  household_id: number | null;
  household_area: string | null;
  note: string | null;
  created_by: number | null;
  created_at: string;
}

/** 老年证 / 优待证 (issue 21): a reissue voids the old card and points back to it. */
export interface SeniorCardTable {
  id: Generated<number>;
  person_id: number;
  household_id: number;
  area_code: string;
  kind: string;
  number: string;
  issued_on: string;
  fee: number;
  status: string;
  reissue_of: number | null;
  reissue_reason: string | null;
  replaced_by: number | null;
  voided_on: string | null;
  created_by: number | null;
  created_at: string;
}

/** 能力评估: item scores (JSON), their total and the level derived from it. */
export interface AbilityAssessmentTable {
  id: Generated<number>;
  person_id: number;
  household_id: number;
  area_code: string;
  assessed_on: string;
  assessor: string;
  items: string;
  total: number;
  level: number;
  note: string | null;
  created_by: number | null;
  created_at: string;
}

/** 电子保姆: an emergency call device registered to a person. */
export interface EmergencyDeviceTable {
  id: Generated<number>;
  person_id: number;
  household_id: number;
  area_code: string;
  device_number: string;
  provider: string;
  installed_on: string;
  status: string;
  created_by: number | null;
  created_at: string;
}

/** An alarm of a device and its one closing response. */
export interface EmergencyAlarmTable {
  id: Generated<number>;
  device_id: number;
  person_id: number;
  area_code: string;
  raised_at: string;
  kind: string;
  status: string;
  responder: string | null;
  responded_at: string | null;
  outcome: string | null;
  note: string | null;
  created_by: number | null;
  created_at: string;
  responded_by: number | null;
}

/** 养护员 with the account the pay goes to. */
export interface CaregiverTable {
  id: Generated<number>;
  area_code: string;
  name: string;
  id_number: string;
  phone: string | null;
  bank_name: string;
  bank_account: string;
  created_by: number | null;
  created_at: string;
}

export interface CaregiverAgreementTable {
  id: Generated<number>;
  caregiver_id: number;
  person_id: number;
  household_id: number;
  area_code: string;
  starts_on: string;
  ends_on: string;
  /** fen */
  monthly_pay: number;
  created_by: number | null;
  created_at: string;
}

export interface CaregiverLogTable {
  id: Generated<number>;
  agreement_id: number;
  /** who worked that day: the caregiver, or the substitute on leave days */
  caregiver_id: number;
  logged_on: string;
  hours: number;
  content: string;
  created_by: number | null;
  created_at: string;
}

export interface CaregiverLeaveTable {
  id: Generated<number>;
  agreement_id: number;
  from_on: string;
  to_on: string;
  reason: string;
  substitute_id: number;
  created_by: number | null;
  created_at: string;
}

export interface CaregiverAssessmentTable {
  id: Generated<number>;
  agreement_id: number;
  month: string;
  score: number;
  passed: number;
  assessor: string;
  note: string | null;
  created_by: number | null;
  created_at: string;
}

export interface CaregiverPayrollTable {
  id: Generated<number>;
  area_code: string;
  month: string;
  status: string;
  lines: number;
  total_amount: number;
  /** JSON: the agreements not paid this month and why */
  withheld: string;
  prepared_by: number;
  prepared_at: string;
  approved_by: number | null;
  approved_at: string | null;
}

export interface CaregiverPayLineTable {
  id: Generated<number>;
  payroll_id: number;
  agreement_id: number;
  caregiver_id: number;
  area_code: string;
  /** caregiver | substitute */
  role: string;
  days: number;
  amount: number;
  payee_name: string;
  payee_id_number: string;
  bank_name: string;
  bank_account: string;
  reason: string;
}

/** 主动发现 (issue 18 point 4, migration 0023): a run of the discovery rules over an area. */
export interface DiscoveryRunTable {
  id: Generated<number>;
  area_code: string;
  job_id: number | null;
  status: 'running' | 'done' | 'failed';
  summary: string | null;
  created_by: number | null;
  created_at: string;
  finished_at: string | null;
}

/** A person a discovery rule named, for the community to visit; unique per (rule, person). */
export interface DiscoveryLeadTable {
  id: Generated<number>;
  run_id: number;
  rule: string;
  person_id: number;
  household_id: number;
  area_code: string;
  evidence: string;
  summary: string;
  status: 'open' | 'visited';
  due_date: string;
  outcome: 'applied' | 'not_eligible' | 'declined' | null;
  visited_on: string | null;
  note: string | null;
  created_at: string;
  worked_at: string | null;
  worked_by: number | null;
}

/** 优抚对象联络员 (0029) */
export interface VeteranLiaisonTable {
  id: Generated<number>;
  area_code: string;
  zone: string;
  name: string;
  phone: string | null;
  appointed_on: string;
  until_on: string;
  created_by: number | null;
  created_at: string;
}

export interface VeteranLiaisonMemberTable {
  liaison_id: number;
  entitled_person_id: number;
}

/** 优抚对象走访 */
export interface VeteranVisitTable {
  id: Generated<number>;
  entitled_person_id: number;
  person_id: number;
  household_id: number;
  area_code: string;
  visited_on: string;
  visitor: string;
  content: string;
  problems: string | null;
  created_by: number | null;
  created_at: string;
}

/** 优抚对象座谈会 */
export interface VeteranForumTable {
  id: Generated<number>;
  area_code: string;
  held_on: string;
  occasion: string;
  topic: string;
  attendees: number;
  summary: string | null;
  created_by: number | null;
  created_at: string;
}

/** 光荣牌 (one per household) */
export interface HonorPlaqueTable {
  id: Generated<number>;
  household_id: number;
  entitled_person_id: number;
  area_code: string;
  hung_on: string;
  note: string | null;
  created_by: number | null;
  created_at: string;
}
