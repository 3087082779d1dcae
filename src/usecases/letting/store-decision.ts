import type { Kysely } from "kysely";
import { type DecisionRecord, insertDecision } from "../../db/letting.repository.ts";
import type { Database } from "../../db/schema.ts";
import type { Actor } from "../../domain/access.ts";
import type { CombinedLettingDecision } from "../../domain/letting/decide-combined-letting.ts";
import type { RelocationGrantDecision } from "../../domain/letting/relocation-grant.ts";
import { recordAudit } from "../use-case.ts";

/**
 * Stores a decision (append-only) with everything needed to replay it, and its audit row, in
 * the caller's transaction: both commit or neither.
 */
export async function storeDecision(
  trx: Kysely<Database>,
  actor: Actor,
  decision: CombinedLettingDecision | RelocationGrantDecision,
): Promise<DecisionRecord> {
  const { areaId, subject, date } =
    decision.kind === "combined_letting"
      ? {
          areaId: decision.input.application.areaId,
          subject: decision.input.application.household.applicant.pseudonym,
          date: decision.input.application.applicationDate,
        }
      : {
          areaId: decision.input.application.from.areaId,
          subject: decision.input.application.household.pseudonym,
          date: decision.input.application.applicationDate,
        };
  const record = await insertDecision(trx, {
    kind: decision.kind,
    decisionDate: date,
    areaId,
    subjectPseudonym: subject,
    result: decision.result,
    ruleVersion: decision.ruleVersion.id,
    inputFacts: decision.input,
    parametersUsed: decision.parametersUsed,
    justification: decision.justification,
    decision,
    decidedBy: actor.name,
  });
  await recordAudit(trx, actor, {
    action: "letting_decision.create",
    entity: "letting_decision",
    entityId: record.id,
    details: { kind: record.kind, result: record.result, ruleVersion: record.ruleVersion, areaId },
  });
  return record;
}
