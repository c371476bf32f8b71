import { App, Button, Card, Descriptions, Form, Input, Radio, Space, Spin, Tabs, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { registryApi } from '../../api/endpoints.ts';
import type { HouseholdFile } from '../../api/types.ts';
import { ResponsiveModal } from '../../components/responsive-modal.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { usePhone } from '../../components/use-phone.ts';
import { ApplyModal } from '../cases/apply-modal.tsx';
import { caseMessages } from '../cases/messages.ts';
import { useSession } from '../../session.tsx';
import { CalculationTab } from './calculation-tab.tsx';
import { DocumentsTab } from './documents-tab.tsx';
import { FinancesTab } from './finances-tab.tsx';
import { HistoryTab } from './history-tab.tsx';
import { useRegistryText } from './labels.ts';
import { MembersTab } from './members-tab.tsx';
import { paperUrls } from '../../api/papers.ts';
import { PrintButton } from '../../components/print-menu.tsx';
import { RegistryMoveModal, RegistryMovesMenu, type MoveKind } from './registry-moves.tsx';
import { BenefitsTab } from './benefits-tab.tsx';
import { benefitsMessages } from './benefits-messages.ts';

/**
 * 一户一档: the household file. Every edit carries the version it started from; a 409 means
 * someone else saved first — the page says so and reloads, nothing is overwritten.
 */
export function HouseholdFilePage() {
  const { id } = useParams();
  const householdId = Number(id);
  const { t, tx } = useI18n();
  const { r } = useRegistryText();
  const { access } = useSession();
  const { message, modal } = App.useApp();
  const [file, setFile] = useState<HouseholdFile | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [applying, setApplying] = useState(false);
  const [historyKey, setHistoryKey] = useState(0);
  const [moving, setMoving] = useState<MoveKind | null>(null);
  const [form] = Form.useForm();
  const phone = usePhone();

  const reload = useCallback(async () => {
    try {
      setFile(await registryApi.file(householdId));
      setHistoryKey((k) => k + 1);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  }, [householdId]);
  useEffect(() => void reload(), [reload]);

  /**
   * Runs a change; on a version conflict explains and reloads (dialogs then close: their
   * input was based on the old version). Returns false when the dialog should stay open.
   */
  const change = useCallback(
    async (run: (f: HouseholdFile) => Promise<HouseholdFile>, onFieldError?: (e: ApiError) => void): Promise<boolean> => {
      if (!file) return false;
      try {
        setFile(await run(file));
        setHistoryKey((k) => k + 1);
        message.success(t('common.saved'));
        return true;
      } catch (e) {
        if (e instanceof ApiError && e.status === 409 && e.code === 'stale_version') {
          modal.warning({ title: r('conflict'), content: e.message });
          await reload();
          return true;
        } else if (e instanceof ApiError && onFieldError) onFieldError(e);
        else if (e instanceof ApiError) message.error(e.message);
        else throw e;
        return false;
      }
    },
    [file, message, modal, r, reload, t],
  );

  if (error) return <Card>{error}</Card>;
  if (!file) return <Spin style={{ display: 'block', marginTop: 80 }} />;

  const saveEdit = async () => {
    const v = await form.validateFields();
    const ok = await change(
      (f) =>
        registryApi.update(f.id, {
          version: f.version,
          address: v.address,
          phone: v.phone || null,
          urbanRural: v.urbanRural,
          ...(v.accountNumber ? { bankAccount: { bankName: v.bankName, accountNumber: v.accountNumber, accountHolder: v.accountHolder } } : {}),
        }),
      (e) => form.setFields([{ name: [['address', 'phone', 'urbanRural'].includes(e.field ?? '') ? e.field! : e.field?.startsWith('bankAccount') ? 'accountNumber' : 'address'], errors: [e.message] }]),
    );
    if (ok) setEditing(false);
  };

  // On a phone the actions go under the title: beside it they squeeze the title out of the header.
  const actions = (
        <Space wrap>
        <PrintButton href={paperUrls.consent(file.id)} label="consent" testId="print-consent" />
        {access.editHouseholds &&
        file.status === 'active' && (
          <Space wrap>
            {access.submitApplications && (
              <Button type="primary" onClick={() => setApplying(true)}>
                {tx(caseMessages, 'apply')}
              </Button>
            )}
            <Button
              onClick={() => {
                form.setFieldsValue({ address: file.address, phone: file.phone, urbanRural: file.urbanRural, bankName: file.bankAccount?.bankName, accountHolder: file.bankAccount?.accountHolder });
                setEditing(true);
              }}
            >
              {r('editHousehold')}
            </Button>
            <RegistryMovesMenu onOpen={setMoving} />
          </Space>
        )}
        </Space>
  );

  return (
    <Card
      title={r('fileTitle', { id: file.id })}
      extra={phone ? undefined : actions}
    >
      {phone && <div style={{ marginBottom: 12 }}>{actions}</div>}
      <Descriptions size="small" column={{ xs: 1, md: 3 }} layout={phone ? 'vertical' : 'horizontal'} bordered style={{ marginBottom: 16 }}>
        <Descriptions.Item label={r('community')}>{file.areaName}（{file.areaCode}）</Descriptions.Item>
        <Descriptions.Item label={r('address')} span={{ xs: 1, md: 2 }}>{file.address}</Descriptions.Item>
        <Descriptions.Item label={r('urbanRural')}>{file.urbanRural === 'urban' ? r('urban') : r('rural')}</Descriptions.Item>
        <Descriptions.Item label={r('phone')}>{file.phone ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={r('status')}>
          <Tag color={file.status === 'active' ? 'green' : 'default'}>{r(`status.${file.status}` as 'status.active')}</Tag> {r('version')} {file.version}
        </Descriptions.Item>
        <Descriptions.Item label={r('bank')} span="filled">
          {file.bankAccount ? `${file.bankAccount.bankName} ${file.bankAccount.accountNumberMasked}（${file.bankAccount.accountHolder}）` : '—'}
        </Descriptions.Item>
      </Descriptions>
      <Tabs
        items={[
          { key: 'members', label: r('tabMembers'), children: <MembersTab file={file} change={change} /> },
          { key: 'benefits', label: tx(benefitsMessages, 'tab'), children: <BenefitsTab file={file} refreshKey={historyKey} /> },
          { key: 'finances', label: r('tabFinances'), children: <FinancesTab file={file} change={change} /> },
          { key: 'calc', label: r('tabCalc'), children: <CalculationTab file={file} /> },
          { key: 'documents', label: r('tabDocuments'), children: <DocumentsTab file={file} onChange={() => setHistoryKey((k) => k + 1)} /> },
          { key: 'history', label: r('tabHistory'), children: <HistoryTab householdId={file.id} refreshKey={historyKey} /> },
        ]}
      />
      {moving && <RegistryMoveModal kind={moving} file={file} change={change} onClose={() => setMoving(null)} />}
      {applying && <ApplyModal householdId={file.id} areaCode={file.areaCode} members={file.members} onClose={() => setApplying(false)} />}
      <ResponsiveModal open={editing} title={r('editHousehold')} onOk={() => void saveEdit()} onCancel={() => setEditing(false)} okText={t('common.save')} cancelText={t('common.cancel')} destroyOnHidden>
        <Form form={form} layout="vertical">
          <Form.Item name="address" label={r('address')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="urbanRural" label={r('urbanRural')}>
            <Radio.Group options={[{ value: 'urban', label: r('urban') }, { value: 'rural', label: r('rural') }]} />
          </Form.Item>
          <Form.Item name="phone" label={r('phone')}>
            <Input />
          </Form.Item>
          <Form.Item name="bankName" label={r('bankName')}>
            <Input />
          </Form.Item>
          <Form.Item name="accountNumber" label={r('accountNumber')} extra={file.bankAccount?.accountNumberMasked} rules={[{ pattern: /^\d{8,30}$/, message: r('accountInvalid') }]}>
            <Input placeholder={file.bankAccount ? '' : undefined} />
          </Form.Item>
          <Form.Item name="accountHolder" label={r('accountHolder')}>
            <Input />
          </Form.Item>
        </Form>
      </ResponsiveModal>
    </Card>
  );
}

export type ChangeFn = (run: (f: HouseholdFile) => Promise<HouseholdFile>, onFieldError?: (e: ApiError) => void) => Promise<boolean>;
