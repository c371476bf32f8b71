import { useI18n } from '../../i18n/index.tsx';
import { complaintLabels, complaintMessages } from './messages.ts';

type Group = keyof (typeof complaintLabels)['zh-CN'];

/** `m(key)` for sentences, `label(group, code)` for codes, `options(group, codes)` for selects. */
export function useComplaintText() {
  const { lang, tx } = useI18n();
  const label = (group: Group, code: string | null | undefined) => (code ? (complaintLabels[lang][group][code] ?? code) : '');
  return {
    m: (key: keyof (typeof complaintMessages)['zh-CN'], params?: Record<string, string | number>) => tx(complaintMessages, key, params),
    label,
    options: (group: Group, codes: readonly string[]) => codes.map((value) => ({ value, label: label(group, value) })),
  };
}
