import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Table, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { errorMessageOf } from '../../components/api-error-feedback.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useSession } from '../../session.tsx';
import { paymentsApi, type Institution } from './api.ts';
import { InstitutionModal } from './institution-modal.tsx';
import { usePaymentText } from './labels.ts';
import { RevealButton } from './reveal-button.tsx';

/**
 * 供养机构: the care homes of the user's district that residents' benefits can be paid to (集中供养),
 * each with the account held in its own name. The county (and the administrator) registers them;
 * an enrolment's payee card then names one.
 */
export function InstitutionListPage() {
  const { t } = useI18n();
  const { p, label } = usePaymentText();
  const { message } = App.useApp();
  const { user, access } = useSession();
  const district = user.areaCode.slice(0, 6);
  const [items, setItems] = useState<Institution[] | null>(null);
  const [adding, setAdding] = useState(false);
  const [revealed, setRevealed] = useState<Record<number, string>>({});

  const load = useCallback(() => {
    paymentsApi.institutions({ areaCode: district }).then(
      (r) => setItems(r.items),
      (e: unknown) => {
        setItems([]);
        void message.error(errorMessageOf(e, t));
      },
    );
  }, [district, message, t]);
  useEffect(load, [load]);

  return (
    <Card
      title={p('institutions')}
      extra={
        (access.approvePayrolls || access.manageUsers) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="institution-add">
            {p('institutionRegister')}
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary">{p('institutionsHint')}</Typography.Paragraph>
      <Table
        rowKey="id"
        size="small"
        loading={items === null}
        dataSource={items ?? []}
        pagination={false}
        scroll={{ x: 640 }}
        data-testid="institution-list"
        columns={[
          { title: p('institution'), dataIndex: 'name', width: 200 },
          { title: p('institutionKind'), dataIndex: 'kind', width: 120, render: (kind: string) => label('institutionKind', kind) },
          { title: p('bankName'), dataIndex: 'bankName', width: 200 },
          {
            title: p('accountNumber'),
            dataIndex: 'bankAccount',
            render: (a: string, r) => (
              <>
                <Typography.Text style={{ fontFamily: 'monospace' }}>{revealed[r.id] ?? a}</Typography.Text>
                {!revealed[r.id] && (
                  <RevealButton reveal={() => paymentsApi.revealInstitution(r.id)} onRevealed={(v) => setRevealed((old) => ({ ...old, [r.id]: v.bankAccount }))} testId="institution-reveal" />
                )}
              </>
            ),
          },
        ]}
      />
      {adding && (
        <InstitutionModal
          areaCode={district}
          onClose={(created) => {
            setAdding(false);
            if (created) {
              void message.success(p('institutionRegistered', { name: created.name }));
              load();
            }
          }}
        />
      )}
    </Card>
  );
}
