import ExcelJS from "exceljs";
import { type BudgetCell, cellOf } from "../../domain/policy/budget/budget-overview.ts";
import { richTextToText } from "../../domain/policy/goals/rich-text-editable.ts";
import { statusFieldKeys, statusFieldLabel } from "../../domain/policy/initiatives/status-report-layout.ts";
import {
  type BudgetWorkbook,
  budgetColumns,
  checklistColumns,
  distributionWords,
  footnoteColumns,
  headerColumns,
  headerRows,
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

  if (input.header !== undefined) {
    const head = workbook.addWorksheet(sheets.header);
    header(head, [headerColumns.field, headerColumns.value], [40, 80]);
    for (const [key, label] of Object.entries(headerRows)) {
      head.addRow([label, input.header[key as keyof typeof headerRows] ?? ""]);
    }
  }
  if (input.checklist !== undefined) {
    const list = workbook.addWorksheet(sheets.checklist);
    header(list, [checklistColumns.field, checklistColumns.message], [40, 100]);
    for (const item of input.checklist) list.addRow([item.label, item.message]);
    list.getColumn(2).alignment = { wrapText: true, vertical: "top" };
  }

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
