import { Button, List, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { registryApi } from '../../api/endpoints.ts';
import type { CalculationResult } from '../../api/types.ts';
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
 */
export function CurrentCalculation({ view }: { view: CaseView }) {
  const { c } = useCaseText();
  const { paramLabel } = usePolicyText();
  const [result, setResult] = useState<CalculationResult | null | undefined>(undefined);
  const [open, setOpen] = useState(false);
  // 临时救助 has the sum asked for instead of a calculation (shown with the application).
  const wanted = view.calculatedAmount === null && view.program !== 'temporary' && !CLOSED.includes(view.state);
  const { householdId, program, subjectPersonId, version } = view;

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

  if (!wanted || result === null) return <Typography.Text type="secondary">{c('amountNotFrozen')}</Typography.Text>;
  if (result === undefined) return <Typography.Text type="secondary">{c('calculating')}</Typography.Text>;
  return (
    <div data-testid="case-current-calculation">
      <Space size={4} wrap>
        <Tag color="orange">{c('notFrozenTag')}</Tag>
        <Typography.Text strong>{result.eligible ? c('currentCalculation', { amount: yuan(result.monthlyAmount) }) : c('currentNotEligible')}</Typography.Text>
        <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setOpen((o) => !o)} data-testid="case-current-calculation-toggle">
          {open ? c('calculationHide') : c('calculationLines')}
        </Button>
      </Space>
      <div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {c('currentCalculationNote')}
        </Typography.Text>
      </div>
      {!result.eligible && result.explanation.reasons.length > 0 && <Typography.Text type="warning">{result.explanation.reasons.join('；')}</Typography.Text>}
      {open && (
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
      )}
    </div>
  );
}
