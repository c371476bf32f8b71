import { useI18n } from '../../i18n/index.tsx';
import { programLabels, programMessages, type ProgramLabelGroup, type ProgramMessageKey } from './messages.ts';

/** The local-program page's texts: `t(key)` for sentences, `label(group, code)` and `options(group)` for codes. */
export function useProgramText() {
  const { lang, tx } = useI18n();
  const labels = programLabels[lang] as Record<ProgramLabelGroup, Record<string, string>>;
  return {
    lang,
    t: (key: ProgramMessageKey, params?: Record<string, string | number>) => tx(programMessages, key, params),
    label: (group: ProgramLabelGroup, code: string | null | undefined) => (code ? (labels[group][code] ?? code) : ''),
    options: (group: ProgramLabelGroup, codes?: readonly string[]) => (codes ?? Object.keys(labels[group])).map((value) => ({ value, label: labels[group][value] ?? value })),
  };
}
