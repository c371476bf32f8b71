/**
 * The audit log as 纪检监察 reads it (issue 17 point 4): every action string the code records,
 * in Chinese. A test scans the source for recordAudit/recordAudits/recordRead calls and fails on
 * an action without a label here, so a new action cannot reach the log unreadable.
 */
import { CASE_ACTIONS, type CaseAction } from './cases/transition.ts';
import { REVIEW_ACTIONS, type ReviewAction } from './reviews/workflow.ts';

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

/** 复核 steps (review.<action>). */
const REVIEW_ACTION_LABELS: Record<ReviewAction, string> = {
  record_visit: '入户核查',
  complete_verification: '完成核对',
  propose: '街道提出复核意见',
  confirm: '区县确认复核意见',
  return: '退回街道',
};

/** 欠款 entries (debt.<kind>). */
const DEBT_ENTRY_LABELS: Record<string, string> = {
  deduction: '欠款：从其他待遇中扣回',
  bank_transfer: '欠款：银行转账归还',
  cash: '欠款：现金归还（收据）',
  write_off: '欠款：核销',
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
  // 举报投诉 (issue 17)
  'complaint.register': '举报投诉：登记',
  'complaint.assign': '举报投诉：交办',
  'complaint.subject': '举报投诉：确定被反映对象',
  'complaint.investigate': '举报投诉：调查记录',
  'complaint.conclude': '举报投诉：调查结论',
  'complaint.corrective_action': '举报投诉：整改措施',
  'complaint.reply': '举报投诉：答复办结',
  'complaint.channels': '设置投诉渠道',
  // 风险核查 (issue 17)
  'risk.run': '风险核查：发起',
  'risk.findings': '风险核查：生成疑点',
  'risk.run.complete': '风险核查：完成',
  'risk.finding.outcome': '风险核查：疑点处理结果',
  // 动态管理 (issue 16)
  'person.status': '登记人员状态（死亡、迁出、服刑）',
  'household.close': '注销家庭户',
  'debt.open': '追回款转为欠款',
  'review.open': '发起复核',
  'review_campaign.start': '发起专项核查',
  // 核对比对 (issue 18)
  'source.import': '导入部门核对数据',
  'matching.run': '批量比对',
  'alert.work': '处理核对预警',
  'person.death_stop_proposed': '死亡信息：提出停发',
  'read.paper': '打印文书',
  'read.household_benefits': '查看家庭保障与发放',
  'read.source_records': '查看部门核对数据',
  'read.verification_findings': '查看核对比对结果',
  // 残疾人、儿童、优抚 (issue 22)
  'disability.certificate': '登记或更正残疾证',
  'disability.service': '登记康复服务、辅具或无障碍改造',
  'employment_base.create': '申报就业扶贫基地',
  'employment_base.update': '更新就业扶贫基地情况',
  'employment_base.evaluate': '就业扶贫基地认定核查',
  'child.register': '登记困境儿童（孤儿、事实无人抚养、留守）',
  'child.update': '更新儿童监护与照料信息',
  'child.end': '困境儿童登记终止',
  'child.age_out': '儿童年满18周岁：基本生活费停发',
  'veteran.register': '登记优抚对象',
  'veteran.deceased': '优抚对象去世：生成慰问任务',
  'veteran.task_done': '优抚任务办结',
  'veteran.benefit': '核定优抚金',
  'veteran.liaison': '聘任优抚对象联络员',
  'veteran.visit': '优抚对象走访',
  'veteran.forum': '优抚对象座谈会',
  'veteran.plaque': '悬挂光荣牌',
  // 走访慰问、探访关爱、居家养老 (issue 21)
  'condolence.create': '慰问活动：新建并生成名单',
  'condolence.deliver': '慰问活动：发放签收',
  'care_visit.record': '探访关爱：登记探访',
  'care_provider.create': '居家养老：登记服务机构',
  'care_service.create': '居家养老：登记服务项目',
  'wallet.credit_run': '居家养老：按月发放服务补贴额度',
  'service_order.create': '居家养老：服务下单扣减额度',
  // 志愿服务、三张清单、慈善 (issue 22)
  'volunteer_team.create': '志愿服务：成立志愿服务队',
  'volunteer.register': '志愿服务：登记志愿者',
  'volunteer_activity.record': '志愿服务：登记活动与服务时长（计积分）',
  'volunteer.exchange': '志愿服务：积分兑换',
  'community_need.create': '三张清单：登记居民需求',
  'community_resource.create': '三张清单：登记社区资源',
  'community_need.match': '三张清单：需求对接资源',
  'community_project.start': '三张清单：项目立项实施',
  'community_project.finish': '三张清单：项目完成',
  'charity.donation': '慈善：接收捐赠',
  'charity.purchase': '慈善：资金采购物资',
  'charity.issue': '慈善超市：向困难家庭发放物资',
  'senior_card.issue': '老年人服务：办理老年证/优待证',
  'senior_card.reissue': '老年人服务：补领老年证/优待证（原证作废）',
  'ability_assessment.record': '老年人服务：登记能力评估',
  'emergency_device.register': '老年人服务：登记电子保姆设备',
  'emergency_alarm.record': '老年人服务：登记电子保姆报警',
  'emergency_alarm.respond': '老年人服务：登记报警响应处置',
  'caregiver.register': '养护员：登记养护员',
  'caregiver_agreement.create': '养护员：签订养护协议',
  'caregiver_agreement.log': '养护员：填写护理日志',
  'caregiver_agreement.leave': '养护员：请假并安排代班',
  'caregiver_agreement.assess': '养护员：月度考核',
  'caregiver_payroll.prepare': '养护员：编制报酬发放表',
  'caregiver_payroll.approve': '养护员：审批报酬发放表',
  // 主动发现 (issue 18 point 4)
  'discovery.run': '发起主动发现',
  'discovery.leads': '主动发现：生成线索',
  'discovery.lead.outcome': '主动发现：登记走访结果',
  'condolence.payroll': '慰问活动：现金通过发放名册发放',
  'caregiver_payroll.bank_file': '养护员：导出报酬代发文件',
};

