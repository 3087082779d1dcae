import { AGGREGATE_READERS } from "../../domain/access.ts";
import type { ReportingRound } from "../../domain/policy/report/reporting-round.ts";
import { budgetRows, indicatorRows, statusSchemaRows } from "../../domain/policy/report/round-tables.ts";
import { findingColumns, toCsv } from "../../formats/csv/csv-export.ts";
import {
  budgetColumns,
  indicatorColumns,
  initiativeColumns,
  statusSchemaColumns,
} from "../../render/tables/round-tables.ts";
import { defineUseCase } from "../use-case.ts";
import { CONTENT_TYPES, fileBaseName, type RenderedFile } from "./rendered-file.ts";
import type { CsvTable } from "./round-file-kinds.ts";
import { roundFindings } from "./round-findings.ts";
import { type RoundRef, requireVisibleRound } from "./round-lookup.ts";

export { CSV_TABLES, type CsvTable } from "./round-file-kinds.ts";

function tableText(content: ReportingRound, year: number, table: CsvTable): string {
  switch (table) {
    case "findings":
      return toCsv(roundFindings(content), findingColumns);
    case "status-schemas":
      return toCsv(statusSchemaRows(content, year), statusSchemaColumns);
    case "indicators":
      return toCsv(indicatorRows(content), indicatorColumns);
    case "initiatives":
      return toCsv(content.initiatives, initiativeColumns);
    case "budget":
      return toCsv(budgetRows(content), budgetColumns);
  }
}

/** One table of a round as CSV for Danish Excel: the overview (computed totals), the findings, the initiatives … */
export const exportRoundCsv = defineUseCase(
  "hente en redegørelses tabel som CSV",
  AGGREGATE_READERS,
  async (ctx, actor, input: RoundRef & { readonly table: CsvTable }): Promise<RenderedFile> => {
    const round = await requireVisibleRound(ctx.db, actor, input);
    return {
      fileName: `${fileBaseName(round)}-${input.table}.csv`,
      contentType: CONTENT_TYPES.csv,
      body: Buffer.from(tableText(round.content, round.year, input.table), "utf8"),
    };
  },
);
