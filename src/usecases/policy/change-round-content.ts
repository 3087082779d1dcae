import { lockRound, updateRoundContent } from "../../db/policy.repository.ts";
import type { Actor } from "../../domain/access.ts";
import type { ReportingRound } from "../../domain/policy/report/reporting-round.ts";
import { checkedRound, type RoundEdit } from "../../domain/policy/report/round-edits.ts";
import { assertEditable } from "../../domain/policy/report/round-workflow.ts";
import { inTransaction, recordAudit, type UseCaseContext } from "../use-case.ts";
import { type RoundRecord, requireRoundById } from "./round-lookup.ts";

/**
 * The one path every content edit takes: in one transaction, lock and read the round, refuse it if its
 * status forbids changes, apply the pure `edit`, validate the whole result, store it and audit
 * `action` with the edit's details. Role checks are the calling use case's.
 *
 * The lock makes parallel edits of one round queue up: each applies its `edit` to the content
 * the one before it committed, so no edit is lost (a plain read would let the last writer's
 * copy of the whole document overwrite the others).
 */
export function changeRoundContent(
  ctx: UseCaseContext,
  actor: Actor,
  roundId: number,
  action: string,
  edit: (content: ReportingRound) => RoundEdit,
): Promise<RoundRecord> {
  return inTransaction(ctx, async (trx) => {
    await lockRound(trx, roundId);
    const round = await requireRoundById(trx, roundId);
    assertEditable(round.status);
    const { content, details } = edit(round.content);
    const next = checkedRound(content);
    await updateRoundContent(trx, roundId, next);
    await recordAudit(trx, actor, { action, entity: "reporting_round", entityId: roundId, details });
    return { ...round, content: next };
  });
}
