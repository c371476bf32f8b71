import type { ModuleMessages } from '../../i18n/index.tsx';
import { useI18n } from '../../i18n/index.tsx';

/** 走访慰问、探访关爱、居家养老 statistics: the dashboard card and the coverage view (Chinese first). */
export const careStatisticsMessages = {
  'zh-CN': {
    cardTitle: '走访慰问与居家养老',
    thisMonth: '本月',
    yearToDate: '本年累计',
    figure: '项目',
    condolences: '走访慰问',
    condolenceHouseholds: '走访慰问（户次）',
    condolencePersons: '走访慰问（人次）',
    condolenceMoney: '慰问金额（元）',
    visits: '探访关爱（人次）',
    services: '居家养老服务（单）',
    serviceMoney: '服务金额（元）',
    credits: '钱包发放（元）',
    coverageTitle: '探访覆盖情况',
    coverageAsOf: '统计日期：{date}',
    coverageArea: '社区/街道',
    coveragePersons: '关爱对象（人）',
    coverageOnTime: '按时探访',
    coverageDue: '今日应访',
    coverageOverdue: '逾期未访',
    coverageRate: '按时率',
    coverageTotal: '合计',
    coverageEmpty: '另有 {n} 个区域暂无关爱对象',
  },
  en: {
    cardTitle: 'Visits, condolences and home care',
    thisMonth: 'This month',
    yearToDate: 'Year to date',
    figure: 'Figure',
    condolences: 'Condolences',
    condolenceHouseholds: 'Condolences (households)',
    condolencePersons: 'Condolences (persons)',
    condolenceMoney: 'Condolence money (yuan)',
    visits: 'Care visits',
    services: 'Home-care orders',
    serviceMoney: 'Services (yuan)',
    credits: 'Wallet credits (yuan)',
    coverageTitle: 'Visit coverage',
    coverageAsOf: 'As of {date}',
    coverageArea: 'Area',
    coveragePersons: 'Persons in care',
    coverageOnTime: 'Visited on time',
    coverageDue: 'Due today',
    coverageOverdue: 'Overdue',
    coverageRate: 'On time',
    coverageTotal: 'Total',
    coverageEmpty: '{n} more areas have no one in care',
  },
} satisfies ModuleMessages;

export function useCareStatisticsText() {
  const { tx } = useI18n();
  return (key: keyof (typeof careStatisticsMessages)['zh-CN'], params?: Record<string, string | number>) => tx(careStatisticsMessages, key, params);
}
