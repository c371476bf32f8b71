import dayjs from 'dayjs';
import { chinaTodayIso } from '../../china-date.ts';

/** Today as YYYY-MM-DD in China, the calendar the server dates records by. */
export function todayIso(): string {
  return chinaTodayIso();
}

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A server timestamp in local time, "2025-01-01 08:30". */
export function formatTimestamp(iso: string): string {
  const d = dayjs(iso);
  return d.isValid() ? d.format('YYYY-MM-DD HH:mm') : iso;
}
