import { useI18n } from '../../i18n/index.tsx';
import { useLocalProgramName } from '../programs/local-names.ts';
import { caseLabels, caseMessages } from './messages.ts';

type Group = keyof (typeof caseLabels)['zh-CN'];

/** The case pages' texts: `c(key)` for sentences, `label(group, code)` for codes. */
export function useCaseText() {
  const { lang, tx } = useI18n();
  const localName = useLocalProgramName();
  // A local program (local_…) is named by its definition.
  const name = (group: Group, code: string) => caseLabels[lang][group][code] ?? (group === 'program' ? localName(code) : undefined) ?? code;
  return {
    c: (key: keyof (typeof caseMessages)['zh-CN'], params?: Record<string, string | number>) => tx(caseMessages, key, params),
    label: (group: Group, code: string | null | undefined) => (code ? name(group, code) : ''),
    options: (group: Group, codes?: readonly string[]) => (codes ?? Object.keys(caseLabels[lang][group])).map((value) => ({ value, label: name(group, value) })),
  };
}
