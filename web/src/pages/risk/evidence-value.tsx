import { useI18n } from '../../i18n/index.tsx';
import { caseLabels } from '../cases/messages.ts';
import { yuan } from '../reports/api.ts';
import { EVIDENCE_KIND_LABELS, EVIDENCE_LABELS, EVIDENCE_MONEY_KEYS, EVIDENCE_PROGRAM_KEYS } from './evidence-labels.ts';

/** The evidence key's name in the user's language (the key itself when a new rule adds one). */
export function useEvidenceLabel() {
  const { lang } = useI18n();
  return (key: string) => EVIDENCE_LABELS[lang][key] ?? key;
}

/** One evidence value: codes and fen read as words and yuan; nested records as "name：value" lines. */
export function EvidenceValue({ name, value }: { name: string; value: unknown }) {
  const { lang } = useI18n();
  const label = (key: string) => EVIDENCE_LABELS[lang][key] ?? key;
  const scalar = (key: string, v: unknown): string => {
    if (v === null || v === undefined) return '—';
    if (EVIDENCE_MONEY_KEYS.has(key) && typeof v === 'number') return `${yuan(v)} ${lang === 'en' ? 'yuan' : '元'}`;
    if (EVIDENCE_PROGRAM_KEYS.has(key) && typeof v === 'string') return caseLabels[lang].program[v] ?? v;
    if (key === 'kind' && typeof v === 'string') return EVIDENCE_KIND_LABELS[lang][v] ?? v;
    if (Array.isArray(v)) return v.map((x) => scalar(key, x)).join(lang === 'en' ? ', ' : '、');
    if (typeof v === 'object')
      return Object.entries(v)
        .map(([k, x]) => (x !== null && typeof x === 'object' && !Array.isArray(x) ? `${label(k)}${lang === 'en' ? ' (' : '（'}${scalar(k, x)}${lang === 'en' ? ')' : '）'}` : `${label(k)}${lang === 'en' ? ': ' : '：'}${scalar(k, x)}`))
        .join(lang === 'en' ? ', ' : '，');
    return String(v);
  };
  if (Array.isArray(value) && value.some((x) => typeof x === 'object' && x !== null)) {
    return (
      <ol style={{ margin: 0, paddingInlineStart: 20 }}>
        {value.map((x, i) => (
          <li key={i} style={{ overflowWrap: 'anywhere' }}>
            {scalar(name, x)}
          </li>
        ))}
      </ol>
    );
  }
  return <span style={{ overflowWrap: 'anywhere' }}>{scalar(name, value)}</span>;
}
