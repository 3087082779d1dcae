import { stringify } from "csv-stringify/sync";
import type { Finding } from "../../domain/policy/validation/finding.ts";

export interface CsvColumn<T> {
  readonly header: string;
  readonly value: (row: T) => string | number | null | undefined;
}

const byteOrderMark = "\uFEFF";

/** `85.35` → `85,35`: no thousands separator, so Danish Excel reads it back as a number. */
function danishNumber(value: number): string {
  return String(value).replace(".", ",");
}

/**
 * Text a spreadsheet would run as a formula (`=…`, `+…`, `@…`, `-A1`) gets a leading apostrophe,
 * as OWASP advises against CSV injection; a lone dash or a negative number stays as it is.
 */
function safeText(value: string): string {
  return /^[=+@\t\r]|^-[^\s\d]/.test(value) ? `'${value}` : value;
}

/**
 * CSV for Danish Excel: semicolon-separated (the comma is the decimal separator), CRLF line
 * ends, a UTF-8 byte order mark (without it Excel reads æ, ø, å as Latin-1), numbers with a
 * decimal comma and no thousands separator, fields quoted only when they must be, formula-like
 * text defused.
 */
export function toCsv<T>(rows: readonly T[], columns: readonly CsvColumn<T>[]): string {
  const records = rows.map((row) =>
    columns.map((column) => {
      const value = column.value(row);
      if (value === null || value === undefined) return "";
      return typeof value === "number" ? danishNumber(value) : safeText(value);
    }),
  );
  return (
    byteOrderMark +
    stringify([columns.map((c) => c.header), ...records], { delimiter: ";", record_delimiter: "\r\n" })
  );
}

/** Validation findings as CSV, for the people who correct the report. */
export const findingColumns: readonly CsvColumn<Finding>[] = [
  { header: "Alvor", value: (f) => ({ error: "Fejl", warning: "Advarsel", info: "Info" })[f.severity] },
  { header: "Regel", value: (f) => f.ruleId },
  { header: "Mål", value: (f) => f.location.goalCode },
  { header: "Indsats", value: (f) => f.location.initiativeId },
  { header: "Tabel", value: (f) => f.location.table },
  { header: "Række", value: (f) => f.location.row },
  { header: "Kolonne", value: (f) => f.location.column },
  { header: "Felt", value: (f) => f.location.field },
  { header: "Besked", value: (f) => f.message },
];
