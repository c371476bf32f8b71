import { useI18n } from '../../i18n/index.tsx';
import { caseLabels } from '../cases/messages.ts';
import { reviewLabels, reviewMessages } from './messages.ts';

type Group = keyof (typeof reviewLabels)['zh-CN'] | 'program';

/** `m(key)` for sentences, `label(group, code)` for codes, `options(group, codes)` for selects. */
export function useReviewText() {
  const { lang, tx } = useI18n();
  const label = (group: Group, code: string | null | undefined) =>
    code ? ((group === 'program' ? caseLabels[lang].program[code] : reviewLabels[lang][group][code]) ?? code) : '';
  return {
    lang,
    m: (key: keyof (typeof reviewMessages)['zh-CN'], params?: Record<string, string | number>) => tx(reviewMessages, key, params),
    label,
    options: (group: Group, codes: readonly string[]) => codes.map((value) => ({ value, label: label(group, value) })),
  };
}
