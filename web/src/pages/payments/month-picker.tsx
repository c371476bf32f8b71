import { DatePicker } from 'antd';
import dayjs from 'dayjs';

interface Props {
  value?: string;
  onChange?: (month: string | undefined) => void;
  id?: string;
  placeholder?: string;
  allowClear?: boolean;
  style?: React.CSSProperties;
}

/** A month as 'YYYY-MM' — a form control (value/onChange) over antd's month picker. */
export function MonthPicker({ value, onChange, id, placeholder, allowClear = true, style }: Props) {
  return (
    <DatePicker
      id={id}
      picker="month"
      format="YYYY-MM"
      value={value ? dayjs(`${value}-01`) : null}
      onChange={(d) => onChange?.(d ? d.format('YYYY-MM') : undefined)}
      placeholder={placeholder}
      allowClear={allowClear}
      style={style}
    />
  );
}
