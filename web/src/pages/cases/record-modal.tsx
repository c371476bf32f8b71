import { Alert, App, Button, Checkbox, Form, Input, InputNumber, Space, Typography } from 'antd';
import { CameraOutlined, CloseCircleFilled, MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useEffect, useMemo, useRef, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { fieldErrors } from '../../components/form-errors.ts';
import { ResponsiveModal } from '../../components/responsive-modal.tsx';
import { SignaturePad } from '../../components/signature-pad.tsx';
import { newIdempotencyKey, submitThroughOutbox, type OutboxItem } from '../../offline/outbox.ts';
import { resizePhoto } from '../../offline/resize-image.ts';
import { casesApi, type CaseView, type RecordKind } from './api.ts';
import { useCaseText } from './labels.ts';
import { chinaTodayIso } from '../../china-date.ts';

/** Form fields a server error can sit next to; the others (staff, items) go above the form. */
const FIELDS = ['happenedOn', 'findings', 'interviewee', 'statement', 'conclusion', 'panelSize', 'attendance', 'votesFor', 'votesAgainst', 'minutes'];

/** Which records the current step takes (mirrors RECORD_RULES in src/modules/cases/records.ts). */
export const RECORD_KINDS_BY_STATE: Partial<Record<CaseView['state'], { kind: RecordKind; roles: string[] }[]>> = {
  investigation: [
    { kind: 'investigation', roles: ['community_worker', 'street_reviewer'] },
    { kind: 'neighbour_interview', roles: ['community_worker', 'street_reviewer'] },
  ],
  verification: [{ kind: 'verification', roles: ['verifier'] }],
  democratic_review: [{ kind: 'review_meeting', roles: ['community_worker', 'street_reviewer'] }],
};

/** A record of the current step: 入户调查, 邻里访问, 核对报告 or 民主评议. */
export function RecordModal({ view, kind, onClose, onDone }: { view: CaseView; kind: RecordKind; onClose(): void; onDone(v: CaseView): void }) {
  const { c, label } = useCaseText();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);

  const visit = kind === 'investigation' || kind === 'neighbour_interview';
  const [photos, setPhotos] = useState<Blob[]>([]);
  const [signatures, setSignatures] = useState<Record<string, Blob | null>>({});
  const [location, setLocation] = useState<{ latitude: number; longitude: number; accuracy?: number } | null>(null);
  const [locating, setLocating] = useState<string | null>(null);
  const [wantLocation, setWantLocation] = useState(false);
  const [busy, setBusy] = useState(false);
  const staff1 = Form.useWatch('staff1', form) as string | undefined;
  const staff2 = Form.useWatch('staff2', form) as string | undefined;
  const residentName = Form.useWatch('residentName', form) as string | undefined;

  const addPhotos = async (files: FileList | null) => {
    for (const f of Array.from(files ?? [])) {
      try {
        const small = await resizePhoto(f);
        setPhotos((p) => [...p, small]);
      } catch {
        message.error(c('photoFailed'));
      }
    }
  };

  const locate = (on: boolean) => {
    setWantLocation(on);
    if (!on) {
      setLocation(null);
      setLocating(null);
      return;
    }
    if (!('geolocation' in navigator)) return setLocating(c('locationFailed', { reason: '—' }));
    setLocating(c('locating'));
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setLocation({ latitude: pos.coords.latitude, longitude: pos.coords.longitude, accuracy: Math.round(pos.coords.accuracy) });
        setLocating(null);
      },
      (err) => setLocating(c('locationFailed', { reason: err.message || String(err.code) })),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  };

  const submit = async () => {
    setError(null);
    const v = await form.validateFields();
    const staff = [v.staff1, v.staff2].filter((s: string | undefined) => s && s.trim()) as string[];
    const body =
      kind === 'investigation'
        ? { kind, happenedOn: v.happenedOn, staff, findings: v.findings }
        : kind === 'neighbour_interview'
          ? { kind, happenedOn: v.happenedOn, staff, interviewee: v.interviewee, statement: v.statement }
          : kind === 'verification'
            ? { kind, happenedOn: v.happenedOn, items: (v.items as { source: string; declared?: string; found?: string; matches?: boolean }[]).map((i) => ({ source: i.source, declared: i.declared ?? '', found: i.found ?? '', matches: Boolean(i.matches) })), conclusion: v.conclusion }
            : { kind, happenedOn: v.happenedOn, panelSize: v.panelSize, attendance: v.attendance, votesFor: v.votesFor, votesAgainst: v.votesAgainst, minutes: v.minutes };
    setBusy(true);
    try {
      if (!visit) {
        const next = await casesApi.addRecord(view.id, body);
        message.success(c('saved'));
        onDone(next);
        return;
      }
      // A home visit goes through the phone's outbox: kept on the device, sent once (Idempotency-Key).
      const signers: OutboxItem['signatures'] = [];
      staff.forEach((name, i) => {
        const png = signatures[`staff${i + 1}`];
        if (png) signers.push({ role: 'staff', name, blob: png, filename: `签名-${name}.png` });
      });
      const resident = (v.residentName as string | undefined)?.trim() || view.headName || c('resident');
      if (signatures.resident) signers.push({ role: 'resident', name: resident, blob: signatures.resident, filename: `签名-${resident}.png` });
      const item: OutboxItem = {
        key: newIdempotencyKey(),
        caseId: view.id,
        householdId: view.householdId,
        title: `${view.headName ?? ''} · ${label('record', kind)} · ${v.happenedOn}`,
        body: { ...body, recordedAt: new Date().toISOString(), ...(location ? { location } : {}) },
        photos: photos.map((blob, i) => ({ blob, filename: `现场照片-${i + 1}.jpg` })),
        signatures: signers,
        createdAt: new Date().toISOString(),
      };
      const { sent } = await submitThroughOutbox<CaseView>(item);
      if (sent) {
        message.success(c('saved'));
        onDone(sent);
      } else {
        message.info({ content: c('queued'), key: 'outbox', duration: 8 });
        onClose();
      }
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      if (e.field && FIELDS.includes(e.field)) form.setFields(fieldErrors(e, FIELDS));
      else setError(e.message);
    } finally {
      setBusy(false);
    }
  };

  const required = [{ required: true, whitespace: true }];
  return (
    <ResponsiveModal open width={kind === 'verification' ? 860 : 560} title={label('record', kind)} okText={c('addRecord')} okButtonProps={{ loading: busy }} onOk={() => void submit()} onCancel={onClose} destroyOnHidden>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" preserve={false} initialValues={{ happenedOn: chinaTodayIso(), items: [{ source: '', matches: true }], residentName: view.headName ?? '' }}>
        <Form.Item name="happenedOn" label={c('happenedOn')} rules={[{ required: true }]}>
          <Input type="date" style={{ width: 200, maxWidth: '100%' }} />
        </Form.Item>
        {(kind === 'investigation' || kind === 'neighbour_interview') && (
          <Form.Item label={c('staff')} extra={c('staffHint')} required>
            <Space wrap>
              <Form.Item name="staff1" noStyle rules={required}>
                <Input placeholder={c('staff1')} aria-label={c('staff1')} style={{ width: 180, maxWidth: '100%' }} />
              </Form.Item>
              <Form.Item name="staff2" noStyle>
                <Input placeholder={c('staff2')} aria-label={c('staff2')} style={{ width: 180, maxWidth: '100%' }} />
              </Form.Item>
            </Space>
          </Form.Item>
        )}
        {kind === 'investigation' && (
          <Form.Item name="findings" label={c('findings')} rules={required}>
            <Input.TextArea rows={4} />
          </Form.Item>
        )}
        {kind === 'neighbour_interview' && (
          <>
            <Form.Item name="interviewee" label={c('interviewee')} rules={required}>
              <Input />
            </Form.Item>
            <Form.Item name="statement" label={c('statement')} rules={required}>
              <Input.TextArea rows={3} />
            </Form.Item>
          </>
        )}
        {visit && (
          <>
            <Form.Item label={c('photos')} extra={c('photoHint')}>
              <PhotoPicker photos={photos} onAdd={(f) => void addPhotos(f)} onRemove={(i) => setPhotos((p) => p.filter((_, n) => n !== i))} />
            </Form.Item>
            <Form.Item label={c('location')} extra={locating ?? (location ? c('located', { lat: location.latitude.toFixed(5), lng: location.longitude.toFixed(5) }) : undefined)}>
              <Checkbox data-testid="record-location" checked={wantLocation} onChange={(e) => locate(e.target.checked)}>
                {c('locationAllow')}
              </Checkbox>
            </Form.Item>
            <Form.Item label={c('signatures')} extra={c('signaturesHint')}>
              <SignaturePad label={staff1?.trim() ? c('signatureOf', { name: staff1.trim() }) : c('signatureStaff', { n: 1 })} clearText={c('clear')} testId="signature-staff1" onChange={(b) => setSignatures((s) => ({ ...s, staff1: b }))} />
              {staff2?.trim() && <SignaturePad label={c('signatureOf', { name: staff2.trim() })} clearText={c('clear')} testId="signature-staff2" onChange={(b) => setSignatures((s) => ({ ...s, staff2: b }))} />}
              <Form.Item name="residentName" noStyle>
                <Input placeholder={c('residentName')} aria-label={c('residentName')} style={{ marginBottom: 8 }} />
              </Form.Item>
              <SignaturePad label={c('signatureOf', { name: residentName?.trim() || view.headName || c('resident') })} clearText={c('clear')} testId="signature-resident" onChange={(b) => setSignatures((s) => ({ ...s, resident: b }))} />
            </Form.Item>
          </>
        )}
        {kind === 'verification' && (
          <>
            <Form.List name="items">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((f, i) => (
                    <Space key={f.key} align="baseline" wrap style={{ display: 'flex' }}>
                      <Form.Item name={[f.name, 'source']} rules={required}>
                        <Input placeholder={c('source')} aria-label={`${c('source')} ${i + 1}`} style={{ width: 170 }} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'declared']}>
                        <Input placeholder={c('declared')} aria-label={`${c('declared')} ${i + 1}`} style={{ width: 200 }} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'found']}>
                        <Input placeholder={c('found')} aria-label={`${c('found')} ${i + 1}`} style={{ width: 200 }} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'matches']} valuePropName="checked">
                        <Checkbox>{c('matches')}</Checkbox>
                      </Form.Item>
                      {fields.length > 1 && <MinusCircleOutlined onClick={() => remove(f.name)} />}
                    </Space>
                  ))}
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ source: '', matches: true })} style={{ marginBottom: 16 }}>
                    {c('addRow')}
                  </Button>
                </>
              )}
            </Form.List>
            <Form.Item name="conclusion" label={c('conclusion')} rules={required}>
              <Input.TextArea rows={3} />
            </Form.Item>
          </>
        )}
        {kind === 'review_meeting' && (
          <>
            <Typography.Paragraph type="secondary">{c('panelHint', { n: view.rules.reviewPanelMinimum })}</Typography.Paragraph>
            <Space wrap>
              {(['panelSize', 'attendance', 'votesFor', 'votesAgainst'] as const).map((name) => (
                <Form.Item key={name} name={name} label={c(name)} rules={[{ required: true }]}>
                  <InputNumber min={0} max={500} precision={0} />
                </Form.Item>
              ))}
            </Space>
            <Form.Item name="minutes" label={c('minutes')} rules={required}>
              <Input.TextArea rows={4} />
            </Form.Item>
          </>
        )}
      </Form>
    </ResponsiveModal>
  );
}

