import type { EChartsCoreOption } from 'echarts/core';
import type { Dashboard } from '../reports/api.ts';

/** ECharts options of the dashboard, built from the API's numbers (fen → yuan here). */
export interface ChartText {
  program: (code: string) => string;
  state: (code: string) => string;
  month: (m: string) => string;
  householdsOf: (program: string) => string;
  personsOf: (program: string) => string;
  newEnrolments: string;
  exits: string;
  open: string;
  overdue: string;
  city: string;
  district: string;
}

const PALETTE = ['#1677ff', '#52c41a', '#fa8c16', '#722ed1', '#13c2c2', '#eb2f96', '#a0d911'];
const STATE_ORDER = ['submitted', 'investigation', 'verification', 'democratic_review', 'street_review', 'public_notice', 'county_confirmation', 'appealed'];

const axisMonths = (d: Dashboard, t: ChartText) => d.months.map(t.month);

export function coverageOption(d: Dashboard, t: ChartText): EChartsCoreOption {
  return {
    color: PALETTE,
    tooltip: { trigger: 'axis' },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 48, right: 16, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: axisMonths(d, t) },
    yAxis: { type: 'value', minInterval: 1 },
    series: d.trend.flatMap((p, i) => [
      { name: t.householdsOf(p.program), type: 'line', smooth: true, color: PALETTE[i % PALETTE.length], data: p.months.map((m) => m.households) },
      { name: t.personsOf(p.program), type: 'line', smooth: true, color: PALETTE[i % PALETTE.length], lineStyle: { type: 'dashed' }, data: p.months.map((m) => m.persons) },
    ]),
  };
}

export function amountOption(d: Dashboard, t: ChartText): EChartsCoreOption {
  return {
    color: PALETTE,
    tooltip: { trigger: 'axis' },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 72, right: 16, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: axisMonths(d, t) },
    yAxis: { type: 'value' },
    series: d.trend.map((p) => ({ name: t.program(p.program), type: 'bar', stack: 'amount', data: p.months.map((m) => m.amount / 100) })),
  };
}

export function casesOption(d: Dashboard, t: ChartText): EChartsCoreOption {
  const states = [...d.cases.byState].sort((a, b) => STATE_ORDER.indexOf(a.state) - STATE_ORDER.indexOf(b.state));
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 40, right: 16, top: 36, bottom: 48 },
    xAxis: { type: 'category', data: states.map((s) => t.state(s.state)), axisLabel: { interval: 0, rotate: states.length > 5 ? 20 : 0 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: t.open, type: 'bar', stack: 'cases', color: '#1677ff', data: states.map((s) => s.count - s.overdue) },
      { name: t.overdue, type: 'bar', stack: 'cases', color: '#f5222d', data: states.map((s) => s.overdue) },
    ],
  };
}

export function flowOption(d: Dashboard, t: ChartText): EChartsCoreOption {
  const sum = (key: 'newEnrolments' | 'exits') => d.months.map((_, i) => d.trend.reduce((s, p) => s + (p.months[i]?.[key] ?? 0), 0));
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 40, right: 16, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: axisMonths(d, t) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: t.newEnrolments, type: 'bar', color: '#52c41a', data: sum('newEnrolments') },
      { name: t.exits, type: 'bar', color: '#fa541c', data: sum('exits').map((n) => -n) },
    ],
  };
}

export function distributionOption(d: Dashboard, t: ChartText): EChartsCoreOption {
  const children = [...d.children].sort((a, b) => total(a) - total(b));
  return {
    color: PALETTE,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 120, right: 24, top: 36, bottom: 24 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: children.map((c) => c.name), axisLabel: { width: 110, overflow: 'truncate' } },
    series: d.programs.map((p) => ({ name: t.program(p), type: 'bar', stack: 'households', data: children.map((c) => c.programs[p]?.households ?? 0) })),
  };
}

function total(c: Dashboard['children'][number]): number {
  return Object.values(c.programs).reduce((s, p) => s + p.households, 0);
}

export function fundsOption(d: Dashboard, t: ChartText): EChartsCoreOption {
  return {
    color: ['#1677ff', '#faad14'],
    tooltip: { trigger: 'item', formatter: '{b}: {c} 元 ({d}%)' },
    legend: { bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['40%', '70%'],
        label: { position: 'inside', formatter: '{d}%', color: '#fff', fontWeight: 'bold' },
        data: [
          { name: t.city, value: d.latest.cityAmount / 100 },
          { name: t.district, value: d.latest.districtAmount / 100 },
        ],
      },
    ],
  };
}
