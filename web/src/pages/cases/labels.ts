import { useI18n } from '../../i18n/index.tsx';
import { caseLabels, caseMessages } from './messages.ts';

type Group = keyof (typeof caseLabels)['zh-CN'];

/** The case pages' texts: `c(key)` for sentences, `label(group, code)` for codes. */
export function useCaseText() {
  const { lang, tx } = useI18n();
  return {
    c: (key: keyof (typeof caseMessages)['zh-CN'], params?: Record<string, string | number>) => tx(caseMessages, key, params),
    label: (group: Group, code: string | null | undefined) => (code ? (caseLabels[lang][group][code] ?? code) : ''),
    options: (group: Group, codes?: readonly string[]) => (codes ?? Object.keys(caseLabels[lang][group])).map((value) => ({ value, label: caseLabels[lang][group][value] ?? value })),
  };
}
