import { POLICY_EDITORS } from "../../domain/access.ts";
import { withContent } from "../../domain/policy/report/round-edits.ts";
import { assertEditable } from "../../domain/policy/report/round-workflow.ts";
import type { importWorkbook } from "../../formats/xlsx/import-workbook.ts";
import { mergeWorkbookIntoRound } from "../../formats/xlsx/merge-workbook.ts";
import type { ImportOptions } from "../../formats/xlsx/template.ts";
import { offThread } from "../off-thread.ts";
import { defineUseCase } from "../use-case.ts";
import { changeRoundContent } from "./change-round-content.ts";
import { type RoundRecord, requireRoundById } from "./round-lookup.ts";

/**
 * Above this size the workbook is read on a worker thread: reading an XLSX that inflates to
 * tens of MB takes seconds, and the server would answer nobody meanwhile. The filled-in template
 * is some tens of KB, read faster here than a worker starts.
 */
export const READ_OFF_THREAD_BYTES = 512 * 1024;
const READER = new URL("../../formats/xlsx/import-workbook.ts", import.meta.url);

function readWorkbook(file: Buffer, options: ImportOptions) {
  return file.length > READ_OFF_THREAD_BYTES
    ? offThread<typeof importWorkbook>(READER, "importWorkbook", file, options)
    : // ExcelJS is loaded when a workbook is read, not at every start of the CLI.
      import("../../formats/xlsx/import-workbook.ts").then((reader) => reader.importWorkbook(file, options));
}

/** Budget and status schemas from the XLSX template, merged into an editable round: all or nothing. */
export const importRoundXlsx = defineUseCase(
  "indlæse en XLSX-skabelon i en redegørelse",
  POLICY_EDITORS,
  async (
    ctx,
    actor,
    input: {
      readonly roundId: number;
      /** The revision the workbook is merged into; a round changed since is refused (409). */
      readonly revision: number;
      readonly file: Buffer;
      readonly fileName?: string | undefined;
    },
  ): Promise<RoundRecord> => {
    // Refused before the file is read: no point reading a workbook into a round that cannot change.
    // The workbook is read outside the transaction; the write checks the status again inside it.
    const round = await requireRoundById(ctx.db, input.roundId);
    assertEditable(round.status);
    const workbook = await readWorkbook(input.file, {
      year: round.year,
      years: { from: round.year - 10, to: round.year + 10 },
      fileName: input.fileName,
    });
    // Merged once here so a workbook that does not fit is refused before the transaction, and
    // again into the content read under the lock (which is refused if it is no longer `revision`).
    mergeWorkbookIntoRound(round.content, workbook);
    return changeRoundContent(
      ctx,
      actor,
      input.roundId,
      "round.import_xlsx",
      (before) => withContent(before, mergeWorkbookIntoRound(before, workbook)),
      input.revision,
    );
  },
);
