import { Alert, Checkbox, Form, Input, InputNumber, Select, Switch } from 'antd';
import { ResponsiveModal } from '../../components/responsive-modal.tsx';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { fieldErrors } from '../../components/form-errors.ts';
import { toFen } from '../registry/labels.ts';
import { CHECKLIST_ITEMS, casesApi, PERSON_PROGRAMS, PROGRAMS, TEMPORARY_EVENTS, TEMPORARY_TYPES, type ChecklistItem, type NewApplication, type Program, type TemporaryType } from './api.ts';
import { programsApi, type LocalProgram } from '../programs/api.ts';
import { useCaseText } from './labels.ts';

/** Programs on the full path, where a democratic review may be held (src/domain/cases/states.ts). */
const FULL_PATH: readonly Program[] = ['dibao', 'tekun', 'temporary'];
const FIELDS = ['program', 'subjectPersonId', 'checklist', 'temporaryType', 'temporaryEvent', 'requestedAmount', 'eventDescription'] as const;

interface Values {
  /** a built-in program or a local one (local_…) */
  program: string;
  subjectPersonId?: number;
  democraticReview: boolean;
  checklist: ChecklistItem[];
  temporaryType?: TemporaryType;
  temporaryEvent?: NewApplication['temporaryEvent'];
  /** yuan, as typed */
  requestedAmount?: number;
  eventDescription?: string;
}

/** 申请救助 from the household file; on success the new case opens (waiting for the street to accept it). */
export function ApplyModal({ householdId, areaCode, members, onClose }: { householdId: number; areaCode: string; members: { id: number; name: string; relation: string }[]; onClose(): void }) {
  const { c, options } = useCaseText();
  // 地方项目: the programs running where the household lives, after the built-in ones.
  const [local, setLocal] = useState<LocalProgram[]>([]);
  useEffect(() => {
    let live = true;
    programsApi
      .list({ appliesTo: areaCode, activeOnly: 'true' })
      .then((r) => live && setLocal(r.items))
      .catch(() => live && setLocal([]));
    return () => {
      live = false;
    };
  }, [areaCode]);
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const program = Form.useWatch('program', form);
  const temporaryType = Form.useWatch('temporaryType', form);
  const localProgram = local.find((l) => l.code === program);
  const perPerson = program !== undefined && ((PERSON_PROGRAMS as readonly string[]).includes(program) || localProgram?.subject === 'person');
  const fullPath = program !== undefined && (FULL_PATH as readonly string[]).includes(program);
  const temporary = program === 'temporary';
  // 一事一档: the events of the chosen type (a serious illness may be either).
  const events = Object.keys(TEMPORARY_EVENTS).filter((e) => !temporaryType || TEMPORARY_EVENTS[e]!.includes(temporaryType));

  const submit = async () => {
    setError(null);
    const v = await form.validateFields();
    setBusy(true);
    try {
      const created = await casesApi.apply({
        householdId,
        program: v.program as NewApplication["program"],
        ...(perPerson && v.subjectPersonId ? { subjectPersonId: v.subjectPersonId } : {}),
        democraticReview: fullPath && v.democraticReview,
        checklist: v.checklist,
        ...(temporary
          ? {
              temporaryType: v.temporaryType,
              temporaryEvent: v.temporaryEvent,
              ...(v.requestedAmount !== undefined && v.requestedAmount !== null ? { requestedAmount: toFen(v.requestedAmount) } : {}),
              ...(v.eventDescription?.trim() ? { eventDescription: v.eventDescription.trim() } : {}),
            }
          : {}),
      });
      navigate(`/cases/${created.id}`);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      if (e.field && (FIELDS as readonly string[]).includes(e.field.split('.')[0]!)) form.setFields(fieldErrors<Values>(e, [...FIELDS]));
      else setError(e.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <ResponsiveModal open width={640} title={c('applyTitle')} okText={c('apply')} confirmLoading={busy} onOk={() => void submit()} onCancel={onClose} destroyOnHidden>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} data-testid="apply-error" />}
      <Form form={form} name="apply" layout="vertical" preserve={false} initialValues={{ program: 'dibao', democraticReview: false, checklist: ['application_form', 'id_cards', 'household_register', 'consent'] }}>
        <Form.Item name="program" label={c('program')} rules={[{ required: true }]}>
          <Select
            options={[
              ...options('program', PROGRAMS),
              ...local.map((l) => ({ value: l.code, label: `${l.name}（${c('localProgram')}）` })),
            ]}
          />
        </Form.Item>
        {perPerson && (
          <Form.Item name="subjectPersonId" label={c('subject')} extra={localProgram ? c('subjectHintLocal') : c('subjectHint')} rules={[{ required: true }]}>
            <Select options={members.map((m) => ({ value: m.id, label: m.name }))} />
          </Form.Item>
        )}
        {temporary && (
          <>
            <Form.Item name="temporaryType" label={c('temporaryType')} rules={[{ required: true, message: c('temporaryRequired') }]}>
              <Select
                options={options('temporaryType', TEMPORARY_TYPES)}
                onChange={(t: TemporaryType) => {
                  const event = form.getFieldValue('temporaryEvent') as string | undefined;
                  if (event && !TEMPORARY_EVENTS[event]?.includes(t)) form.setFieldValue('temporaryEvent', undefined);
                }}
                data-testid="apply-temporary-type"
              />
            </Form.Item>
            <Form.Item name="temporaryEvent" label={c('temporaryEvent')} rules={[{ required: true, message: c('temporaryRequired') }]}>
              <Select options={options('temporaryEvent', events)} data-testid="apply-temporary-event" />
            </Form.Item>
            <Form.Item name="requestedAmount" label={c('requestedAmountYuan')} rules={[{ required: true, message: c('requestedAmountRequired') }]}>
              <InputNumber min={0.01} max={1_000_000} precision={2} style={{ width: 200 }} data-testid="apply-requested-amount" />
            </Form.Item>
            <Form.Item name="eventDescription" label={c('eventDescription')}>
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
          </>
        )}
        {fullPath && (
          <Form.Item name="democraticReview" label={c('democraticReview')} extra={c('democraticReviewHint')} valuePropName="checked">
            <Switch />
          </Form.Item>
        )}
        <Form.Item name="checklist" label={c('checklist')}>
          <Checkbox.Group options={options('checklist', CHECKLIST_ITEMS)} />
        </Form.Item>
      </Form>
    </ResponsiveModal>
  );
}
