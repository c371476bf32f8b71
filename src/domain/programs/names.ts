/**
 * The programs' names as notices, decisions and reports print them (民政 usage) — the one
 * place for them: the server prints these and the web app reads the same file
 * (web/src/programs.ts). Local programs (地方项目) are named in the database.
 */
export const PROGRAM_NAMES: Readonly<Record<string, string>> = {
  dibao: '最低生活保障',
  tekun: '特困人员救助供养',
  temporary: '临时救助',
  disability_living: '困难残疾人生活补贴',
  disability_care: '重度残疾人护理补贴',
  elderly_allowance: '高龄津贴',
  orphan: '孤儿基本生活费',
  de_facto_orphan: '事实无人抚养儿童基本生活费',
  // no cash of their own: a status (低收入) and the service credits of a wallet (DOMAIN.md §3)
  dibao_edge: '低保边缘家庭',
  elderly_care_subsidy: '养老服务补贴',
  // 优抚金 (issue 22): paid through the payroll, decided on the entitled-groups register
  veteran_survivor_pension: '定期抚恤金（烈士、因公牺牲、病故军人遗属）',
  veteran_disability_pension: '残疾军人伤残抚恤金',
  veteran_demobilised_subsidy: '在乡复员军人定期定量补助',
  veteran_ill_subsidy: '带病回乡退伍军人定期生活补助',
  veteran_war_subsidy: '参战参试退役人员生活补助',
  veteran_militia_subsidy: '参战民兵民工生活补助',
  conscript_family_allowance: '义务兵家庭优待金',
  veteran_spring_festival: '优抚对象春节慰问金',
  // 走访慰问 (issue 21): a condolence drive's cash paid through the payroll
  condolence: '走访慰问金',
};

export const programName = (program: string): string => PROGRAM_NAMES[program] ?? program;
