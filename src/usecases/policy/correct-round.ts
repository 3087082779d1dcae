import { insertRound } from "../../db/policy.repository.ts";
import { POLICY_EDITORS } from "../../domain/access.ts";
import { DomainError } from "../../domain/errors.ts";
import { defineUseCase, inTransaction, recordAudit } from "../use-case.ts";
import { type RoundRecord, requireRound, requireRoundById } from "./round-lookup.ts";

/**
 * A correction of a published round: a new version, as a draft copy of it. Published is final,
 * so the published version itself stays as it was.
 */
export const correctRound = defineUseCase(
  "rette en offentliggjort redegørelse",
  POLICY_EDITORS,
  async (ctx, actor, input: { readonly roundId: number }): Promise<RoundRecord> =>
    inTransaction(ctx, async (trx) => {
      const round = await requireRoundById(trx, input.roundId);
      if (round.status !== "published") {
        throw new DomainError("conflict", {
          da: "Kun en offentliggjort redegørelse rettes med en ny version; ret denne direkte.",
          en: "Only a published report is corrected with a new version; correct this one directly.",
        });
      }
      const newest = await requireRound(trx, { committee: round.committeeCode, year: round.year });
      const id = await insertRound(trx, {
        committeeCode: round.committeeCode,
        year: round.year,
        version: newest.version + 1,
        status: "draft",
        deadline: round.deadline,
        createdFromId: round.id,
        content: round.content,
      });
      await recordAudit(trx, actor, {
        action: "round.correction",
        entity: "reporting_round",
        entityId: id,
        details: { from: round.id, version: newest.version + 1 },
      });
      return requireRoundById(trx, id);
    }),
);
