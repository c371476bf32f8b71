import dayjs from 'dayjs';

/** Today as YYYY-MM-DD on the user's clock (the server reads dates the same way). */
export function todayIso(): string {
  return dayjs().format('YYYY-MM-DD');
}

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A server timestamp in local time, "2025-01-01 08:30". */
export function formatTimestamp(iso: string): string {
  const d = dayjs(iso);
  return d.isValid() ? d.format('YYYY-MM-DD HH:mm') : iso;
}
