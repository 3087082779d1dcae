import {
  findNewestRoundBefore,
  findRound,
  insertRound,
  insertRoundEvent,
} from "../../db/policy.repository.ts";
import { POLICY_EDITORS } from "../../domain/access.ts";
import { DomainError } from "../../domain/errors.ts";
import { type NextRoundRequest, nextYearContent } from "../../domain/policy/report/next-year-round.ts";
import { checkedRound } from "../../domain/policy/report/round-edits.ts";
import { defineUseCase, inTransaction, recordAudit } from "../use-case.ts";
import { type RoundRecord, requireRoundById } from "./round-lookup.ts";

export type { NextRoundRequest };

/**
 * Requests a committee's round for a new year, rolled forward from its newest round before it
 * (`nextYearContent`: years moved on, case numbers cleared, goals unassessed, old-year texts flagged).
 */
export const requestNextYearRound = defineUseCase(
  "anmode om en ny års redegørelse",
  POLICY_EDITORS,
  async (ctx, actor, request: NextRoundRequest): Promise<RoundRecord> =>
    inTransaction(ctx, async (trx) => {
      if ((await findRound(trx, request.committee, request.year)) !== undefined) {
        throw new DomainError(
          "conflict",
          {
            da: `Der findes allerede en redegørelse for ${request.committee} ${request.year}.`,
            en: `There is already a report for ${request.committee} ${request.year}.`,
          },
          [{ field: "year", message: "findes allerede", en: "already exists" }],
        );
      }
      const source = await findNewestRoundBefore(trx, request.committee, request.year);
      if (source === undefined) {
        throw new DomainError(
          "not_found",
          {
            da: `${request.committee} har ingen tidligere redegørelse at kopiere.`,
            en: `${request.committee} has no earlier report to copy.`,
          },
          [{ field: "committee", message: "ingen tidligere runde", en: "no earlier round" }],
        );
      }
      const id = await insertRound(trx, {
        committeeCode: request.committee,
        year: request.year,
        version: 1,
        status: "requested",
        deadline: request.deadline,
        createdFromId: source.id,
        content: checkedRound(nextYearContent(source.content, source.year, request)),
      });
      await insertRoundEvent(trx, id, {
        actorName: actor.name,
        from: null,
        to: "requested",
        comment: `Rullet frem fra ${source.year} (version ${source.version})`,
      });
      await recordAudit(trx, actor, {
        action: "round.request",
        entity: "reporting_round",
        entityId: id,
        details: { copiedFrom: source.id, ...request },
      });
      return requireRoundById(trx, id);
    }),
);
