/**
 * One CSV cell as a spreadsheet will read it. A cell that begins with `=`, `+`, `-` or `@` is
 * taken by Excel, WPS and LibreOffice as a formula (CSV injection: a payee named
 * `=HYPERLINK(…)` would run in the bank clerk's spreadsheet); tab and CR do the same in some
 * of them. Such a cell is prefixed with `'`, which the spreadsheet shows as text and hides.
 * Quotes, commas and line breaks are then quoted the RFC 4180 way.
 */
export function csvCell(value: string): string {
  const text = neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One CSV line of cells, without its line break. */
export function csvLine(cells: readonly string[]): string {
  return cells.map(csvCell).join(',');
}
