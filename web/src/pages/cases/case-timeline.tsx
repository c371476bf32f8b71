import { Card, Timeline, Typography } from 'antd';
import type { CaseView } from './api.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useCaseText } from './labels.ts';

/** Every step, record and objection of the case, oldest first, with who did it and why. */
export function CaseTimeline({ view }: { view: CaseView }) {
  const { lang } = useI18n();
  const { c, label } = useCaseText();
  return (
    <Card size="small" title={c('timeline')}>
      <Timeline
        items={view.events.map((e) => {
          const moved = e.fromState !== e.toState && e.toState;
          return {
            color: e.action === 'reject' || e.action === 'withdraw' ? 'red' : e.action === 'confirm' ? 'green' : e.action.includes('.') ? 'gray' : 'blue',
            children: (
              <>
                <div>
                  <Typography.Text strong>{label('action', e.action)}</Typography.Text>
                  {moved && (
                    <Typography.Text type="secondary">
                      {' '}
                      {e.fromState ? `${label('state', e.fromState)} → ` : '→ '}
                      {label('state', e.toState)}
                    </Typography.Text>
                  )}
                </div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateTime(e.at, lang)} · {e.actorName || e.actorUsername || c('system')}
                </Typography.Text>
                {e.comment && <div>{e.comment}</div>}
              </>
            ),
          };
        })}
      />
    </Card>
  );
}
