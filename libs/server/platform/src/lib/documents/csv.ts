/** A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR, and their full-width forms). */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * One CSV cell: neutralised against formula injection (a leading quote makes Excel show text),
 * then quoted when it holds the separator, a quote or a line break.
 */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One CSV line as Excel in France reads it: `;` between cells, CRLF at the end. */
export function csvLine(cells: readonly string[]): string {
  return cells.map(csvCell).join(';') + '\r\n';
}

/** UTF-8's byte-order mark, which a CSV for Excel starts with (or accents break). */
export const CSV_BOM = '\uFEFF';
