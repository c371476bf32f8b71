import { useMemo } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import type { PolicyKey } from './api.ts';
import { policyCodeLabels, policyMessages, type PolicyMessageKey } from './messages.ts';
import { formatFen, rateAsPercent } from './money.ts';
import { parameterDef, partPrefix, type ParameterKind } from './parameter-catalog.ts';

export type Params = Record<string, string | number>;

/** One line of a displayed value: a label for group parts (重度残疾 …) and the value. */
export interface ValueLine {
  label?: string;
  text: string;
}

/** The policy pages' texts and value formatting, in the user's language. */
export function usePolicyText() {
  const { lang, tx } = useI18n();
  return useMemo(() => {
    const p = (key: PolicyMessageKey, params?: Params) => tx(policyMessages, key, params);
    const codes = policyCodeLabels[lang];
    const yuan = (fen: number) => p('value.yuan', { amount: formatFen(fen) });
    const rate = (value: unknown, display: 'percent' | 'times') =>
      display === 'percent' ? p('value.percent', { pct: rateAsPercent(String(value)) }) : p('value.times', { rate: String(value) });
    const partLabel = (key: PolicyKey, part: string) => tx(policyMessages, `${partPrefix(key)}${part}`);
    const programLabel = (code: string) => codes.program[code] ?? code;
    const listSeparator = lang === 'en' ? ', ' : '、';
    // 残疾等级 are written 一级…四级 in Chinese documents
    const grade = (n: number) => (lang === 'en' ? String(n) : (['一', '二', '三', '四'][n - 1] ?? String(n)));

    const lines = (key: PolicyKey, kind: ParameterKind, value: unknown): ValueLine[] => {
      switch (kind.type) {
        case 'money':
          return [{ text: typeof value === 'number' ? yuan(value) : String(value) }];
        case 'count':
          return [{ text: p(`value.${kind.unit}`, { n: String(value) }) }];
        case 'programNumbers': {
          const entries = Object.entries((value ?? {}) as Record<string, number>);
          if (entries.length === 0) return [{ text: p('value.othersDefault') }];
          return [
            ...entries.map(([program, n]) => ({ label: programLabel(program), text: p(`value.${kind.unit}`, { n }) })),
            { text: p('value.othersDefault') },
          ];
        }
        case 'programShares':
        case 'programPeriods': {
          const entries = Object.entries((value ?? {}) as Record<string, string>);
          const others = { text: p(kind.type === 'programPeriods' ? 'value.othersMonthly' : 'value.othersDefault') };
          const text = (v: string) => (kind.type === 'programShares' ? rate(v, 'percent') : p(`period.${v}` as PolicyMessageKey));
          return [...entries.map(([program, v]) => ({ label: programLabel(program), text: text(v) })), others];
        }
        case 'rate':
          return [{ text: rate(value, kind.display) }];
        case 'rateGroup': {
          const v = (value ?? {}) as Record<string, unknown>;
          return kind.parts.map((part) => ({ label: partLabel(key, part), text: rate(v[part], 'percent') }));
        }
        case 'moneyGroup': {
          const v = (value ?? {}) as Record<string, unknown>;
          return kind.parts.map((part) => ({ label: partLabel(key, part), text: typeof v[part] === 'number' ? yuan(v[part]) : String(v[part]) }));
        }
        case 'incomeTypes': {
          const list = Array.isArray(value) ? (value as string[]) : [];
          const named = list.map((c) => (codes.incomeType as Record<string, string>)[c] ?? c);
          return [{ text: named.length ? named.join(listSeparator) : p('value.none') }];
        }
        case 'tiers': {
          const list = Array.isArray(value) ? (value as { minAge: number; amount: number }[]) : [];
          const sorted = [...list].sort((a, b) => a.minAge - b.minAge);
          return sorted.length ? sorted.map((tier) => ({ text: p('value.tier', { age: tier.minAge, amount: yuan(tier.amount) }) })) : [{ text: p('value.none') }];
        }
        case 'careGrades': {
          const list = Array.isArray(value) ? (value as { grade: number; categories?: string[] }[]) : [];
          const text = list.map((g) =>
            g.categories?.length
              ? p('value.gradeOnly', { grade: grade(g.grade), categories: g.categories.map((c) => (codes.disability as Record<string, string>)[c] ?? c).join(listSeparator) })
              : p('value.grade', { grade: grade(g.grade) }),
          );
          return [{ text: text.length ? text.join(lang === 'en' ? '; ' : '、') : p('value.none') }];
        }
      }
    };

    return {
      lang,
      p,
      yuan,
      codes,
      paramLabel: (key: PolicyKey) => tx(policyMessages, `param.${key}`),
      partLabel,
      programLabel,
      /** A parameter value as lines a person reads: "1,040.00 元", "重度残疾 30%", … */
      valueLines: (key: PolicyKey, value: unknown) => lines(key, parameterDef(key).kind, value),
      /** The same on one line, for history rows and messages. */
      valueText: (key: PolicyKey, value: unknown) =>
        lines(key, parameterDef(key).kind, value)
          .map((l) => (l.label ? `${l.label} ${l.text}` : l.text))
          .join(lang === 'en' ? '; ' : '；'),
    };
  }, [lang, tx]);
}

export type PolicyText = ReturnType<typeof usePolicyText>;
