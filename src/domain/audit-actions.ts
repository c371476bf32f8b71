/**
 * The audit log as 纪检监察 reads it (issue 17 point 4): every action string the code records,
 * in Chinese. A test scans the source for recordAudit/recordAudits/recordRead calls and fails on
 * an action without a label here, so a new action cannot reach the log unreadable.
 */
import { CASE_ACTIONS, type CaseAction } from './cases/transition.ts';

const CASE_ACTION_LABELS: Record<CaseAction, string> = {
  accept: '受理',
  complete_investigation: '完成入户调查',
  complete_verification: '完成家庭经济状况核对',
  complete_democratic_review: '完成民主评议',
  street_approve: '街道审核通过',
  close_notice: '公示结束',
  confirm: '区县审核确认',
  reject: '不予确认',
  return: '退回上一环节',
  withdraw: '撤回申请',
  appeal: '申请复核',
  decide_appeal: '复核决定',
  pay_urgent: '小额先行救助',
};

/** 案件记录 kinds (case.record.<kind>). */
const CASE_RECORD_LABELS: Record<string, string> = {
  investigation: '入户调查记录',
  neighbour_interview: '邻里访问记录',
  verification: '核对报告',
  review_meeting: '民主评议记录',
};

/** Enrolment changes (enrolment.<kind>). */
const ENROLMENT_CHANGE_LABELS: Record<string, string> = {
  start: '纳入保障',
  amount: '调整保障金额',
  suspend: '暂停发放',
  resume: '恢复发放',
  stop: '停止保障（退出）',
};

const FIXED_LABELS: Record<string, string> = {
  'auth.login': '登录',
  'auth.logout': '退出登录',
  'auth.login_failed': '登录失败',
  'auth.lockout': '账号锁定（多次登录失败）',
  'setup.token_used': '使用初始化令牌创建管理员',
  'user.create': '新建用户',
  'user.reset_password': '重置密码并解锁',
  'user.change_password': '修改本人密码',
  'user.update': '调整用户角色、区划或姓名',
  'user.disable': '停用用户',
  'user.enable': '启用用户',
  'user.require_password_change': '强制修改密码',
  'areas.import': '导入区划',
  'policy.set': '设置政策参数',
  'policy.seed': '初始化政策参数',
  'local_program.create': '新建地方救助项目',
  'local_program.update': '修改地方救助项目',
  'household.create': '新建家庭户',
  'household.update': '修改家庭户档案',
  'household.view': '查看家庭档案',
  'households.import': '导入家庭户',
  'households.export': '导出家庭户（含完整身份证号）',
  'person.reveal_id': '查看完整身份证号',
  'document.add': '上传证明材料',
  'document.download': '下载证明材料',
  'relative.register': '近亲属备案',
  'case.submit': '提交申请',
  'case.extend': '延长办理时限',
  'case.objection': '登记公示异议',
  'case.objection_resolved': '处理公示异议',
  'payroll.prepare': '编制发放名册',
  'payroll.approve': '审批发放名册',
  'payroll.bank_file': '导出银行代发文件（含完整身份证号、账号）',
  'payroll.bank_result': '导入银行回盘',
  'payroll.reveal_line': '查看名册明细完整身份证号、账号',
  'enrolment.payee': '设置收款人',
  'enrolment.payee_clear': '取消收款人',
  'enrolment.reveal_payee': '查看收款人完整身份证号、账号',
  'institution.create': '登记供养机构',
  'institution.reveal_account': '查看供养机构完整账号',
  'job.submit': '提交后台任务',
  'demo.fill': '生成演示数据',
  'audit.export': '导出审计日志',
  'read.change_history': '查看变更记录',
  'read.documents': '查看材料列表',
  'read.case': '查看案件',
  'read.enrolment': '查看保障对象详情',
  'read.decision_pdf': '查看决定书',
  'read.calculation': '按户测算',
  'read.search_id': '按完整身份证号查询',
  'read.report_export': '导出报表',
};

export const AUDIT_ACTION_LABELS: Readonly<Record<string, string>> = {
  ...FIXED_LABELS,
  ...Object.fromEntries(CASE_ACTIONS.map((a) => [`case.${a}`, `案件：${CASE_ACTION_LABELS[a]}`])),
  ...Object.fromEntries(Object.entries(CASE_RECORD_LABELS).map(([k, v]) => [`case.record.${k}`, `案件：添加${v}`])),
  ...Object.fromEntries(Object.entries(ENROLMENT_CHANGE_LABELS).map(([k, v]) => [`enrolment.${k}`, v])),
};

/** The Chinese name of an action; an unknown one (an older release's) reads as its code. */
export function auditActionLabel(action: string): string {
  return AUDIT_ACTION_LABELS[action] ?? action;
}

export const AUDIT_ENTITY_LABELS: Readonly<Record<string, string>> = {
  user: '用户',
  area: '区划',
  household: '家庭户',
  person: '人员',
  application: '案件',
  enrolment: '保障对象',
  payroll: '发放名册',
  institution: '供养机构',
  staff_relative: '近亲属备案',
  local_program: '地方救助项目',
  policy: '政策参数',
  report: '报表',
  import: '导入',
  export: '导出',
  job: '后台任务',
  setup: '系统初始化',
  audit: '审计日志',
};

export function auditEntityLabel(entityType: string): string {
  return AUDIT_ENTITY_LABELS[entityType] ?? entityType;
}

/**
 * The reveal log (查阅记录): entries where someone saw full ID or account numbers, a household
 * file or a bulk export of them — the audited reads (read.*) and the reveals.
 */
export const REVEAL_ACTIONS: readonly string[] = [
  'person.reveal_id',
  'payroll.reveal_line',
  'enrolment.reveal_payee',
  'institution.reveal_account',
  'household.view',
  'document.download',
  'households.export',
  'payroll.bank_file',
  'audit.export',
];

export function isRevealAction(action: string): boolean {
  return action.startsWith('read.') || REVEAL_ACTIONS.includes(action);
}
