import { POLICY_EDITORS } from "../../domain/access.ts";
import { withContent } from "../../domain/policy/report/round-edits.ts";
import { assertEditable } from "../../domain/policy/report/round-workflow.ts";
import { importWorkbook } from "../../formats/xlsx/import-workbook.ts";
import { mergeWorkbookIntoRound } from "../../formats/xlsx/merge-workbook.ts";
import { defineUseCase } from "../use-case.ts";
import { changeRoundContent } from "./change-round-content.ts";
import { type RoundRecord, requireRoundById } from "./round-lookup.ts";

/** Budget and status schemas from the XLSX template, merged into an editable round: all or nothing. */
export const importRoundXlsx = defineUseCase(
  "indlæse en XLSX-skabelon i en redegørelse",
  POLICY_EDITORS,
  async (ctx, actor, input: { readonly roundId: number; readonly file: Buffer }): Promise<RoundRecord> => {
    // Refused before the file is read: no point reading a workbook into a round that cannot change.
    // The workbook is read outside the transaction; the write checks the status again inside it.
    const round = await requireRoundById(ctx.db, input.roundId);
    assertEditable(round.status);
    const workbook = await importWorkbook(input.file, {
      year: round.year,
      years: { from: round.year - 10, to: round.year + 10 },
    });
    // Merged once here so a workbook that does not fit is refused before the transaction, and
    // again into the content read under the lock, so edits made meanwhile are kept.
    mergeWorkbookIntoRound(round.content, workbook);
    return changeRoundContent(ctx, actor, input.roundId, "round.import_xlsx", (before) =>
      withContent(before, mergeWorkbookIntoRound(before, workbook)),
    );
  },
);
