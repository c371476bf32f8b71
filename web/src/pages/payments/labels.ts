import { useI18n } from '../../i18n/index.tsx';
import { caseLabels } from '../cases/messages.ts';
import { useLocalPrograms } from '../programs/local-names.ts';
import { paymentLabels, paymentMessages, type PaymentMessageKey } from './messages.ts';

type Group = keyof (typeof paymentLabels)['zh-CN'];

/** The payments pages' texts: `p(key)` for sentences, `label(group, code)` for codes, `program(code)` from the cases' labels. */
export function usePaymentText() {
  const { lang, tx } = useI18n();
  const local = useLocalPrograms();
  const program = (code: string) => caseLabels[lang].program[code] ?? local.find((l) => l.code === code)?.name ?? code;
  return {
    lang,
    p: (key: PaymentMessageKey, params?: Record<string, string | number>) => tx(paymentMessages, key, params),
    label: (group: Group, code: string | null | undefined) => (code ? (paymentLabels[lang][group][code] ?? code) : ''),
    options: (group: Group, codes?: readonly string[]) => (codes ?? Object.keys(paymentLabels[lang][group])).map((value) => ({ value, label: paymentLabels[lang][group][value] ?? value })),
    program,
    /** the built-in programs given, then the local programs (地方项目) the user can see */
    programOptions: (codes: readonly string[]) => [...codes, ...local.map((l) => l.code)].map((value) => ({ value, label: program(value) })),
  };
}
