import ExcelJS from "exceljs";
import {
  changeTableHead,
  evaluationTitle,
  shareTableHead,
  WITHHELD,
} from "../../domain/register/evaluation/evaluation-view.ts";
import type { PublishedEvaluation } from "../../domain/register/evaluation/letting-evaluation.ts";

export const EVALUATION_SHEETS = { change: "Ændring", shares: "Andele" } as const;

const cell = (value: number | null): number | string => value ?? WITHHELD;

/**
 * The evaluation as a workbook: a header naming the batch, the years and the definitions, then
 * the change table and the shares; a withheld cell is "–" and the notes say why.
 */
export async function lettingEvaluationWorkbook(e: PublishedEvaluation): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "udsyn";
  const header = (sheet: ExcelJS.Worksheet, head: readonly string[]) => {
    sheet.addRow([evaluationTitle(e)]).font = { bold: true, size: 13 };
    sheet.addRow([`Registerdata: batch »${e.batch.name}« (nr. ${e.batch.id}); år ${e.from} og ${e.to}`]);
    for (const line of e.definition.text) sheet.addRow([line]);
    for (const note of e.notes) sheet.addRow([note]);
    sheet.addRow([]);
    const row = sheet.addRow([...head]);
    row.font = { bold: true };
    row.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8EDF2" } };
    sheet.getColumn(1).width = 28;
    for (let i = 2; i <= head.length; i++) sheet.getColumn(i).width = 18;
  };
  const change = workbook.addWorksheet(EVALUATION_SHEETS.change);
  header(change, changeTableHead);
  for (const row of [...e.rows, e.all])
    change.addRow([
      row.label,
      cell(row.fullyVacated),
      cell(row.notFullyVacated),
      cell(row.total),
      cell(row.shareChangePp),
    ]);
  const shares = workbook.addWorksheet(EVALUATION_SHEETS.shares);
  header(shares, shareTableHead(e));
  for (const row of [...e.rows, e.all])
    shares.addRow([
      row.label,
      cell(row.share.from),
      cell(row.share.to),
      cell(row.fullyVacatedShare.from),
      cell(row.fullyVacatedShare.to),
      cell(row.notFullyVacatedShare.from),
      cell(row.notFullyVacatedShare.to),
      cell(row.moverInShare),
      cell(row.moverOutShare),
      cell(row.stayerShare.from),
      cell(row.stayerShare.to),
    ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
