import { AGGREGATE_READERS } from "../../domain/access.ts";
import type { Finding } from "../../domain/policy/validation/finding.ts";
import { defineUseCase } from "../use-case.ts";
import { roundFindings } from "./round-findings.ts";
import { type RoundRef, type RoundSummary, requireVisibleRound, summaryOf } from "./round-lookup.ts";

export interface RoundValidation {
  readonly round: RoundSummary;
  readonly findings: readonly Finding[];
}

/** The validation findings of a round's figures and dates; errors block approval. */
export const validateRound = defineUseCase(
  "se valideringsfund for en redegørelse",
  AGGREGATE_READERS,
  async (ctx, actor, input: RoundRef): Promise<RoundValidation> => {
    const round = await requireVisibleRound(ctx.db, actor, input);
    return { round: summaryOf(round), findings: roundFindings(round.content) };
  },
);
