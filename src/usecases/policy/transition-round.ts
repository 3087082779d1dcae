import { lockRound, updateRoundStatus } from "../../db/policy.repository.ts";
import { POLICY_EDITORS } from "../../domain/access.ts";
import { checkTransition, type RoundStatus } from "../../domain/policy/report/round-workflow.ts";
import { validateReport } from "../../domain/policy/validation/validate-report.ts";
import { defineUseCase, inTransaction, recordAudit } from "../use-case.ts";
import { type RoundRecord, requireRoundById } from "./round-lookup.ts";

/**
 * Moves a round in the workflow; approval and publication need a round without errors. The round
 * is locked before its status is read, so of two parallel steps from the same status only the
 * first succeeds; the second sees the new status and is refused.
 */
export const transitionRound = defineUseCase(
  "ændre en redegørelses status",
  POLICY_EDITORS,
  async (ctx, actor, input: { readonly roundId: number; readonly to: RoundStatus }): Promise<RoundRecord> =>
    inTransaction(ctx, async (trx) => {
      await lockRound(trx, input.roundId);
      const round = await requireRoundById(trx, input.roundId);
      checkTransition(round.status, input.to, validateReport(round.content));
      await updateRoundStatus(trx, input.roundId, input.to);
      await recordAudit(trx, actor, {
        action: `round.${input.to}`,
        entity: "reporting_round",
        entityId: input.roundId,
        details: { from: round.status, to: input.to },
      });
      return requireRoundById(trx, input.roundId);
    }),
);
