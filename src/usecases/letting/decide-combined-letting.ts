import type { Kysely } from "kysely";
import { recordAudit } from "../../db/audit.ts";
import {
  type DecisionRecord,
  type DecisionSummary,
  findDecision,
  insertDecision,
  listDecisions,
} from "../../db/letting.repository.ts";
import type { Database, LettingDecisionKind } from "../../db/schema.ts";
import type { Actor } from "../../domain/access.ts";
import { designationFromFacts } from "../../domain/areas/designation.ts";
import { DomainError } from "../../domain/errors.ts";
import { formatDate } from "../../domain/format.ts";
import type { ParameterSet } from "../../domain/law/parameter.ts";
import {
  type AreaDesignation,
  type CombinedLettingApplication,
  checkApplication,
} from "../../domain/letting/combined-letting-application.ts";
import {
  type CombinedLettingDecision,
  decideCombinedLetting,
} from "../../domain/letting/decide-combined-letting.ts";
import { decisionRuleVersionFor } from "../../domain/letting/decision-rule-versions.ts";
import type { RelocationGrantDecision } from "../../domain/letting/relocation-grant.ts";
import { type ChangedParameter, replayDecision } from "../../domain/letting/replay-decision.ts";
import { renderLetterPdf } from "../../render/letter/render-letter-pdf.ts";
import { type AreaFactsSource, factsFromDatabase } from "../areas/areas.service.ts";
import { withFieldPrefix, withFieldRenamed } from "./letting-errors.ts";

/**
 * Combined-letting decisions (almenboligloven § 51 b) as a use case: check the application,
 * find the area's designation on the application date (from the facts, unless given), decide,
 * and store the decision with everything needed to replay it. Every read of a stored decision
 * (it names a person by pseudonym and their benefit months) writes an audit row.
 */

export interface CombinedLettingRequest {
  readonly application: CombinedLettingApplication;
  /** Given explicitly, or looked up from the classification of the area on the application date. */
  readonly designation?: AreaDesignation | undefined;
}

export interface DecidedCombinedLetting {
  readonly decision: CombinedLettingDecision;
  readonly designationSource: "given" | "facts";
}

/** Where a designation is looked up when it is not given: the database or facts read from files. */
export type FactsProvider = () => Promise<AreaFactsSource>;

export function databaseFacts(db: Kysely<Database>): FactsProvider {
  return () => factsFromDatabase(db, "combined_letting");
}

export async function decideCombinedLettingRequest(
  request: CombinedLettingRequest,
  params: ParameterSet,
  facts: FactsProvider | undefined,
): Promise<DecidedCombinedLetting> {
  const { application } = request;
  withFieldPrefix("application", () => checkApplication(application));
  withFieldRenamed("applicationDate", "application.applicationDate", () =>
    decisionRuleVersionFor("combined_letting", application.applicationDate),
  );
  let designation = request.designation;
  const designationSource = designation === undefined ? "facts" : "given";
  if (designation === undefined) {
    if (facts === undefined) {
      throw new DomainError(
        "invalid_input",
        "Udpegningen er ikke oplyst, og der er ingen områdefakta at slå den op i",
        [{ field: "designation", message: "mangler (eller brug områdefakta i databasen)" }],
      );
    }
    designation = designationFromFacts(
      application.areaId,
      application.applicationDate,
      await facts(),
      params,
      { date: "application.applicationDate", areaId: "application.areaId" },
    );
  }
  const resolved = designation;
  const decision = withFieldPrefix("application", () => decideCombinedLetting(application, params, resolved));
  return { decision, designationSource };
}

/** Stores a decision (append-only) and its audit row in one transaction. */
export async function storeDecision(
  db: Kysely<Database>,
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
  return db.transaction().execute(async (trx) => {
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
  });
}

/** One stored decision; the read is audited under `action` (read, replay, letter). */
export async function readDecision(
  db: Kysely<Database>,
  actor: Actor,
  id: number,
  action: "read" | "replay" | "letter" = "read",
): Promise<DecisionRecord> {
  return db.transaction().execute(async (trx) => {
    const record = await findDecision(trx, id);
    if (record === undefined) {
      throw new DomainError("not_found", `Afgørelse ${id} findes ikke`, [
        { field: "id", message: `ingen afgørelse med id ${id}` },
      ]);
    }
    await recordAudit(trx, actor, {
      action: `letting_decision.${action}`,
      entity: "letting_decision",
      entityId: id,
      details: { kind: record.kind },
    });
    return record;
  });
}