/** The camera (`capture`) on a phone, the file picker on a desk; thumbnails of what was taken. */
function PhotoPicker({ photos, onAdd, onRemove }: { photos: Blob[]; onAdd(files: FileList | null): void; onRemove(i: number): void }) {
  const { c } = useCaseText();
  const input = useRef<HTMLInputElement>(null);
  const urls = useMemo(() => photos.map((p) => URL.createObjectURL(p)), [photos]);
  useEffect(() => () => urls.forEach((u) => URL.revokeObjectURL(u)), [urls]);
  return (
    <Space wrap>
      {urls.map((u, i) => (
        <div key={u} style={{ position: 'relative' }}>
          <img src={u} alt={`${c('photos')} ${i + 1}`} data-testid="record-photo" style={{ width: 88, height: 88, objectFit: 'cover', borderRadius: 6, display: 'block' }} />
          <CloseCircleFilled aria-label={c('removePhoto')} onClick={() => onRemove(i)} style={{ position: 'absolute', top: -6, right: -6, fontSize: 18, color: '#ff4d4f', background: '#fff', borderRadius: 9 }} />
        </div>
      ))}
      <Button icon={<CameraOutlined />} onClick={() => input.current?.click()} style={{ height: 88 }}>
        {c('takePhoto')}
      </Button>
      <input
        ref={input}
        type="file"
        accept="image/*"
        capture="environment"
        multiple
        hidden
        data-testid="record-photo-input"
        onChange={(e) => {
          onAdd(e.target.files);
          e.target.value = '';
        }}
      />
    </Space>
  );
}