export const AUDIT_ACTION_LABELS: Readonly<Record<string, string>> = {
  ...FIXED_LABELS,
  ...Object.fromEntries(CASE_ACTIONS.map((a) => [`case.${a}`, `案件：${CASE_ACTION_LABELS[a]}`])),
  ...Object.fromEntries(Object.entries(CASE_RECORD_LABELS).map(([k, v]) => [`case.record.${k}`, `案件：添加${v}`])),
  ...Object.fromEntries(Object.entries(ENROLMENT_CHANGE_LABELS).map(([k, v]) => [`enrolment.${k}`, v])),
  ...Object.fromEntries(REVIEW_ACTIONS.map((a) => [`review.${a}`, `复核：${REVIEW_ACTION_LABELS[a]}`])),
  ...Object.fromEntries(Object.entries(DEBT_ENTRY_LABELS).map(([k, v]) => [`debt.${k}`, v])),
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
  complaint: '举报投诉',
  review: '复核',
  review_campaign: '专项核查',
  debt: '欠款',
  risk_run: '风险核查',
  risk_finding: '风险疑点',
  data_source: '核对数据源',
  matching_run: '批量比对',
  alert: '核对预警',
  disability_certificate: '残疾证',
  disability_service: '残疾人服务',
  employment_base: '就业扶贫基地',
  child_record: '困境儿童',
  entitled_person: '优抚对象',
  veteran_task: '优抚任务',
  veteran_liaison: '优抚对象联络员',
  veteran_visit: '优抚对象走访',
  veteran_forum: '优抚对象座谈会',
  honor_plaque: '光荣牌',
  condolence_drive: '慰问活动',
  care_visit: '探访记录',
  care_provider: '养老服务机构',
  care_service: '养老服务项目',
  wallet: '服务补贴账户',
  service_order: '养老服务订单',
  volunteer_team: '志愿服务队',
  volunteer: '志愿者',
  volunteer_activity: '志愿服务活动',
  community_need: '居民需求',
  community_resource: '社区资源',
  community_project: '社区项目',
  charity_movement: '慈善收支',
  senior_card: '老年证/优待证',
  ability_assessment: '老年人能力评估',
  emergency_device: '电子保姆设备',
  emergency_alarm: '电子保姆报警',
  caregiver: '养护员',
  caregiver_agreement: '养护协议',
  caregiver_payroll: '养护员报酬发放表',
  discovery_run: '主动发现',
  discovery_lead: '主动发现线索',
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
