import type ExcelJS from "exceljs";
import type { Issue } from "../../domain/errors.ts";
import type { Texts } from "../../domain/language.ts";

export type CellRead =
  | { readonly kind: "empty" }
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "text"; readonly value: string }
  | { readonly kind: "other"; readonly description: Texts };

/** Characters PostgreSQL cannot store in text or jsonb (NUL), or that are not Unicode (a lone surrogate). */
const NUL = String.fromCharCode(0);
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** One Excel cell as udsyn reads it: formulas by their result, rich text as its plain text. */
export function readCell(cell: ExcelJS.Cell): CellRead {
  const read = readCellValue(cell);
  // XML cannot hold NUL, but the `_x0000_` escape can; such a text would make the round unsavable.
  if (read.kind === "text" && (read.value.includes(NUL) || LONE_SURROGATE.test(read.value))) {
    return {
      kind: "other",
      description: {
        da: "en tekst med et tegn, der ikke kan gemmes (NUL eller ugyldig Unicode)",
        en: "a text with a character that cannot be stored (NUL or invalid Unicode)",
      },
    };
  }
  return read;
}

function readCellValue(cell: ExcelJS.Cell): CellRead {
  const value = cell.value;
  if (value === null || value === undefined) return { kind: "empty" };
  if (typeof value === "number") return { kind: "number", value };
  if (typeof value === "string")
    return value.trim() === "" ? { kind: "empty" } : { kind: "text", value: value.trim() };
  if (typeof value === "boolean")
    return { kind: "other", description: { da: "en sandhedsværdi", en: "a true/false value" } };
  if (value instanceof Date) return { kind: "other", description: { da: "en dato", en: "a date" } };
  if ("richText" in value) {
    const text = value.richText
      .map((r) => r.text)
      .join("")
      .trim();
    return text === "" ? { kind: "empty" } : { kind: "text", value: text };
  }
  if ("error" in value)
    return {
      kind: "other",
      description: { da: `fejlværdien ${String(value.error)}`, en: `the error value ${String(value.error)}` },
    };
  if ("result" in value) {
    const result = value.result;
    if (typeof result === "number") return { kind: "number", value: result };
    if (typeof result === "string") return { kind: "text", value: result.trim() };
    return { kind: "other", description: { da: "en formel uden tal", en: "a formula without a number" } };
  }
  if ("text" in value && typeof value.text === "string") return { kind: "text", value: value.text.trim() };
  return { kind: "other", description: { da: "en ukendt værdi", en: "an unknown value" } };
}

export function columnLetter(index: number): string {
  let n = index;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Collects every problem with its sheet, row and column, so an import can refuse with all of them. */
export class IssueCollector {
  readonly issues: Issue[] = [];

  add(sheet: string, row: number | undefined, column: string | undefined, message: Texts): void {
    this.issues.push({
      source: sheet,
      ...(row === undefined ? {} : { row }),
      ...(column === undefined ? {} : { field: column }),
      message: message.da,
      en: message.en,
    });
  }
}

export interface HeaderMap {
  /** Column index (1-based) per header text. */
  readonly columns: ReadonlyMap<string, number>;
  /** `E (2010)`: how an issue names a column. */
  name(index: number): string;
}

/** Reads row 1 and reports duplicate headers; the caller decides which headers are required. */
export function readHeader(sheet: ExcelJS.Worksheet, issues: IssueCollector): HeaderMap {
  const columns = new Map<string, number>();
  const labels = new Map<number, string>();
  sheet.getRow(1).eachCell({ includeEmpty: false }, (cell, index) => {
    const read = readCell(cell);
    const text = read.kind === "number" ? String(read.value) : read.kind === "text" ? read.value : "";
    if (text === "") return;
    labels.set(index, text);
    if (columns.has(text)) {
      issues.add(sheet.name, 1, `${columnLetter(index)} (${text})`, {
        da: `kolonnen »${text}« findes to gange`,
        en: `the column »${text}« appears twice`,
      });
      return;
    }
    columns.set(text, index);
  });
  return {
    columns,
    name: (index) => `${columnLetter(index)} (${labels.get(index) ?? ""})`,
  };
}

/** Row numbers (1-based) of the data rows that hold anything. */
export function dataRows(sheet: ExcelJS.Worksheet): readonly number[] {
  const rows: number[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    let hasValue = false;
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (readCell(cell).kind !== "empty") hasValue = true;
    });
    if (hasValue) rows.push(r);
  }
  return rows;
}
