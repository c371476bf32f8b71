import { todayInChina } from '../../clock.ts';
import type { Deps } from '../../deps.ts';
import { DomainError } from '../../domain/errors.ts';
import { formatYuan } from '../../domain/money.ts';
import { noticeRuleOf, type Policy } from '../../domain/policy.ts';
import { PROGRAM_NAMES } from '../../domain/programs/names.ts';
import { findArea } from '../areas/service.ts';
import { policyInForce } from '../policies/service.ts';
import { COMPLAINT_FORM_CSS, complaintChannelsFor, complaintFormHtml } from '../complaints/service.ts';
import type { NoticeLine } from './pdf.ts';
import { policyVersionEffectiveFrom } from '../../domain/policy-version.ts';


/** Notices now open in an area and below: masked names and numbers only, nothing else. */
export async function openNotices(deps: Deps, areaCode: string): Promise<{ areaName: string; openedOn: string; closesOn: string; lines: NoticeLine[]; channels: string[] }> {
  const area = await findArea(deps.db, areaCode);
  if (!area) throw new DomainError('not_found', 'area_not_found', { params: { areaCode } });
  const today = todayInChina(deps.clock);
  // 监督渠道: the area's own setting (issue 17), else the nearest area above's.
  const { channels } = await complaintChannelsFor(deps.db, areaCode);
  const rows = await deps.db
    .selectFrom('public_notices')
    .select(['masked_name', 'masked_id_number', 'program', 'members', 'monthly_amount', 'opened_on', 'closes_on', 'round', 'rounds'])
    .where('area_code', 'like', `${areaCode}%`)
    .where('opened_on', '<=', today)
    .where('closes_on', '>=', today)
    .where('published', '=', 1)
    .orderBy('opened_on')
    .orderBy('id')
    .execute();
  return {
    areaName: area.name,
    openedOn: rows.map((r) => r.opened_on).sort()[0] ?? today,
    closesOn: rows.map((r) => r.closes_on).sort().at(-1) ?? today,
    channels,
    lines: rows.map((r) => ({ maskedName: r.masked_name, maskedIdNumber: r.masked_id_number, programName: PROGRAM_NAMES[r.program] ?? r.program, members: r.members, monthlyAmount: r.monthly_amount, oneOff: r.program === 'temporary', openedOn: r.opened_on, closesOn: r.closes_on, round: r.round, rounds: r.rounds })),
  };
}

/** A monthly amount reads per month; a temporary grant is paid once. */
function amountCell(l: NoticeLine): string {
  return `${formatYuan(l.monthlyAmount, { grouping: true })}${l.oneOff ? ' 一次性' : '/月'}`;
}

function noticePeriod(l: NoticeLine): string {
  return l.openedOn && l.closesOn ? `${l.openedOn} 至 ${l.closesOn}` : '';
}

/** 三榜公示: 第 2 榜（共 3 榜）; a single notice says nothing. */
function noticeRound(l: NoticeLine): string {
  return l.rounds && l.rounds > 1 ? `第 ${l.round} 榜（共 ${l.rounds} 榜）` : '';
}

