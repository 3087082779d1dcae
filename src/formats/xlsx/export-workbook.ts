import ExcelJS from "exceljs";
import { type BudgetCell, cellOf } from "../../domain/policy/budget/budget-overview.ts";
import { richTextToText } from "../../domain/policy/goals/rich-text-editable.ts";
import { statusFieldKeys, statusFieldLabel } from "../../domain/policy/initiatives/status-report-layout.ts";
import {
  type BudgetWorkbook,
  budgetColumns,
  distributionWords,
  footnoteColumns,
  sheets,
  statusColumns,
  type WorkbookOptions,
} from "./template.ts";

function cellValue(cell: BudgetCell): number | string | null {
  switch (cell.kind) {
    case "amount":
      return cell.amount;
    case "dash":
      return "-";
    case "blank":
      return null;
  }
}

function header(sheet: ExcelJS.Worksheet, labels: readonly string[], widths: readonly number[]): void {
  sheet.addRow([...labels]);
  const row = sheet.getRow(1);
  row.font = { bold: true };
  row.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8EDF2" } };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  widths.forEach((w, i) => {
    sheet.getColumn(i + 1).width = w;
  });
}

/** The template filled with a round's budget, status schemas and footnotes. */
export async function exportWorkbook(input: BudgetWorkbook, options: WorkbookOptions): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "udsyn";

  const budget = workbook.addWorksheet(sheets.budget);
  const c = budgetColumns;
  header(
    budget,
    [
      c.table,
      c.initiativeId,
      c.initiative,
      c.line,
      c.subLine,
      c.subLineName,
      ...input.years.map(String),
      c.statedTotal,
      c.distribution,
      c.footnote,
    ],
    [22, 28, 44, 28, 30, 34, ...input.years.map(() => 13), 14, 11, 9],
  );
  for (const table of input.tables) {
    for (const line of table.lines) {
      budget.addRow([
        table.id,
        line.initiativeId ?? "",
        line.label,
        line.id,
        "",
        "",
        ...input.years.map((y) => cellValue(cellOf(line.cells, y))),
        line.statedTotal?.amount ?? null,
        distributionWords[line.distribution.kind],
        line.footnoteMarkers.join(" "),
      ]);
      for (const sub of line.subLines) {
        budget.addRow([
          table.id,
          line.initiativeId ?? "",
          line.label,
          line.id,
          sub.id,
          sub.label,
          ...input.years.map((y) => cellValue(cellOf(sub.cells, y))),
          null,
          "",
          "",
        ]);
      }
    }
  }
  const firstYear = 7;
  for (let col = firstYear; col <= firstYear + input.years.length; col++)
    budget.getColumn(col).numFmt = "#,##0";

  const status = workbook.addWorksheet(sheets.status);
  header(status, [statusColumns.initiativeId, statusColumns.field, statusColumns.text], [30, 40, 120]);
  for (const report of input.statusReports) {
    for (const key of statusFieldKeys(report.kind)) {
      const text = report.fields[key];
      if (text === undefined) continue;
      status.addRow([
        report.initiativeId,
        statusFieldLabel(report.kind, key, options.year),
        richTextToText(text),
      ]);
    }
  }
  status.getColumn(3).alignment = { wrapText: true, vertical: "top" };

  const footnotes = workbook.addWorksheet(sheets.footnotes);
  header(footnotes, [footnoteColumns.marker, footnoteColumns.text], [10, 120]);
  for (const footnote of input.footnotes) footnotes.addRow([footnote.marker, footnote.text]);
  footnotes.getColumn(2).alignment = { wrapText: true, vertical: "top" };

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
