import {
  addRoundDrafter,
  insertRoundEvent,
  listRoundDrafters,
  lockRound,
  updateRoundStatus,
} from "../../db/policy.repository.ts";
import { POLICY_EDITORS } from "../../domain/access.ts";
import { todayOf } from "../../domain/law/clock.ts";
import { ParameterReader } from "../../domain/law/parameter-reader.ts";
import {
  checkFourEyes,
  checkTransition,
  FOUR_EYES_PARAMETER,
  type RoundStatus,
} from "../../domain/policy/report/round-workflow.ts";
import { validateReport } from "../../domain/policy/validation/validate-report.ts";
import { defineUseCase, inTransaction, recordAudit, type UseCaseContext } from "../use-case.ts";
import { type RoundRecord, requireRoundById } from "./round-lookup.ts";

/** Whether four eyes applies today (the municipality's parameter; on when the parameter is absent). */
async function fourEyesToday(ctx: UseCaseContext): Promise<boolean> {
  const reader = new ParameterReader(await ctx.parameters(), todayOf(ctx.clock));
  return reader.tryRead(FOUR_EYES_PARAMETER) === undefined ? true : reader.boolean(FOUR_EYES_PARAMETER);
}

export interface RoundTransition {
  readonly roundId: number;
  readonly to: RoundStatus;
  /** Why, in the user's words; shown in the round's history. */
  readonly comment?: string | undefined;
}

/**
 * Moves a round in the workflow; approval and publication need a round without errors, and (four
 * eyes) someone who did not draft it. The round is locked before its status is read, so of two
 * parallel steps from the same status only the first succeeds; the second sees the new status and
 * is refused. Each step is written to the round's history with who, when and the comment.
 */
export const transitionRound = defineUseCase(
  "ændre en redegørelses status",
  POLICY_EDITORS,
  async (ctx, actor, input: RoundTransition): Promise<RoundRecord> => {
    const fourEyes = await fourEyesToday(ctx);
    return inTransaction(ctx, async (trx) => {
      await lockRound(trx, input.roundId);
      const round = await requireRoundById(trx, input.roundId);
      // What is left to fix comes first: nobody may approve it then, and the drafter is the one to fix it.
      checkTransition(round.status, input.to, validateReport(round.content));
      checkFourEyes(input.to, actor.name, await listRoundDrafters(trx, input.roundId), fourEyes);
      await updateRoundStatus(trx, input.roundId, input.to);
      // Sending a round for review is drafting it: the one who sends it may not approve it.
      if (input.to === "review") await addRoundDrafter(trx, input.roundId, actor.name);
      const comment = input.comment?.trim() || null;
      await insertRoundEvent(trx, input.roundId, {
        actorName: actor.name,
        from: round.status,
        to: input.to,
        comment,
      });
      await recordAudit(trx, actor, {
        action: `round.${input.to}`,
        entity: "reporting_round",
        entityId: input.roundId,
        details: { from: round.status, to: input.to, ...(comment === null ? {} : { comment }) },
      });
      return requireRoundById(trx, input.roundId);
    });
  },
);
