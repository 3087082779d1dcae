import type ExcelJS from "exceljs";
import type { RichText } from "../../domain/policy/goals/rich-text.ts";
import { richTextFromText } from "../../domain/policy/goals/rich-text-editable.ts";
import {
  type StatusFieldKey,
  type StatusReportKind,
  statusFieldKeyForLabel,
  statusFieldKeys,
  statusFieldLabel,
} from "../../domain/policy/initiatives/status-report-layout.ts";
import { dataRows, type IssueCollector, readCell, readHeader } from "./sheet-reader.ts";
import { type BudgetWorkbook, type ImportOptions, sheets, statusColumns } from "./template.ts";

const kinds: readonly StatusReportKind[] = ["serving_goals", "beyond_goals"];

function layoutsOf(label: string, year: number): readonly StatusReportKind[] {
  return kinds.filter((kind) => statusFieldKeyForLabel(kind, label, year) !== undefined);
}

/** Reads the Statusskemaer sheet: each initiative's fields, its layout told by its labels. */
export function importStatusSheet(
  workbook: ExcelJS.Workbook,
  options: ImportOptions,
  issues: IssueCollector,
): BudgetWorkbook["statusReports"] | null {
  const sheetName = sheets.status;
  const sheet = workbook.getWorksheet(sheetName);
  if (sheet === undefined) {
    issues.add(sheetName, undefined, undefined, {
      da: `arket »${sheetName}« mangler`,
      en: `the sheet »${sheetName}« is missing`,
    });
    return null;
  }
  const header = readHeader(sheet, issues);
  let complete = true;
  for (const name of Object.values(statusColumns)) {
    if (!header.columns.has(name)) {
      issues.add(sheetName, 1, name, {
        da: `kolonnen »${name}« mangler`,
        en: `the column »${name}« is missing`,
      });
      complete = false;
    }
  }
  if (!complete) return null;
  const col = (name: string) => header.columns.get(name) ?? 0;
  const rows = new Map<string, { row: number; label: string; text: RichText }[]>();

  for (const r of dataRows(sheet)) {
    const row = sheet.getRow(r);
    const id = readCell(row.getCell(col(statusColumns.initiativeId)));
    const label = readCell(row.getCell(col(statusColumns.field)));
    const body = readCell(row.getCell(col(statusColumns.text)));
    if (id.kind !== "text") {
      issues.add(sheetName, r, header.name(col(statusColumns.initiativeId)), {
        da: "indsats-id mangler",
        en: "the initiative id is missing",
      });
      continue;
    }
    if (label.kind !== "text" || layoutsOf(label.value, options.year).length === 0) {
      const shown =
        label.kind === "text"
          ? { da: `»${label.value}«`, en: `»${label.value}«` }
          : { da: "tomt", en: "(empty)" };
      issues.add(sheetName, r, header.name(col(statusColumns.field)), {
        da: `feltet ${shown.da} findes ikke i statusskemaerne`,
        en: `the field ${shown.en} is not in the status schemas`,
      });
      continue;
    }
    if (body.kind === "other") {
      issues.add(sheetName, r, header.name(col(statusColumns.text)), {
        da: `teksten er ${body.description.da}`,
        en: `the text is ${body.description.en}`,
      });
      continue;
    }
    const value = body.kind === "empty" ? "" : body.kind === "number" ? String(body.value) : body.value;
    const list = rows.get(id.value) ?? [];
    const twin = list.find((x) => x.label === label.value);
    if (twin !== undefined) {
      issues.add(sheetName, r, header.name(col(statusColumns.field)), {
        da: `feltet »${label.value}« for ${id.value} står også i række ${twin.row}`,
        en: `the field »${label.value}« of ${id.value} also stands in row ${twin.row}`,
      });
      continue;
    }
    rows.set(id.value, [...list, { row: r, label: label.value, text: richTextFromText(value) }]);
  }

  const reports: BudgetWorkbook["statusReports"][number][] = [];
  for (const [initiativeId, fields] of rows) {
    const first = fields[0]?.row;
    const candidates = kinds.filter((kind) =>
      fields.every((f) => layoutsOf(f.label, options.year).includes(kind)),
    );
    if (candidates.length !== 1) {
      issues.add(
        sheetName,
        first,
        header.name(col(statusColumns.field)),
        candidates.length === 0
          ? {
              da: `${initiativeId} blander felter fra de to statusskemaer`,
              en: `${initiativeId} mixes fields of the two status schemas`,
            }
          : {
              da: `${initiativeId}: felterne afgør ikke, hvilket statusskema det er`,
              en: `${initiativeId}: the fields do not tell which status schema it is`,
            },
      );
      continue;
    }
    const kind = candidates[0] as StatusReportKind;
    const missing = statusFieldKeys(kind).filter(
      (key) => !fields.some((f) => f.label === statusFieldLabel(kind, key, options.year)),
    );
    for (const key of missing) {
      issues.add(sheetName, first, header.name(col(statusColumns.field)), {
        da: `${initiativeId} mangler feltet »${statusFieldLabel(kind, key, options.year)}«`,
        en: `${initiativeId} lacks the field »${statusFieldLabel(kind, key, options.year)}«`,
      });
    }
    const byKey: Partial<Record<StatusFieldKey, RichText>> = {};
    for (const f of fields) {
      const key = statusFieldKeyForLabel(kind, f.label, options.year);
      if (key !== undefined) byKey[key] = f.text;
    }
    reports.push({ initiativeId, kind, fields: byKey });
  }
  return reports;
}
