import type { Kysely } from "kysely";
import { type AuditEntry, auditRow } from "../../db/audit.ts";
import {
  type DecisionRecord,
  findDecision,
  insertDecision,
  insertDecisionAudited,
  lockDecision,
  type NewDecision,
} from "../../db/letting.repository.ts";
import type { Database } from "../../db/schema.ts";
import type { Actor } from "../../domain/access.ts";
import { DomainError } from "../../domain/errors.ts";
import type { Texts } from "../../domain/language.ts";
import type { CombinedLettingDecision } from "../../domain/letting/decide-combined-letting.ts";
import type { LettingDecisionKind } from "../../domain/letting/decision-kind.ts";
import type { RelocationGrantDecision } from "../../domain/letting/relocation-grant.ts";
import { recordAudit } from "../use-case.ts";
import type { CaseRecord } from "./case-record.ts";

/** The supersedes_id UNIQUE constraint of migration 0012: a decision is superseded once. */
const SUPERSEDED_ONCE = "letting_decision_supersedes_id_key";

/**
 * The decision a new one annuls or corrects, locked: it must exist, be of the same kind, not be
 * an annulment itself and not be superseded already (the lock makes the check hold until commit).
 */
export async function supersedable(
  trx: Kysely<Database>,
  id: number,
  kind: LettingDecisionKind | "any",
  field: string,
): Promise<DecisionRecord> {
  await lockDecision(trx, id);
  const earlier = await findDecision(trx, id);
  const refuse = (code: "not_found" | "conflict", message: Texts) => {
    throw new DomainError(code, message, [{ field, message: message.da, en: message.en }]);
  };
  if (earlier === undefined)
    return refuse("not_found", {
      da: `Afgørelse nr. ${id} findes ikke`,
      en: `There is no decision no. ${id}`,
    });
  if (kind !== "any" && earlier.kind !== kind)
    return refuse("conflict", {
      da: `Afgørelse nr. ${id} er en anden slags afgørelse`,
      en: `Decision no. ${id} is another kind of decision`,
    });
  if (earlier.supersedes?.kind === "annulment")
    return refuse("conflict", {
      da: `Afgørelse nr. ${id} er en annullering og kan ikke rettes`,
      en: `Decision no. ${id} is an annulment and cannot be corrected`,
    });
  if (earlier.supersededBy) {
    const annulled = earlier.supersededBy.kind === "annulment";
    return refuse("conflict", {
      da: `Afgørelse nr. ${id} er allerede ${annulled ? "annulleret" : "rettet"} ved afgørelse nr. ${earlier.supersededBy.id}`,
      en: `Decision no. ${id} is already ${annulled ? "annulled" : "corrected"} by decision no. ${earlier.supersededBy.id}`,
    });
  }
  return earlier;
}

/** Inserts a decision; a race past the lock that the UNIQUE constraint stops is a conflict. */
export async function insertSuperseding(
  trx: Kysely<Database>,
  decision: NewDecision,
): Promise<DecisionRecord> {
  try {
    return await insertDecision(trx, decision);
  } catch (error) {
    const { code, constraint } = (error ?? {}) as { code?: unknown; constraint?: unknown };
    if (code === "23505" && constraint === SUPERSEDED_ONCE)
      throw new DomainError(
        "conflict",
        {
          da: "Afgørelsen er allerede annulleret eller rettet",
          en: "The decision is already annulled or corrected",
        },
        [{ field: "decisionId", message: "allerede erstattet", en: "already replaced" }],
      );
    throw error;
  }
}

/**
 * Stores a decision (append-only) with everything needed to replay it, and its audit row: both
 * are stored or neither. A new decision is one statement (insertDecisionAudited); a correction
 * also locks and checks the decision it replaces, so it runs in a transaction (the caller's, when
 * `db` is one).
 */
export async function storeDecision(
  db: Kysely<Database>,
  actor: Actor,
  decision: CombinedLettingDecision | RelocationGrantDecision,
  caseRecord: CaseRecord = {},
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
  const corrects = caseRecord.corrects;
  const stored: NewDecision = {
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
    journalNumber: caseRecord.journalNumber,
    hearing: caseRecord.hearing,
    ...(corrects
      ? { supersedes: { id: corrects.decisionId, kind: "correction" as const, reason: corrects.reason } }
      : {}),
  };
  const audit = (id: number | null): AuditEntry => ({
    action: corrects ? "letting_decision.correct" : "letting_decision.create",
    entity: "letting_decision",
    entityId: id,
    details: {
      kind: decision.kind,
      result: decision.result,
      ruleVersion: decision.ruleVersion.id,
      areaId,
      ...(corrects ? { corrects: corrects.decisionId, reason: corrects.reason } : {}),
    },
  });
  if (corrects === undefined) return insertDecisionAudited(db, stored, auditRow(actor, audit(null)));
  const correct = async (trx: Kysely<Database>) => {
    await supersedable(trx, corrects.decisionId, decision.kind, "case.corrects.decisionId");
    const record = await insertSuperseding(trx, stored);
    await recordAudit(trx, actor, audit(record.id));
    return record;
  };
  return db.isTransaction ? correct(db) : db.transaction().execute(correct);
}
