import { AutoComplete, Input } from 'antd';
import type { Area } from '../../api/types.ts';

interface Props {
  value?: string;
  onChange?: (code: string) => void;
  id?: string;
  placeholder?: string;
  /** The user's own area and the areas directly below it, offered as choices. */
  userArea: string;
  userAreaName?: string;
  children: Area[];
  width?: number | string;
}

/** An area code: typed (any code within the user's scope) or picked from the user's area and its children. */
export function AreaCodeInput({ value, onChange, id, placeholder, userArea, userAreaName, children, width = 260 }: Props) {
  const all = [{ code: userArea, name: userAreaName ?? '' }, ...children.map((c) => ({ code: c.code, name: c.name }))];
  const typed = (value ?? '').trim();
  const options = all
    .filter((a) => !typed || a.code.startsWith(typed) || a.name.includes(typed) || typed === a.code)
    .map((a) => ({ value: a.code, label: a.name ? `${a.code} ${a.name}` : a.code }));
  return (
    <AutoComplete id={id} value={value} onChange={(v: string) => onChange?.(v.trim())} options={options} style={{ width, maxWidth: '100%' }} popupMatchSelectWidth={false}>
      <Input placeholder={placeholder} allowClear inputMode="numeric" maxLength={12} data-testid="area-code" />
    </AutoComplete>
  );
}
