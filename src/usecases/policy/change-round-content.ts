import { updateRoundContent } from "../../db/policy.repository.ts";
import type { Actor } from "../../domain/access.ts";
import type { ReportingRound } from "../../domain/policy/report/reporting-round.ts";
import { checkedRound, type RoundEdit } from "../../domain/policy/report/round-edits.ts";
import { assertEditable } from "../../domain/policy/report/round-workflow.ts";
import { inTransaction, recordAudit, type UseCaseContext } from "../use-case.ts";
import { type RoundRecord, requireRoundById } from "./round-lookup.ts";

/**
 * The one path every content edit takes: in one transaction, read the round, refuse it if its
 * status forbids changes, apply the pure `edit`, validate the whole result, store it and audit
 * `action` with the edit's details. Role checks are the calling use case's.
 */
export function changeRoundContent(
  ctx: UseCaseContext,
  actor: Actor,
  roundId: number,
  action: string,
  edit: (content: ReportingRound) => RoundEdit,
): Promise<RoundRecord> {
  return inTransaction(ctx, async (trx) => {
    const round = await requireRoundById(trx, roundId);
    assertEditable(round.status);
    const { content, details } = edit(round.content);
    const next = checkedRound(content);
    await updateRoundContent(trx, roundId, next);
    await recordAudit(trx, actor, { action, entity: "reporting_round", entityId: roundId, details });
    return { ...round, content: next };
  });
}
