import { AGGREGATE_READERS } from "../../domain/access.ts";
import { workbookFromRound } from "../../formats/xlsx/workbook-from-round.ts";
import { defineUseCase } from "../use-case.ts";
import { CONTENT_TYPES, fileBaseName, type RenderedFile } from "./rendered-file.ts";
import { type RoundRef, requireVisibleRound } from "./round-lookup.ts";

/** A round's overview and status schemas in the fixed XLSX template, to fill in and import again. */
export const exportRoundXlsx = defineUseCase(
  "hente en redegørelse som XLSX",
  AGGREGATE_READERS,
  async (ctx, actor, input: RoundRef): Promise<RenderedFile> => {
    const round = await requireVisibleRound(ctx.db, actor, input);
    // ExcelJS is loaded when a workbook is written, not at every start of the CLI.
    const { exportWorkbook } = await import("../../formats/xlsx/export-workbook.ts");
    const body = await exportWorkbook(workbookFromRound(round.content), { year: round.year });
    return { fileName: `${fileBaseName(round)}.xlsx`, contentType: CONTENT_TYPES.xlsx, body };
  },
);
