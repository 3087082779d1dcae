import type { Kysely } from "kysely";
import { recordAudit } from "../../db/audit.ts";
import {
  type DecisionRecord,
  findDecision,
  insertPayment,
  listDecisionRecords,
  listPayments,
  type Payment,
  paymentFor,
} from "../../db/letting.repository.ts";
import type { Database } from "../../db/schema.ts";
import type { Actor } from "../../domain/access.ts";
import { designationFromFacts } from "../../domain/areas/designation.ts";
import { DomainError } from "../../domain/errors.ts";
import { formatDate, formatKroner } from "../../domain/format.ts";
import type { IsoDate } from "../../domain/law/iso-date.ts";
import type { ParameterSet } from "../../domain/law/parameter.ts";
import {
  decideRelocationGrant,
  type RelocationGrantApplication,
  type RelocationGrantDecision,
} from "../../domain/letting/relocation-grant.ts";
import { type FactsProvider, storeDecision } from "./decide-combined-letting.ts";

/**
 * Flyttetilskud: decided by the domain, stored as a letting decision of kind relocation_grant,
 * paid once (the payment table has one row per decision at most). Whether the area moved out
 * of is "udsat" may be given; when it is not, it is read as "designated for combined letting
 * on the application date" (the areas the ministry called udsatte områder), from the facts.
 */
export interface RelocationGrantRequest {
  readonly applicationDate: IsoDate;
  readonly household: RelocationGrantApplication["household"];
  readonly from: {
    readonly areaId: string;
    readonly vulnerable?: boolean | undefined;
    readonly listReference?: string | undefined;
  };
  readonly to: RelocationGrantApplication["to"];
}

export async function decideRelocationGrantRequest(
  request: RelocationGrantRequest,
  params: ParameterSet,
  facts: FactsProvider | undefined,
): Promise<RelocationGrantDecision> {
  let from: RelocationGrantApplication["from"];
  if (request.from.vulnerable !== undefined) {
    from = {
      areaId: request.from.areaId,
      vulnerable: request.from.vulnerable,
      listReference: request.from.listReference ?? "oplyst af sagsbehandleren",
    };
  } else {
    if (facts === undefined) {
      throw new DomainError("invalid_input", "Det er ikke oplyst, om området er udsat", [
        { field: "from.vulnerable", message: "mangler (eller brug områdefakta i databasen)" },
      ]);
    }
    const designation = designationFromFacts(
      request.from.areaId,
      request.applicationDate,
      await facts(),
      params,
      { date: "applicationDate", areaId: "from.areaId" },
    );
    from = {
      areaId: request.from.areaId,
      vulnerable: designation.designated,
      listReference: request.from.listReference ?? designation.listReference,
    };
  }
  const application: RelocationGrantApplication = {
    applicationDate: request.applicationDate,
    household: request.household,
    from,
    to: request.to,
  };
  return decideRelocationGrant(application, params);
}

export async function decideAndStoreRelocationGrant(
  db: Kysely<Database>,
  actor: Actor,
  request: RelocationGrantRequest,
  params: ParameterSet,
  facts: FactsProvider,
): Promise<DecisionRecord> {
  return storeDecision(db, actor, await decideRelocationGrantRequest(request, params, facts));
}

export interface GrantRegisterEntry {
  readonly id: number;
  readonly decisionDate: string;
  readonly areaId: string;
  readonly subjectPseudonym: string;
  readonly result: string;
  readonly amount: number;
  readonly payment: Payment | null;
}

/** The register of relocation-grant decisions and their payments; the read is audited. */
export async function grantRegister(db: Kysely<Database>, actor: Actor): Promise<GrantRegisterEntry[]> {
  return db.transaction().execute(async (trx) => {
    const decisions = await listDecisionRecords(trx, "relocation_grant", 1000);
    const payments = new Map((await listPayments(trx)).map((p) => [p.decisionId, p]));
    const entries: GrantRegisterEntry[] = decisions.map((d) => ({
      id: d.id,
      decisionDate: d.decisionDate,
      areaId: d.areaId,
      subjectPseudonym: d.subjectPseudonym,
      result: d.result,
      amount: Number(d.decision.amount ?? 0),
      payment: payments.get(d.id) ?? null,
    }));
    await recordAudit(trx, actor, {
      action: "relocation_grant.list",
      entity: "letting_decision",
      details: { ids: entries.map((e) => e.id) },
    });
    return entries;
  });
}

/**
 * Registers the payment of a granted relocation grant: the amount is the granted amount, never
 * typed in. A refused grant or one already paid is a conflict.
 */
export async function registerPayment(
  db: Kysely<Database>,
  actor: Actor,
  decisionId: number,
  paidOn: IsoDate,
): Promise<Payment> {
  return db.transaction().execute(async (trx) => {
    const record = await findDecision(trx, decisionId);
    if (record === undefined || record.kind !== "relocation_grant") {
      throw new DomainError("not_found", `Flyttetilskud ${decisionId} findes ikke`, [
        { field: "id", message: `ingen afgørelse om flyttetilskud med id ${decisionId}` },
      ]);
    }
    if (record.result !== "granted") {
      throw new DomainError("conflict", `Flyttetilskud ${decisionId} er afslået og kan ikke udbetales`, [
        { field: "id", message: `afgørelsen er ${record.result}` },
      ]);
    }
    const existing = await paymentFor(trx, decisionId);
    if (existing !== undefined) {
      throw new DomainError(
        "conflict",
        `Flyttetilskud ${decisionId} er allerede udbetalt den ${formatDate(existing.paidOn)}`,
        [{ field: "id", message: `udbetalt ${existing.paidOn} (${formatKroner(existing.amount)})` }],
      );
    }
    if (paidOn < record.decisionDate) {
      throw new DomainError("invalid_input", "Udbetalingen ligger før ansøgningsdatoen", [
        { field: "paidOn", message: `${paidOn} er før ${record.decisionDate}` },
      ]);
    }
    const amount = Number(record.decision.amount);
    const payment = await insertPayment(trx, { decisionId, amount, paidOn, recordedBy: actor.name });
    await recordAudit(trx, actor, {
      action: "relocation_grant.payment",
      entity: "relocation_grant_payment",
      entityId: payment.id,
      details: { decisionId, amount, paidOn },
    });
    return payment;
  });
}
