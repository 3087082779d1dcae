import type ExcelJS from "exceljs";
import type { Texts } from "../../domain/language.ts";
import { dataRows, type IssueCollector, readCell, readHeader } from "./sheet-reader.ts";
import { headerColumns, headerRows, sheets, type WorkbookHeader } from "./template.ts";

type HeaderKey = keyof typeof headerRows;
const keyOf = new Map<string, HeaderKey>(
  Object.entries(headerRows).map(([key, label]) => [label, key as HeaderKey]),
);
const nullable = new Set<HeaderKey>(["caseNumber", "documentNumber", "caseworker"]);

/** What a value of the letterhead must look like, in the words of the message that refuses it. */
function problem(key: HeaderKey, value: string | null): Texts | undefined {
  if (value === null) return nullable.has(key) ? undefined : { da: "udfyld feltet", en: "fill in the field" };
  if (key === "requestDate" && !/^\d{4}-\d{2}-\d{2}$/.test(value))
    return {
      da: "skriv datoen som ÅÅÅÅ-MM-DD, fx 2011-03-01",
      en: "write the date as YYYY-MM-DD, e.g. 2011-03-01",
    };
  if (key === "requestedByCode" && !/^[A-ZÆØÅ]{2,6}$/.test(value))
    return {
      da: "skriv forvaltningens kode, fx BIF",
      en: "write the administration's code, e.g. BIF",
    };
  return undefined;
}

/**
 * The letterhead sheet read back; undefined when the workbook has none (a template made before it
 * was part of it), so the round's letterhead stays as it is.
 */
export function importHeaderSheet(
  workbook: ExcelJS.Workbook,
  issues: IssueCollector,
): WorkbookHeader | undefined {
  const sheet = workbook.getWorksheet(sheets.header);
  if (sheet === undefined) return undefined;
  const header = readHeader(sheet, issues);
  const field = header.columns.get(headerColumns.field);
  const value = header.columns.get(headerColumns.value);
  if (field === undefined || value === undefined) {
    for (const name of Object.values(headerColumns)) {
      if (!header.columns.has(name))
        issues.add(sheets.header, 1, name, {
          da: `kolonnen »${name}« mangler`,
          en: `the column »${name}« is missing`,
        });
    }
    return undefined;
  }
  const read: Partial<Record<HeaderKey, string | null>> = {};
  for (const r of dataRows(sheet)) {
    const f = readCell(sheet.getRow(r).getCell(field));
    const key = f.kind === "text" ? keyOf.get(f.value) : undefined;
    if (key === undefined) {
      issues.add(sheets.header, r, header.name(field), {
        da: `ukendt felt; brug et af: ${Object.values(headerRows).join(", ")}`,
        en: `unknown field; use one of: ${Object.values(headerRows).join(", ")}`,
      });
      continue;
    }
    const v = readCell(sheet.getRow(r).getCell(value));
    const text = v.kind === "text" ? v.value : v.kind === "number" ? String(v.value) : null;
    if (v.kind === "other") {
      issues.add(sheets.header, r, header.name(value), {
        da: `skriv feltet som tekst, ikke ${v.description.da}`,
        en: `write the field as text, not ${v.description.en}`,
      });
      continue;
    }
    const wrong = problem(key, text);
    if (wrong !== undefined) issues.add(sheets.header, r, header.name(value), wrong);
    read[key] = text;
  }
  for (const [key, label] of Object.entries(headerRows)) {
    if (!(key in read))
      issues.add(sheets.header, undefined, headerColumns.field, {
        da: `feltet »${label}« mangler`,
        en: `the field »${label}« is missing`,
      });
  }
  if (Object.keys(read).length < Object.keys(headerRows).length) return undefined;
  return {
    title: read.title ?? "",
    requestDate: read.requestDate ?? "",
    caseNumber: read.caseNumber ?? null,
    documentNumber: read.documentNumber ?? null,
    caseworker: read.caseworker ?? null,
    requestedByCode: read.requestedByCode ?? "",
  };
}
