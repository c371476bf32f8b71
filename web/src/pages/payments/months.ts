/** Months as 'YYYY-MM' strings, the way the API speaks them. */

/** '2026-01' → '2026-02'; '2026-12' → '2027-01'. */
export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** The months a payroll pays, joined for reading: '2026-01、2026-02'. */
export function monthsText(months: readonly string[], lang: string): string {
  return months.join(lang === 'en' ? ', ' : '、');
}
