/**
 * The names of the evidence a risk rule records (src/modules/risk/detect.ts), nested keys
 * included, so the finding reads in Chinese. No imports: src/modules/risk/risk.test.ts checks
 * that every key a planted finding carries is named here, on both engines.
 */
type EvidenceLabels = Record<string, string>;

export const EVIDENCE_LABELS: { 'zh-CN': EvidenceLabels; en: EvidenceLabels } = {
  'zh-CN': {
    accountMasked: '银行账号',
    households: '户数',
    areas: '地区',
    accountHolder: '账户户名',
    headName: '户主',
    members: '家庭成员',
    kind: '类型',
    program: '救助项目',
    enrolmentId: '享受记录编号',
    monthlyAmount: '月发放金额',
    otherProgram: '另一项目',
    otherEnrolmentId: '另一享受记录编号',
    otherMonthlyAmount: '另一项目月发放金额',
    otherCoveredPersons: '另一项目保障人数',
    householdMembers: '家庭人口',
    orphanStandard: '孤儿基本生活费标准',
    otherBenefits: '同时享受的其他救助',
    homeArea: '户籍所在地区',
    firstArea: '享受地区（一）',
    lastArea: '享受地区（二）',
    pairs: '重复享受记录对数',
    coveredPersons: '保障人数',
    staffName: '工作人员',
    staffPosition: '职务',
    relation: '亲属关系',
    staffRelativeId: '近亲属备案编号',
    enrolments: '纳入记录',
    applicationId: '申请编号',
    acceptedOn: '受理日期',
    decidedOn: '确认日期',
    days: '办理天数',
    medianDays: '本地区中位天数',
    casesCompared: '比较案件数',
    turns: '轮换记录',
    left: '退出',
    entered: '纳入',
    cameBack: '重新纳入',
    householdId: '户编号',
    lastMonth: '最后享受月份',
    from: '起始月份',
    to: '截止月份',
    userId: '用户编号',
    username: '经办人',
    streetCode: '街道',
    peersMedian: '同事纳入数中位数',
    peers: '同街道经办人数',
    streetTotal: '街道纳入总数',
  },
  en: {
    accountMasked: 'Bank account',
    households: 'Households',
    areas: 'Areas',
    accountHolder: 'Account holder',
    headName: 'Head of household',
    members: 'Members',
    kind: 'Kind',
    program: 'Program',
    enrolmentId: 'Enrolment',
    monthlyAmount: 'Monthly amount',
    otherProgram: 'Other program',
    otherEnrolmentId: 'Other enrolment',
    otherMonthlyAmount: "Other program's monthly amount",
    otherCoveredPersons: 'Persons covered by the other program',
    householdMembers: 'Household members',
    orphanStandard: 'Orphan allowance standard',
    otherBenefits: 'Other benefits received',
    homeArea: 'Home area',
    firstArea: 'First area',
    lastArea: 'Second area',
    pairs: 'Overlapping enrolment pairs',
    coveredPersons: 'Persons covered',
    staffName: 'Staff member',
    staffPosition: 'Position',
    relation: 'Relation',
    staffRelativeId: 'Staff relative entry',
    enrolments: 'Enrolments',
    applicationId: 'Application',
    acceptedOn: 'Accepted on',
    decidedOn: 'Decided on',
    days: 'Days taken',
    medianDays: "Area's median days",
    casesCompared: 'Cases compared',
    turns: 'Turns',
    left: 'Left',
    entered: 'Entered',
    cameBack: 'Came back',
    householdId: 'Household',
    lastMonth: 'Last month',
    from: 'From',
    to: 'To',
    userId: 'User',
    username: 'Worker',
    streetCode: 'Street',
    peersMedian: "Colleagues' median",
    peers: 'Colleagues',
    streetTotal: 'Street total',
  },
};

/** Values that are codes or fen, shown through a label or as yuan. */
export const EVIDENCE_KIND_LABELS: { 'zh-CN': EvidenceLabels; en: EvidenceLabels } = {
  'zh-CN': { non_stacking: '不得叠加的项目同时享受', orphan_full_standard: '孤儿基本生活费全额发放且同时享受其他救助' },
  en: { non_stacking: 'Programs that must not stack', orphan_full_standard: 'Orphan allowance in full next to other benefits' },
};
export const EVIDENCE_MONEY_KEYS: ReadonlySet<string> = new Set(['monthlyAmount', 'otherMonthlyAmount', 'orphanStandard']);
export const EVIDENCE_PROGRAM_KEYS: ReadonlySet<string> = new Set(['program', 'otherProgram']);

/** Every key in an evidence object, nested objects and arrays of objects included. */
export function evidenceKeys(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(evidenceKeys);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => [k, ...evidenceKeys(v)]);
}
