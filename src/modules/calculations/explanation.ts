import { formatYuan } from '../../domain/money.ts';
import { reasonLabel, traceStepLabel, type Lang, type ProgramResult, type TraceStep, type TraceStepCode } from '../../domain/programs/index.ts';

/** Steps whose value is money (fen); the rest are counts, dates, codes or yes/no. */
const MONEY_STEPS = new Set<TraceStepCode>([
  'standard',
  'income',
  'income_excluded',
  'social_insurance',
  'work_cost',
  'countable_income',
  'per_capita_income',
  'edge_threshold',
  'base',
  'increment',
  'increments',
  'rounding',
  'minimum',
  'amount',
  'subject_income',
  'basic_living',
  'care',
  'elderly_tier',
  'other_benefits',
  'other_benefit',
  'orphan_standard',
  'local_amount',
] as TraceStepCode[]);

const WORDS = {
  'zh-CN': { yes: '符合', no: '不符合', yuan: '元', member: '成员', urban: '城市', rural: '农村', age: (n: number) => `${n} 岁` },
  en: { yes: 'met', no: 'not met', yuan: 'yuan', member: 'member', urban: 'urban', rural: 'rural', age: (n: number) => `aged ${n}` },
} as const;

export interface ExplanationLine {
  step: string;
  label: string;
  value: string;
  param?: string;
  memberIndex?: number;
}

function valueText(step: TraceStep, lang: Lang): string {
  const w = WORDS[lang];
  if (typeof step.value === 'boolean') return step.value ? w.yes : w.no;
  if (typeof step.value === 'number' && MONEY_STEPS.has(step.step)) return `${formatYuan(step.value, { grouping: true })} ${w.yuan}`;
  // A member line carries the member's age on the calculation date.
  if (step.step === 'member' && typeof step.value === 'number') return w.age(step.value);
  if (step.value === 'urban' || step.value === 'rural') return w[step.value];
  return String(step.value);
}

/** The trace as lines a caseworker reads out: 家庭人均月收入 … 低保标准 … 补差 … 分类施保 …. */
export function explain(result: Pick<ProgramResult, 'trace' | 'reasons'>, lang: Lang, memberNames: string[] = []): { lines: ExplanationLine[]; reasons: string[] } {
  return {
    lines: result.trace.map((step) => {
      const who = step.memberIndex === undefined ? '' : `（${memberNames[step.memberIndex] ?? `${WORDS[lang].member} ${step.memberIndex + 1}`}）`;
      return {
        step: step.step,
        label: `${traceStepLabel(step.step, lang)}${who}`,
        value: valueText(step, lang),
        ...(step.param ? { param: step.param } : {}),
        ...(step.memberIndex === undefined ? {} : { memberIndex: step.memberIndex }),
      };
    }),
    reasons: result.reasons.map((r) => reasonLabel(r, lang)),
  };
}
