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

/**
 * A long number kept as text when Excel opens the CSV: an 18-digit ID number or a 19-digit
 * account would otherwise turn into 4.20102E+17 and lose its last digits. Excel, WPS and
 * LibreOffice read `="…"` as a formula whose value is the text inside. Only a value of digits
 * (and the X of an ID number) is wrapped, so nothing a payee typed can become a formula; any
 * other value goes through csvCell as before.
 */
export function csvNumberText(value: string): string {
  return /^[0-9]+[Xx]?$/.test(value) ? `"=""${value}"""` : csvCell(value);
}

/** Undoes csvNumberText on a cell already read from a CSV line (`="123"` → `123`). */
export function unwrapNumberText(cell: string): string {
  const m = /^="([0-9]+[Xx]?)"$/.exec(cell);
  return m ? m[1]! : cell;
}