function escape(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function page(title: string, body: string, css = ''): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escape(title)}</title>
<style>body{font-family:"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;max-width:960px;margin:24px auto;padding:0 16px;color:#222;line-height:1.7}
h1{color:#a8071a;border-bottom:3px solid #a8071a;padding-bottom:8px}h2{margin-top:28px;color:#333}table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:6px 10px;text-align:left}th{background:#fdf2f0}
.note{color:#666;font-size:14px}${css}</style></head><body>${body}</body></html>`;
}

export function noticeHtml(n: Awaited<ReturnType<typeof openNotices>>): string {
  const rows = n.lines
    .map((l) => `<tr><td>${escape(l.maskedName)}</td><td>${escape(l.maskedIdNumber)}</td><td>${escape(l.programName)}</td><td>${l.members}</td><td>${amountCell(l)}</td><td>${noticePeriod(l)}</td><td>${noticeRound(l)}</td></tr>`)
    .join('');
  return page(
    `${n.areaName}社会救助公示`,
    `<h1>${escape(n.areaName)}社会救助对象公示</h1>
<p class="note">各条目的公示期见下表（按救助项目确定；分多榜公示的，上一榜期满后公示下一榜）。如有异议，请在公示期内向社区居委会、街道办事处或区民政局反映。</p>
${n.lines.length ? `<table><thead><tr><th>姓名</th><th>身份证号</th><th>救助项目</th><th>人数</th><th>金额（元）</th><th>公示期</th><th>榜次</th></tr></thead><tbody>${rows}</tbody></table>` : '<p>当前没有正在公示的对象。</p>'}
<h2>监督渠道</h2><ul>${n.channels.map((c) => `<li>${escape(c)}</li>`).join('')}</ul>`,
  );
}

/** Programs whose notice differs from the general length or runs in rounds, e.g. "（临时救助 3 天；特困人员救助供养 分 3 榜）". */
function noticeExceptions(policy: Policy): string {
  const programs = [...new Set([...Object.keys(policy.cases.noticeDaysByProgram), ...Object.keys(policy.cases.noticeRoundsByProgram)])].sort();
  const parts = programs.map((p) => {
    const rule = noticeRuleOf(policy, p);
    return `${PROGRAM_NAMES[p] ?? p} ${rule.days} 天${rule.rounds > 1 ? `，分 ${rule.rounds} 榜` : ''}`;
  });
  return parts.length ? `（${parts.join('；')}）` : '';
}

/** 政务公开: programs, standards in force, procedure and deadlines, materials, channels, open notices. */
export async function openGovernmentHtml(deps: Deps, areaCode: string): Promise<string> {
  const today = todayInChina(deps.clock);
  const [{ policy, version }, notices] = await Promise.all([policyInForce(deps.db, areaCode, today), openNotices(deps, areaCode)]);
  const yuan = (fen: number) => `${formatYuan(fen, { grouping: true })} 元`;
  const limits = policy.cases;
  const standards: [string, string][] = [
    ['城市最低生活保障标准', `${yuan(policy.dibao.urbanStandard)}/人·月`],
    ['农村最低生活保障标准', `${yuan(policy.dibao.ruralStandard)}/人·月`],
    ['特困人员基本生活标准', `不低于低保标准的 ${policy.tekun.multiplier} 倍`],
    ['特困人员照料护理标准', `自理 ${yuan(policy.tekun.care.self)}、半失能 ${yuan(policy.tekun.care.partial)}、全失能 ${yuan(policy.tekun.care.full)}（每月）`],
    ['高龄津贴', policy.elderly.tiers.map((t) => `${t.minAge} 周岁以上 ${yuan(t.amount)}/月`).join('；')],
    ['困难残疾人生活补贴', `${yuan(policy.disability.livingAmount)}/月`],
    ['重度残疾人护理补贴', `${yuan(policy.disability.careAmount)}/月`],
    ['孤儿、事实无人抚养儿童基本生活费', `${yuan(policy.orphan.standard)}/月`],
    ['临时救助', `一般不超过 ${policy.temporary.maxMonths} 个月低保标准，超过的“一事一议”`],
  ];
  const steps = [
    '申请：户主持身份证、户口簿等材料到社区或任一街道（乡镇）窗口申请（一门受理），签署家庭经济状况核对授权书。',
    `受理：社区协助申请并将材料转交街道（乡镇），由户籍或居住地街道办事处（乡镇人民政府）受理；在其他街道窗口提交的，转交所在街道受理。`,
    `入户调查：受理后 ${limits.investigationStartWorkingDays} 个工作日内由两名以上工作人员入户调查，并走访邻里。`,
    '家庭经济状况核对：核对中心比对存款、车辆、房产、工商、税务、社保等信息。',
    '民主评议（必要时）与街道审核，提出审核意见和救助金额。',
    `公示：在社区公示 ${limits.noticeDays} 天${noticeExceptions(policy)}，接受监督。`,
    `确认：区县民政部门自受理之日起 ${limits.decisionWorkingDays} 个工作日内确认（特殊情况可延长至 ${limits.extendedWorkingDays} 个工作日）；不予确认的，自决定之日起 ${limits.decisionNoticeWorkingDays} 个工作日内书面说明理由。`,
    '发放：自确认的次月起按月社会化发放到本人账户。',
  ];
  const materials = ['申请书', '家庭成员身份证、户口簿', '家庭经济状况核对授权书', '收入证明（工资、养老金等）', '残疾证、病历等相关证明（如有）'];
  const noticeRows = notices.lines
    .map((l) => `<tr><td>${escape(l.maskedName)}</td><td>${escape(l.maskedIdNumber)}</td><td>${escape(l.programName)}</td><td>${amountCell(l)}</td><td>${noticePeriod(l)}</td></tr>`)
    .join('');
  return page(
    `${notices.areaName}社会救助政务公开`,
    `<h1>${escape(notices.areaName)}社会救助政务公开</h1>
<p class="note">现行标准自 ${escape(policyVersionEffectiveFrom(version) ?? today)} 起执行，更新于 ${today}。</p>
<h2>救助项目与现行标准</h2><table><tbody>${standards.map(([k, v]) => `<tr><th>${escape(k)}</th><td>${escape(v)}</td></tr>`).join('')}</tbody></table>
<h2>办理流程与时限</h2><ol>${steps.map((s) => `<li>${escape(s)}</li>`).join('')}</ol>
<h2>申请材料</h2><ul>${materials.map((m) => `<li>${escape(m)}</li>`).join('')}</ul>
<h2>监督与投诉渠道</h2><ul>${notices.channels.map((c) => `<li>${escape(c)}</li>`).join('')}</ul>
<h2>正在公示</h2>${noticeRows ? `<table><thead><tr><th>姓名</th><th>身份证号</th><th>救助项目</th><th>金额（元）</th><th>公示期</th></tr></thead><tbody>${noticeRows}</tbody></table>` : '<p>当前没有正在公示的对象。</p>'}
${await complaintFormHtml(deps.db, areaCode)}`,
    COMPLAINT_FORM_CSS,
  );
}
