/**
 * 风险核查 rules (issue 17 point 2, DOMAIN.md §7): the codes, and the thresholds each rule
 * applies. The detection of each rule is one set-based query (modules/risk/rule-queries.ts);
 * what is decided on the rows it returns — a median, an outlier, a standard — is here.
 */
export const RISK_RULES = [
  /** 一个银行账户为多户发放 */
  'shared_bank_account',
  /** 收款账户户名不是本户成员 */
  'payee_not_holder',
  /** 不得叠加享受的项目同时享受（低保+特困、特困+残疾人两项补贴、孤儿全额+其他救助） */
  'program_stacking',
  /** 同一人在两个地区享受 */
  'two_areas',
  /** 只保了户内部分成员 */
  'partial_household',
  /** 工作人员近亲属享受保障却未经单独审核 */
  'staff_relative_unreviewed',
  /** 审批远快于本地区中位数 */
  'fast_decision',
  /** 轮流享受（一户退出、另一户进入，再互换） */
  'rotation',
  /** 某一工作人员经手的纳入远多于同事 */
  'worker_share',
] as const;
export type RiskRule = (typeof RISK_RULES)[number];

export function isRiskRule(s: string): s is RiskRule {
  return (RISK_RULES as readonly string[]).includes(s);
}

/** The pairs of programs one person may not receive together (特困 excludes 低保 and the two disability subsidies). */
export const NON_STACKING_PAIRS: readonly (readonly [string, string])[] = [
  ['tekun', 'dibao'],
  ['tekun', 'disability_living'],
  ['tekun', 'disability_care'],
];

/** The orphan allowances: paid in full only when the child receives nothing else (补差, domain/programs/orphan.ts). */
export const ORPHAN_PROGRAMS: readonly string[] = ['orphan', 'de_facto_orphan'];

/** A decision this many times faster than its area's median is flagged… */
export const FAST_DECISION_RATIO = 0.25;
/** …when the median rests on at least this many decided cases of the same program and district. */
export const FAST_DECISION_MIN_CASES = 5;

/** Rotation: B entered within this many months of A leaving, and A came back within as many of B leaving. */
export const ROTATION_MONTHS = 1;

/** A worker whose enrolments exceed this multiple of the median of the others in the same street… */
export const WORKER_SHARE_RATIO = 3;
/** …and at least this many, with at least this many peers. */
export const WORKER_SHARE_MIN_ENROLMENTS = 10;
export const WORKER_SHARE_MIN_PEERS = 2;

/** Each rule's name as the monthly report prints it (the web's words are in web/src/pages/risk/labels.ts). */
export const RISK_RULE_NAMES: Record<RiskRule, string> = {
  shared_bank_account: '一个账户为多户发放',
  payee_not_holder: '户名与账户不符',
  program_stacking: '不得叠加的项目同时享受',
  two_areas: '两地享受',
  partial_household: '只保部分成员',
  staff_relative_unreviewed: '近亲属未经单独审核',
  fast_decision: '审批远快于中位数',
  rotation: '轮流享受',
  worker_share: '经办人纳入占比异常',
};
