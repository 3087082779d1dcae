import { CASEWORK } from "../../domain/access.ts";
import { type ChangedParameter, replayDecision } from "../../domain/letting/replay-decision.ts";
import { replaySummary } from "../../render/letting/replay-summary.ts";
import { defineUseCase, inTransaction } from "../use-case.ts";
import { findAuditedDecision } from "./stored-decisions.ts";

export interface ReplayReport {
  readonly id: number;
  readonly kind: "identical" | "different";
  readonly storedResult: string;
  readonly newResult: string;
  readonly ruleVersionId: string;
  readonly ruleVersionChanged: boolean;
  readonly resultChanged: boolean;
  readonly changedParameters: readonly ChangedParameter[];
  /** Danish, one paragraph. */
  readonly summary: string;
  /** The letter the decision would have today, when it differs. */
  readonly newJustificationText?: string;
  /**
   * Where the area facts the stored designation was looked up in came from (typed in, or a
   * register batch and its computation), as stored with the decision; absent when the
   * caseworker gave the designation.
   */
  readonly factsSources?: readonly string[];
}

/** The facts sources stored with a combined-letting decision's designation, if udsyn looked it up. */
function storedFactsSources(inputFacts: unknown): { factsSources?: readonly string[] } {
  const sources = (inputFacts as { designation?: { factsSources?: unknown } } | null)?.designation
    ?.factsSources;
  return Array.isArray(sources) && sources.every((s) => typeof s === "string")
    ? { factsSources: sources }
    : {};
}

/**
 * Replays a stored decision with today's parameters: identical, or which parameter, rule
 * version or result changed. The read of the stored decision is audited as a replay.
 */
export const replayStoredDecision = defineUseCase(
  "genafspille afgørelser",
  CASEWORK,
  async (ctx, actor, input: { readonly id: number }): Promise<ReplayReport> => {
    const { id } = input;
    const record = await inTransaction(ctx, (trx) => findAuditedDecision(trx, actor, id, "replay"));
    const outcome = replayDecision(
      {
        kind: record.kind === "relocation_grant" ? "relocation_grant" : "combined_letting",
        ruleVersionId: record.ruleVersion,
        inputFacts: record.inputFacts,
        result: record.result,
        parametersUsed: record.parametersUsed.map((p) => ({ id: p.id, value: p.value as never })),
      },
      await ctx.parameters(),
    );
    const summary = replaySummary(record, outcome);
    if (outcome.kind === "identical") {
      return {
        id,
        kind: "identical",
        storedResult: record.result,
        newResult: record.result,
        ruleVersionId: record.ruleVersion,
        ruleVersionChanged: false,
        resultChanged: false,
        changedParameters: [],
        summary,
        ...storedFactsSources(record.inputFacts),
      };
    }
    return {
      id,
      kind: "different",
      storedResult: outcome.storedResult,
      newResult: outcome.newResult,
      ruleVersionId: record.ruleVersion,
      ruleVersionChanged: outcome.ruleVersionChanged,
      resultChanged: outcome.resultChanged,
      changedParameters: outcome.changedParameters,
      summary,
      newJustificationText: outcome.newDecision.justification.text,
      ...storedFactsSources(record.inputFacts),
    };
  },
);
