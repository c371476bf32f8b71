import type { MainColumn, TotalGroup } from '../../../../src/domain/reports/main-table.ts';
import { useI18n } from '../../i18n/index.tsx';
import { caseLabels } from '../cases/messages.ts';
import { useLocalProgramName } from '../programs/local-names.ts';
import { reportLabels } from './code-labels.ts';
import { reportMessages, type ReportMessageKey } from './messages.ts';

/** The statistics pages' texts: `r(key)` for sentences, `program`/`state` from the cases' labels, the rest by code. */
export function useReportText() {
  const { lang, tx } = useI18n();
  const localName = useLocalProgramName();
  return {
    lang,
    r: (key: ReportMessageKey, params?: Record<string, string | number>) => tx(reportMessages, key, params),
    program: (code: string) => caseLabels[lang].program[code] ?? localName(code) ?? code,
    state: (code: string) => caseLabels[lang].state[code] ?? code,
    check: (code: string) => reportLabels[lang].check[code] ?? code,
    exitReason: (code: string) => reportLabels[lang].exitReason[code] ?? code,
    /** The monthly table's column heads and groups (the server's layout, src/domain/reports/main-table.ts). */
    column: (key: MainColumn) => reportLabels[lang].column[key],
    group: (key: TotalGroup) => reportLabels[lang].group[key],
  };
}
