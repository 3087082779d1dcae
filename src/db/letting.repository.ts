import type { Kysely, Selectable } from "kysely";
import type { Database, LettingDecisionKind, LettingDecisionTable } from "./schema.ts";

/**
 * Letting decisions (append-only by trigger), relocation-grant payments and the special
 * dwellings register. Reads of person-level rows are audited by the use cases, in the
 * transaction that reads, not here.
 */

export interface DecisionSummary {
  readonly id: number;
  readonly kind: LettingDecisionKind;
  readonly decisionDate: string;
  readonly areaId: string;
  readonly subjectPseudonym: string;
  readonly result: string;
  readonly ruleVersion: string;
  readonly decidedBy: string;
  readonly decidedAt: string;
}

export interface DecisionRecord extends DecisionSummary {
  readonly inputFacts: unknown;
  readonly parametersUsed: readonly { readonly id: string; readonly value: unknown }[];
  readonly justification: {
    readonly legalBasis: string;
    readonly facts: readonly string[];
    readonly reasoning: readonly string[];
    readonly text: string;
  };
  readonly decision: Record<string, unknown>;
}

export interface NewDecision {
  readonly kind: LettingDecisionKind;
  readonly decisionDate: string;
  readonly areaId: string;
  readonly subjectPseudonym: string;
  readonly result: string;
  readonly ruleVersion: string;
  readonly inputFacts: unknown;
  readonly parametersUsed: unknown;
  readonly justification: unknown;
  readonly decision: unknown;
  readonly decidedBy: string;
}

type Row = Selectable<LettingDecisionTable>;

function summaryOf(row: Pick<Row, keyof Row>): DecisionSummary {
  return {
    id: row.id,
    kind: row.kind,
    decisionDate: row.decision_date,
    areaId: row.area_id,
    subjectPseudonym: row.subject_pseudonym,
    result: row.result,
    ruleVersion: row.rule_version,
    decidedBy: row.decided_by,
    decidedAt: new Date(row.decided_at).toISOString(),
  };
}

function recordOf(row: Row): DecisionRecord {
  return {
    ...summaryOf(row),
    inputFacts: row.input_facts,
    parametersUsed: row.parameters_used as DecisionRecord["parametersUsed"],
    justification: row.justification as DecisionRecord["justification"],
    decision: row.decision as Record<string, unknown>,
  };
}

