import type { DecisionRecord } from "../../db/letting.repository.ts";
import { CASEWORK } from "../../domain/access.ts";
import { defineUseCase, inTransaction } from "../use-case.ts";
import { findAuditedDecision } from "./stored-decisions.ts";

/** The stored justification as a letter PDF; the read is audited as a letter. */
export const decisionLetter = defineUseCase(
  "skrive afgørelser som brev",
  CASEWORK,
  async (ctx, actor, input: { readonly id: number }): Promise<{ record: DecisionRecord; pdf: Buffer }> => {
    const record = await inTransaction(ctx, (trx) => findAuditedDecision(trx, actor, input.id, "letter"));
    // pdfmake is loaded when a letter is written, not at every start of the CLI.
    const { decisionLetterPdf } = await import("../../render/letting/decision-letter.ts");
    return { record, pdf: await decisionLetterPdf(record) };
  },
);
