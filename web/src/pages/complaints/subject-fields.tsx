import { Form, Input, Select, Spin } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { registryApi } from '../../api/endpoints.ts';
import { complaintsApi, type ComplaintDetail } from './api.ts';
import { useComplaintText } from './text.ts';

type Option = { value: string; label: string };

/** A select that asks the server as the user types (after a pause), keeping the current choice listed. */
function RemoteSelect({ id, value, onChange, initial, placeholder, search, testId }: { id?: string; value?: string; onChange?: (v: string | undefined) => void; initial: Option[]; placeholder: string; search: (q: string) => Promise<Option[]>; testId: string }) {
  const { m } = useComplaintText();
  const [options, setOptions] = useState<Option[]>(initial);
  const [loading, setLoading] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef('');
  useEffect(() => () => clearTimeout(timer.current), []);
  const onSearch = (q: string) => {
    clearTimeout(timer.current);
    latest.current = q.trim();
    if (!latest.current) return;
    timer.current = setTimeout(() => {
      const asked = latest.current;
      setLoading(true);
      void search(asked)
        .then((found) => {
          if (asked !== latest.current) return;
          const current = options.filter((o) => o.value === value);
          setOptions([...current, ...found.filter((o) => o.value !== value)]);
        })
        .finally(() => setLoading(false));
    }, 300);
  };
  return (
    <Select
      id={id}
      value={value}
      onChange={(v?: string) => onChange?.(v)}
      options={options}
      placeholder={placeholder}
      showSearch={{ filterOption: false, onSearch }}
      allowClear
      notFoundContent={loading ? <Spin size="small" /> : m('noMatch')}
      data-testid={testId}
      style={{ width: '100%' }}
    />
  );
}

/**
 * 被反映对象: the household (or one of its members) found by name, ID digits or pinyin initials
 * in the user's area, and a member of staff by name or login. Values: `h:<householdId>`,
 * `p:<personId>:<householdId>`, the user's id as a string. Without a complaint (the register form)
 * the pickers start empty.
 */
export function SubjectFields({ c }: { c?: ComplaintDetail }) {
  const { m } = useComplaintText();
  const current: Option[] = c?.subjectHouseholdId
    ? [{ value: c.subjectPersonId ? `p:${c.subjectPersonId}:${c.subjectHouseholdId}` : `h:${c.subjectHouseholdId}`, label: [m('household', { id: c.subjectHouseholdId, name: c.subjectHouseholdName ?? '' }), c.subjectPersonName].filter(Boolean).join(' · ') }]
    : [];
  const currentUser: Option[] = c?.subjectUserId ? [{ value: String(c.subjectUserId), label: c.subjectUserName ?? String(c.subjectUserId) }] : [];
  const searchPersons = async (q: string): Promise<Option[]> => {
    const hits = (await registryApi.persons(q)).items;
    const households = [...new Map(hits.map((h) => [h.householdId, h])).values()];
    return [
      ...hits.map((h) => ({ value: `p:${h.id}:${h.householdId}`, label: m('memberOf', { name: h.name, idNumber: h.idNumberMasked, id: h.householdId }) })),
      ...households.map((h) => ({ value: `h:${h.householdId}`, label: m('wholeHousehold', { id: h.householdId, area: h.areaName, address: h.address }) })),
    ];
  };
  const searchStaff = async (q: string): Promise<Option[]> => (await complaintsApi.subjectStaff(q)).items.map((u) => ({ value: String(u.id), label: `${u.displayName}（${u.areaCode}）` }));
  return (
    <>
      <Form.Item name="subjectTarget" label={m('subjectTarget')} initialValue={current[0]?.value}>
        <RemoteSelect initial={current} placeholder={m('subjectTargetHint')} search={searchPersons} testId="complaint-subject-target" />
      </Form.Item>
      <Form.Item name="subjectUser" label={m('subjectUser')} initialValue={currentUser[0]?.value}>
        <RemoteSelect initial={currentUser} placeholder={m('subjectStaffHint')} search={searchStaff} testId="complaint-subject-user" />
      </Form.Item>
      <Form.Item name="subjectNote" label={m('subjectNote')} initialValue={c?.subjectNote ?? undefined}>
        <Input maxLength={200} />
      </Form.Item>
    </>
  );
}

/** The subject form's values as the API takes them. */
export function subjectBody(v: { subjectTarget?: string; subjectUser?: string; subjectNote?: string }) {
  const [kind, a, b] = (v.subjectTarget ?? '').split(':');
  return {
    subjectHouseholdId: kind === 'h' ? Number(a) : kind === 'p' ? Number(b) : null,
    subjectPersonId: kind === 'p' ? Number(a) : null,
    subjectUserId: v.subjectUser ? Number(v.subjectUser) : null,
    subjectNote: v.subjectNote?.trim() || null,
  };
}

/** The same values for registering a complaint, which leaves out what is not given instead of sending null. */
export function newSubjectBody(v: { subjectTarget?: string; subjectUser?: string; subjectNote?: string }) {
  const s = subjectBody(v);
  return { subjectHouseholdId: s.subjectHouseholdId ?? undefined, subjectPersonId: s.subjectPersonId ?? undefined, subjectUserId: s.subjectUserId ?? undefined, subjectNote: s.subjectNote ?? undefined };
}
