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
};

export const programName = (program: string): string => PROGRAM_NAMES[program] ?? program;
