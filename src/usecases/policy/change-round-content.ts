import { addRoundDrafter, lockRound, updateRoundContent } from "../../db/policy.repository.ts";
import type { Actor } from "../../domain/access.ts";
import type { AuditAction } from "../../domain/audit-actions.ts";
import { DomainError } from "../../domain/errors.ts";
import type { ReportingRound } from "../../domain/policy/report/reporting-round.ts";
import { checkedRound, type RoundEdit } from "../../domain/policy/report/round-edits.ts";
import { assertEditable } from "../../domain/policy/report/round-workflow.ts";
import { inTransaction, recordAudit, type UseCaseContext } from "../use-case.ts";
import { type RoundRecord, requireRoundById } from "./round-lookup.ts";

/**
 * The one path every content edit takes: in one transaction, lock and read the round, refuse it if its
 * status forbids changes or it has changed since the revision the editor saw, apply the pure `edit`,
 * validate the whole result, store it (the revision counts up), note the actor as a drafter (four
 * eyes) and audit `action` with the edit's details. Role checks are the calling use case's.
 *
 * The lock makes parallel edits of one round queue up: each applies its `edit` to the content
 * the one before it committed, so no edit is lost (a plain read would let the last writer's
 * copy of the whole document overwrite the others). With `revision`, an editor who worked on an
 * older revision is told so (409) instead of having their change land on content they did not see.
 * Every person's edit (API, web, CLI) passes the revision; only a computed write (measurements from
 * register data) leaves it out, since it replaces computed values whatever the revision.
 */
export function changeRoundContent(
  ctx: UseCaseContext,
  actor: Actor,
  roundId: number,
  action: AuditAction,
  edit: (content: ReportingRound) => RoundEdit,
  revision?: number,
): Promise<RoundRecord> {
  return inTransaction(ctx, async (trx) => {
    await lockRound(trx, roundId);
    const round = await requireRoundById(trx, roundId);
    assertEditable(round.status);
    if (revision !== undefined && revision !== round.revision) {
      throw new DomainError(
        "conflict",
        {
          da: "Redegørelsen er ændret, siden du hentede den. Hent den igen, og gentag din ændring.",
          en: "The report has changed since you fetched it. Fetch it again and repeat your change.",
        },
        [
          {
            field: "revision",
            message: `du rettede udgave ${revision}, den gemte er udgave ${round.revision}`,
            en: `you edited revision ${revision}, the stored one is revision ${round.revision}`,
          },
        ],
      );
    }
    const { content, details } = edit(round.content);
    const next = checkedRound(content);
    await updateRoundContent(trx, roundId, next);
    await addRoundDrafter(trx, roundId, actor.name);
    await recordAudit(trx, actor, { action, entity: "reporting_round", entityId: roundId, details });
    return { ...round, content: next, revision: round.revision + 1 };
  });
}
