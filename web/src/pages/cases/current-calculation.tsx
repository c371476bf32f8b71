import { Button, List, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { registryApi } from '../../api/endpoints.ts';
import type { CalculationResult } from '../../api/types.ts';
import { ResponsiveModal } from '../../components/responsive-modal.tsx';
import { programsApi } from '../programs/api.ts';
import { usePolicyText } from '../policies/use-policy-text.ts';
import type { PolicyKey } from '../policies/api.ts';
import { yuan } from '../registry/labels.ts';
import type { CaseView } from './api.ts';
import { useCaseText } from './labels.ts';

/** States in which the amount is still open: after them it is frozen, or the case is closed. */
const CLOSED = ['approved', 'rejected', 'withdrawn'];

/**
 * Before the street approves, the amount is not frozen yet (it is frozen in that step), but the
 * street — and the worker preparing the file — must see what it would be: the household's
 * calculation as the file stands today, said to be that. It is the household calculation the
 * file's 待遇测算 tab runs (POST /households/:id/calculations, audited as a read), so both agree.
 * Asked for by the case page itself (a hook), so a re-render of the details — the phone's
 * layout — neither loses it nor asks (and audits) again.
 */
export function useCurrentCalculation(view: CaseView | null): CalculationResult | null | undefined {
  const [result, setResult] = useState<CalculationResult | null | undefined>(undefined);
  // 临时救助 has the sum asked for instead of a calculation (shown with the application).
  const wanted = view !== null && view.calculatedAmount === null && view.program !== 'temporary' && !CLOSED.includes(view.state);
  const householdId = view?.householdId ?? 0;
  const program = view?.program ?? '';
  const subjectPersonId = view?.subjectPersonId ?? null;
  const version = view?.version ?? 0;
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    const body = subjectPersonId === null ? {} : { subjectPersonId };
    const run = program.startsWith('local_') ? programsApi.evaluate(program, { householdId, ...body }) : registryApi.calculate(householdId, { program, ...body });
    // Not calculable here (another street's file, a subject missing): the page says when it will be.
    run.then(
      (r) => live && setResult(r),
      () => live && setResult(null),
    );
    return () => {
      live = false;
    };
  }, [wanted, householdId, program, subjectPersonId, version]);
  return wanted ? result : null;
}

/** The current calculation where the frozen amount will be, its lines in a dialog (a drawer on a phone). */
export function CurrentCalculation({ result }: { result: CalculationResult | null | undefined }) {
  const { c } = useCaseText();
  const { paramLabel } = usePolicyText();
  const [open, setOpen] = useState(false);
  if (result === null) return <Typography.Text type="secondary">{c('amountNotFrozen')}</Typography.Text>;
  if (result === undefined) return <Typography.Text type="secondary">{c('calculating')}</Typography.Text>;
  const headline = result.eligible ? c('currentCalculation', { amount: yuan(result.monthlyAmount) }) : c('currentNotEligible');
  return (
    <div data-testid="case-current-calculation">
      <Space size={4} wrap>
        <Tag color="orange">{c('notFrozenTag')}</Tag>
        <Typography.Text strong>{headline}</Typography.Text>
        <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setOpen(true)} data-testid="case-current-calculation-toggle">
          {c('calculationLines')}
        </Button>
      </Space>
      <div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {c('currentCalculationNote')}
        </Typography.Text>
      </div>
      {!result.eligible && result.explanation.reasons.length > 0 && <Typography.Text type="warning">{result.explanation.reasons.join('；')}</Typography.Text>}
      <ResponsiveModal open={open} title={c('calculationLines')} onCancel={() => setOpen(false)} onOk={() => setOpen(false)} okText={c('calculationHide')} cancelButtonProps={{ style: { display: 'none' } }} destroyOnHidden>
        <Space size={4} wrap style={{ marginBottom: 8 }}>
          <Tag color="orange">{c('notFrozenTag')}</Tag>
          <Typography.Text strong>{headline}</Typography.Text>
        </Space>
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {c('currentCalculationNote')}
          </Typography.Text>
        </div>
        <List
          size="small"
          data-testid="case-current-calculation-lines"
          dataSource={result.explanation.lines}
          renderItem={(l, i) => (
            <List.Item key={i} style={{ paddingInline: 0 }}>
              <div style={{ minWidth: 0 }}>
                <div>{l.label}</div>
                {l.param && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {paramLabel(l.param as PolicyKey)}
                  </Typography.Text>
                )}
              </div>
              <Typography.Text style={{ maxWidth: '50%', textAlign: 'right', marginInlineStart: 8, overflowWrap: 'anywhere' }}>{l.value}</Typography.Text>
            </List.Item>
          )}
        />
      </ResponsiveModal>
    </div>
  );
}