export async function insertDecision(trx: Kysely<Database>, decision: NewDecision): Promise<DecisionRecord> {
  const row = await trx
    .insertInto("letting_decision")
    .values({
      kind: decision.kind,
      decision_date: decision.decisionDate,
      area_id: decision.areaId,
      subject_pseudonym: decision.subjectPseudonym,
      result: decision.result,
      rule_version: decision.ruleVersion,
      input_facts: JSON.stringify(decision.inputFacts),
      parameters_used: JSON.stringify(decision.parametersUsed),
      justification: JSON.stringify(decision.justification),
      decision: JSON.stringify(decision.decision),
      decided_by: decision.decidedBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return recordOf(row);
}

export async function findDecision(db: Kysely<Database>, id: number): Promise<DecisionRecord | undefined> {
  const row = await db.selectFrom("letting_decision").selectAll().where("id", "=", id).executeTakeFirst();
  return row === undefined ? undefined : recordOf(row);
}

const SUMMARY_COLUMNS = [
  "id",
  "kind",
  "decision_date",
  "area_id",
  "subject_pseudonym",
  "result",
  "rule_version",
  "decided_by",
  "decided_at",
] as const;

export async function listDecisions(
  db: Kysely<Database>,
  query: { readonly kind?: LettingDecisionKind | undefined; readonly limit: number },
): Promise<DecisionSummary[]> {
  let q = db.selectFrom("letting_decision").select(SUMMARY_COLUMNS).orderBy("id", "desc").limit(query.limit);
  if (query.kind !== undefined) q = q.where("kind", "=", query.kind);
  const rows = await q.execute();
  return rows.map((r) => summaryOf(r as Row));
}

/** Full records of one kind, newest first (the relocation-grant register needs each grant's amount). */
export async function listDecisionRecords(
  db: Kysely<Database>,
  kind: LettingDecisionKind,
  limit: number,
): Promise<DecisionRecord[]> {
  const rows = await db
    .selectFrom("letting_decision")
    .selectAll()
    .where("kind", "=", kind)
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
  return rows.map(recordOf);
}

export interface Payment {
  readonly id: number;
  readonly decisionId: number;
  readonly amount: number;
  readonly paidOn: string;
  readonly recordedBy: string;
  readonly recordedAt: string;
}

function paymentOf(row: Selectable<Database["relocation_grant_payment"]>): Payment {
  return {
    id: row.id,
    decisionId: row.decision_id,
    amount: row.amount,
    paidOn: row.paid_on,
    recordedBy: row.recorded_by,
    recordedAt: new Date(row.recorded_at).toISOString(),
  };
}

/** The one-payment-per-decision constraint (migration 0003: `decision_id … unique`). */
const ONE_PAYMENT_PER_DECISION = "relocation_grant_payment_decision_id_key";

/**
 * True when `error` is the database refusing a second payment of the same decision: a
 * registration racing another one past the application's check. Both drivers give the
 * PostgreSQL error code (23505, unique_violation) and the constraint's name.
 */
export function isDuplicatePayment(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, constraint } = error as { code?: unknown; constraint?: unknown };
  return code === "23505" && constraint === ONE_PAYMENT_PER_DECISION;
}

export async function insertPayment(
  trx: Kysely<Database>,
  payment: { decisionId: number; amount: number; paidOn: string; recordedBy: string },
): Promise<Payment> {
  const row = await trx
    .insertInto("relocation_grant_payment")
    .values({
      decision_id: payment.decisionId,
      amount: payment.amount,
      paid_on: payment.paidOn,
      recorded_by: payment.recordedBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return paymentOf(row);
}

export async function paymentFor(db: Kysely<Database>, decisionId: number): Promise<Payment | undefined> {
  const row = await db
    .selectFrom("relocation_grant_payment")
    .selectAll()
    .where("decision_id", "=", decisionId)
    .executeTakeFirst();
  return row === undefined ? undefined : paymentOf(row);
}

export async function listPayments(db: Kysely<Database>): Promise<Payment[]> {
  const rows = await db.selectFrom("relocation_grant_payment").selectAll().orderBy("id").execute();
  return rows.map(paymentOf);
}

export interface SpecialDwellingRow {
  readonly id: number;
  readonly year: number;
  readonly dwellings: number;
  readonly areaId: string | null;
  readonly description: string;
  readonly municipalReferralShare: number;
  readonly recordedBy: string;
  readonly recordedAt: string;
}

function dwellingOf(row: Selectable<Database["special_dwelling"]>): SpecialDwellingRow {
  return {
    id: row.id,
    year: row.year,
    dwellings: row.dwellings,
    areaId: row.area_id,
    description: row.description,
    municipalReferralShare: Number(row.municipal_referral_share),
    recordedBy: row.recorded_by,
    recordedAt: new Date(row.recorded_at).toISOString(),
  };
}

export async function listSpecialDwellings(db: Kysely<Database>): Promise<SpecialDwellingRow[]> {
  const rows = await db.selectFrom("special_dwelling").selectAll().orderBy("year").orderBy("id").execute();
  return rows.map(dwellingOf);
}

export async function insertSpecialDwelling(
  trx: Kysely<Database>,
  row: {
    year: number;
    dwellings: number;
    areaId: string | null;
    description: string;
    municipalReferralShare: number;
    recordedBy: string;
  },
): Promise<SpecialDwellingRow> {
  const inserted = await trx
    .insertInto("special_dwelling")
    .values({
      year: row.year,
      dwellings: row.dwellings,
      area_id: row.areaId,
      description: row.description,
      municipal_referral_share: row.municipalReferralShare,
      recorded_by: row.recordedBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return dwellingOf(inserted);
}

export async function countSpecialDwellings(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom("special_dwelling")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
