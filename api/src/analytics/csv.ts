import { stringify } from 'csv-stringify/sync';

export type Cell = string | number | null;

/**
 * A cell a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, or a tab or carriage return
 * that some readers skip before one) gets a leading quote: a learner named `=HYPERLINK(…)` stays
 * a name (OWASP, CSV injection).
 */
export function neutralise(cell: Cell): string {
  if (cell === null) return '';
  const text = String(cell);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** The file as French spreadsheets open it: UTF-8 with a byte order mark, `;` between cells, CRLF lines. */
export function toCsv(rows: Cell[][]): string {
  return stringify(
    rows.map((row) => row.map(neutralise)),
    { bom: true, delimiter: ';', record_delimiter: '\r\n' },
  );
}
