import ExcelJS from "exceljs";
import { DomainError } from "../../domain/errors.ts";
import { formatNumber } from "../../domain/format.ts";
import { importBudgetSheet } from "./import-budget-sheet.ts";
import { importHeaderSheet } from "./import-header-sheet.ts";
import { importStatusSheet } from "./import-status-sheet.ts";
import { dataRows, IssueCollector, readCell, readHeader } from "./sheet-reader.ts";
import { type BudgetWorkbook, footnoteColumns, type ImportOptions, sheets } from "./template.ts";
import { aboutFile, checkWorkbookSize, MAX_SHEET_ROWS, notAWorkbook } from "./workbook-limits.ts";

function importFootnotes(workbook: ExcelJS.Workbook, issues: IssueCollector): BudgetWorkbook["footnotes"] {
  const sheet = workbook.getWorksheet(sheets.footnotes);
  if (sheet === undefined) {
    issues.add(sheets.footnotes, undefined, undefined, {
      da: `arket »${sheets.footnotes}« mangler`,
      en: `the sheet »${sheets.footnotes}« is missing`,
    });
    return [];
  }
  const header = readHeader(sheet, issues);
  const marker = header.columns.get(footnoteColumns.marker);
  const text = header.columns.get(footnoteColumns.text);
  if (marker === undefined || text === undefined) {
    for (const name of Object.values(footnoteColumns)) {
      if (!header.columns.has(name))
        issues.add(sheets.footnotes, 1, name, {
          da: `kolonnen »${name}« mangler`,
          en: `the column »${name}« is missing`,
        });
    }
    return [];
  }
  const footnotes: { marker: string; text: string }[] = [];
  for (const r of dataRows(sheet)) {
    const m = readCell(sheet.getRow(r).getCell(marker));
    const t = readCell(sheet.getRow(r).getCell(text));
    const markerText = m.kind === "text" ? m.value : m.kind === "number" ? String(m.value) : "";
    if (!/^(\*+|\d+)$/.test(markerText)) {
      issues.add(sheets.footnotes, r, header.name(marker), {
        da: "fodnotemarkøren skal være *, ** … eller et tal",
        en: "the footnote marker must be *, ** … or a number",
      });
      continue;
    }
    if (t.kind !== "text") {
      issues.add(sheets.footnotes, r, header.name(text), {
        da: "fodnoten har ingen tekst",
        en: "the footnote has no text",
      });
      continue;
    }
    if (footnotes.some((f) => f.marker === markerText)) {
      issues.add(sheets.footnotes, r, header.name(marker), {
        da: `fodnote ${markerText} findes to gange`,
        en: `footnote ${markerText} appears twice`,
      });
      continue;
    }
    footnotes.push({ marker: markerText, text: t.value });
  }
  return footnotes;
}

/**
 * Reads a filled-in template back. All or nothing: any problem (a missing sheet or column, text
 * in an amount cell, a year out of range, a duplicate line or field …) refuses the whole file with
 * a DomainError('invalid_input') that lists every problem with its sheet, row and column.
 */
export async function importWorkbook(
  buffer: Buffer | ArrayBuffer,
  options: ImportOptions,
): Promise<BudgetWorkbook> {
  const { fileName } = options;
  // Refused before ExcelJS inflates it: a zip bomb or a million-row sheet costs nothing here.
  await checkWorkbookSize(buffer, fileName);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as ArrayBuffer);
  } catch {
    throw notAWorkbook(fileName);
  }
  // A few rows can still claim a far row number (`<row r="1000000">`); every sheet is read row
  // by row up to its last, so the last row number is capped too.
  for (const sheet of workbook.worksheets) {
    if (sheet.rowCount > MAX_SHEET_ROWS + 1) {
      throw new DomainError(
        "invalid_input",
        aboutFile(fileName, {
          da: `arket »${sheet.name}« går til række ${formatNumber(sheet.rowCount)}; højst ${formatNumber(MAX_SHEET_ROWS)} rækker under overskriften kan indlæses.`,
          en: `the sheet "${sheet.name}" goes to row ${formatNumber(sheet.rowCount, 0, "en")}; at most ${formatNumber(MAX_SHEET_ROWS, 0, "en")} rows below the header can be imported.`,
        }),
        [
          {
            source: sheet.name,
            row: sheet.rowCount,
            message: `for mange rækker (højst ${MAX_SHEET_ROWS})`,
            en: `too many rows (at most ${MAX_SHEET_ROWS})`,
          },
        ],
      );
    }
  }
  const issues = new IssueCollector();
  const budget = importBudgetSheet(workbook, options, issues);
  const statusReports = importStatusSheet(workbook, options, issues);
  const footnotes = importFootnotes(workbook, issues);
  const header = importHeaderSheet(workbook, issues);
  if (issues.issues.length > 0 || budget === null || statusReports === null) {
    const count = issues.issues.length;
    throw new DomainError(
      "invalid_input",
      {
        da: `Regnearket har ${count} fejl; intet er indlæst.`,
        en: `The spreadsheet has ${count} ${count === 1 ? "error" : "errors"}; nothing has been imported.`,
      },
      issues.issues,
    );
  }
  return { ...budget, footnotes, statusReports, ...(header === undefined ? {} : { header }) };
}
