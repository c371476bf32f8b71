import { useI18n } from '../../i18n/index.tsx';
import { codeLabels, registryMessages, type CodeGroup } from './messages.ts';

/** The registry page's texts: `r(key)` for sentences, `code(group, value)` for code labels. */
export function useRegistryText() {
  const { lang, tx } = useI18n();
  return {
    r: (key: keyof (typeof registryMessages)['zh-CN'], params?: Record<string, string | number>) => tx(registryMessages, key, params),
    code: (group: CodeGroup, value: string | null | undefined) => {
      if (value === null || value === undefined) return '';
      return (codeLabels[lang][group] as Record<string, string>)[value] ?? value;
    },
    options: (group: CodeGroup) => Object.entries(codeLabels[lang][group] as Record<string, string>).map(([value, label]) => ({ value, label })),
  };
}

export function yuan(fen: number): string {
  return (fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** Yuan typed in a form → integer fen, exact for two decimals. */
export function toFen(yuanValue: number | string | null | undefined): number {
  if (yuanValue === null || yuanValue === undefined || yuanValue === '') return 0;
  const [whole, frac = ''] = String(yuanValue).split('.');
  return Number(whole) * 100 + Number((frac + '00').slice(0, 2)) * (String(yuanValue).startsWith('-') ? -1 : 1);
}
