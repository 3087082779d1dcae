import type { Kysely } from "kysely";
import { auditRow } from "../../db/audit.ts";
import {
  type DecisionRecord,
  type DecisionSummary,
  findDecision,
  listDecisionsAudited,
} from "../../db/letting.repository.ts";
import type { Database } from "../../db/schema.ts";
import { type Actor, CASEWORK } from "../../domain/access.ts";
import { DomainError } from "../../domain/errors.ts";
import type { LettingDecisionKind } from "../../domain/letting/decision-kind.ts";
import { defineUseCase, inTransaction, recordAudit } from "../use-case.ts";

/**
 * The stored decisions name a person (pseudonym, benefit months): every read, of the list or
 * of one decision, writes an audit row in the transaction that reads.
 */

/** One stored decision, its read audited under `action` (read, replay, letter); not found is a refusal. */
export async function findAuditedDecision(
  trx: Kysely<Database>,
  actor: Actor,
  id: number,
  action: "read" | "replay" | "letter",
): Promise<DecisionRecord> {
  const record = await findDecision(trx, id);
  if (record === undefined) {
    throw new DomainError(
      "not_found",
      { da: `Afgørelse ${id} findes ikke`, en: `There is no decision ${id}` },
      [{ field: "id", message: `ingen afgørelse med id ${id}`, en: `no decision with id ${id}` }],
    );
  }
  await recordAudit(trx, actor, {
    action: `letting_decision.${action}`,
    entity: "letting_decision",
    entityId: id,
    details: { kind: record.kind },
  });
  return record;
}

/** The register of decisions, newest first; the audit row names the ids shown (one statement). */
export const listStoredDecisions = defineUseCase(
  "se de gemte afgørelser",
  CASEWORK,
  (
    ctx,
    actor,
    query: { readonly kind?: LettingDecisionKind | undefined; readonly limit: number },
  ): Promise<DecisionSummary[]> =>
    listDecisionsAudited(
      ctx.db,
      query,
      auditRow(actor, { action: "letting_decision.list", entity: "letting_decision" }),
    ),
);

export const readStoredDecision = defineUseCase(
  "læse gemte afgørelser",
  CASEWORK,
  (ctx, actor, input: { readonly id: number }): Promise<DecisionRecord> =>
    inTransaction(ctx, (trx) => findAuditedDecision(trx, actor, input.id, "read")),
);