/** The register of decisions, newest first; the read of the list is audited with the ids shown. */
export async function readDecisionList(
  db: Kysely<Database>,
  actor: Actor,
  query: { readonly kind?: LettingDecisionKind | undefined; readonly limit: number },
): Promise<DecisionSummary[]> {
  return db.transaction().execute(async (trx) => {
    const decisions = await listDecisions(trx, query);
    await recordAudit(trx, actor, {
      action: "letting_decision.list",
      entity: "letting_decision",
      details: { kind: query.kind ?? null, ids: decisions.map((d) => d.id) },
    });
    return decisions;
  });
}

export interface ReplayReport {
  readonly id: number;
  readonly kind: "identical" | "different";
  readonly storedResult: string;
  readonly newResult: string;
  readonly ruleVersionId: string;
  readonly ruleVersionChanged: boolean;
  readonly resultChanged: boolean;
  readonly changedParameters: readonly ChangedParameter[];
  /** Danish, one paragraph. */
  readonly summary: string;
  /** The letter the decision would have today, when it differs. */
  readonly newJustificationText?: string;
}

const show = (value: unknown) => JSON.stringify(value);

/** Result codes as a letter writes them. */
export const resultNames: Readonly<Record<string, string>> = {
  approved: "godkendt",
  rejected: "afvist",
  not_applicable: "ikke omfattet",
  granted: "bevilget",
  refused: "afslået",
};
const resultName = (code: string) => resultNames[code] ?? code;

export async function replayStoredDecision(
  db: Kysely<Database>,
  actor: Actor,
  id: number,
  params: ParameterSet,
): Promise<ReplayReport> {
  const record = await readDecision(db, actor, id, "replay");
  const outcome = replayDecision(
    {
      kind: record.kind === "relocation_grant" ? "relocation_grant" : "combined_letting",
      ruleVersionId: record.ruleVersion,
      inputFacts: record.inputFacts,
      result: record.result,
      parametersUsed: record.parametersUsed.map((p) => ({ id: p.id, value: p.value as never })),
    },
    params,
  );
  if (outcome.kind === "identical") {
    return {
      id,
      kind: "identical",
      storedResult: record.result,
      newResult: record.result,
      ruleVersionId: record.ruleVersion,
      ruleVersionChanged: false,
      resultChanged: false,
      changedParameters: [],
      summary: `Afgørelse ${id} (${formatDate(record.decisionDate)}) genskabes identisk med dagens parametre: samme regelversion (${record.ruleVersion}), samme værdier og samme resultat (${resultName(record.result)}).`,
    };
  }
  const changed = outcome.changedParameters.map(
    (c) => `${c.id} (gemt: ${show(c.storedValue)}, nu: ${show(c.currentValue)})`,
  );
  const parts = [
    `Afgørelse ${id} (${formatDate(record.decisionDate)}) genskabes ikke identisk med dagens parametre.`,
    changed.length > 0
      ? `Ændrede værdier: ${changed.join("; ")}.`
      : "Ingen af de anvendte værdier er ændret.",
    outcome.ruleVersionChanged
      ? `Regelversionen er ændret fra ${record.ruleVersion} til ${outcome.newDecision.ruleVersion.id}.`
      : `Regelversionen er uændret (${record.ruleVersion}).`,
    outcome.resultChanged
      ? `Resultatet ville i dag være ${resultName(outcome.newResult)} i stedet for ${resultName(outcome.storedResult)}.`
      : `Resultatet er det samme (${resultName(outcome.storedResult)}).`,
  ];
  return {
    id,
    kind: "different",
    storedResult: outcome.storedResult,
    newResult: outcome.newResult,
    ruleVersionId: record.ruleVersion,
    ruleVersionChanged: outcome.ruleVersionChanged,
    resultChanged: outcome.resultChanged,
    changedParameters: outcome.changedParameters,
    summary: parts.join(" "),
    newJustificationText: outcome.newDecision.justification.text,
  };
}

/** The stored justification as a letter PDF; the read is audited. */
export async function decisionLetter(
  db: Kysely<Database>,
  actor: Actor,
  id: number,
): Promise<{ record: DecisionRecord; pdf: Buffer }> {
  const record = await readDecision(db, actor, id, "letter");
  const pdf = await renderLetterPdf({
    text: record.justification.text,
    reference: `Afgørelse nr. ${record.id}`,
    date: formatDate(record.decidedAt.slice(0, 10)),
    ruleVersion: record.ruleVersion,
  });
  return { record, pdf };
}
