import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import { chinaToday } from '../../china-date.ts';

/** A month as 'YYYY-MM' over antd's month picker; months not yet begun are disabled. */
export function MonthSelect({ value, onChange, id }: { value?: string; onChange?: (month: string) => void; id?: string }) {
  return (
    <DatePicker
      id={id}
      picker="month"
      format="YYYY-MM"
      allowClear={false}
      value={value ? dayjs(`${value}-01`) : null}
      onChange={(d) => d && onChange?.(d.format('YYYY-MM'))}
      disabledDate={(d) => d.isAfter(chinaToday(), 'month')}
    />
  );
}
