import { type Kysely, type Selectable, sql } from "kysely";
import { AUDIT_COLUMNS, type AuditRowValues, auditSelection } from "./audit.ts";
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
  /** The earlier decision this one annuls or corrects (migration 0012). */
  readonly supersedes: Supersedes | null;
  /** The later decision that annuls or corrects this one, if any. */
  readonly supersededBy: { readonly id: number; readonly kind: "annulment" | "correction" } | null;
}

export interface Supersedes {
  readonly id: number;
  readonly kind: "annulment" | "correction";
  readonly reason: string;
}

export interface HearingRow {
  readonly sentOn: string;
  readonly answerBy: string;
  readonly answeredOn?: string | undefined;
  readonly comments?: string | undefined;
}

export interface DecisionRecord extends DecisionSummary {
  readonly journalNumber: string | null;
  readonly hearing: HearingRow | null;
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
  readonly journalNumber?: string | undefined;
  readonly hearing?: HearingRow | undefined;
  readonly supersedes?: Supersedes | undefined;
}

type Row = Selectable<LettingDecisionTable>;
type SummaryRow = Pick<
  Row,
  (typeof SUMMARY_COLUMNS)[number] | "supersedes_id" | "supersession" | "supersession_reason"
> & { readonly superseded_by_id: number | null; readonly superseded_by_kind: string | null };

function summaryOf(row: SummaryRow): DecisionSummary {
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
    supersedes:
      row.supersedes_id === null || row.supersession === null
        ? null
        : { id: row.supersedes_id, kind: row.supersession, reason: row.supersession_reason ?? "" },
    supersededBy:
      row.superseded_by_id === null
        ? null
        : { id: row.superseded_by_id, kind: row.superseded_by_kind as "annulment" | "correction" },
  };
}

function recordOf(row: SummaryRow & Row): DecisionRecord {
  return {
    ...summaryOf(row),
    journalNumber: row.journal_number,
    hearing: row.hearing as HearingRow | null,
    inputFacts: row.input_facts,
    parametersUsed: row.parameters_used as DecisionRecord["parametersUsed"],
    justification: row.justification as DecisionRecord["justification"],
    decision: row.decision as Record<string, unknown>,
  };
}

export async function insertDecision(trx: Kysely<Database>, decision: NewDecision): Promise<DecisionRecord> {
  const row = await trx
    .insertInto("letting_decision")
    .values(decisionValues(decision))
    .returningAll()
    .executeTakeFirstOrThrow();
  return recordOf({ ...row, superseded_by_id: null, superseded_by_kind: null });
}

/**
 * Inserts a decision and its audit row (naming the new decision's id) in one statement: a
 * statement is atomic, so both are stored or neither, as in a transaction, but in one round trip
 * to the database instead of four (begin, decision, audit, commit), and the audit chain's head is
 * locked only while the database runs the statement, never across the network between statements
 * (every audited write queues on that lock).
 */
export async function insertDecisionAudited(
  db: Kysely<Database>,
  decision: NewDecision,
  audit: AuditRowValues,
): Promise<DecisionRecord> {
  const row = await db
    .with("d", (q) => q.insertInto("letting_decision").values(decisionValues(decision)).returningAll())
    .with("a", (q) =>
      q
        .insertInto("audit_log")
        .columns(AUDIT_COLUMNS)
        .expression((eb) => eb.selectFrom("d").select(auditSelection(audit, sql`d.id::text`))),
    )
    .selectFrom("d")
    .selectAll()
    .executeTakeFirstOrThrow();
  return recordOf({ ...row, superseded_by_id: null, superseded_by_kind: null });
}

function decisionValues(decision: NewDecision) {
  return {
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
    journal_number: decision.journalNumber ?? null,
    hearing: decision.hearing === undefined ? null : JSON.stringify(decision.hearing),
    supersedes_id: decision.supersedes?.id ?? null,
    supersession: decision.supersedes?.kind ?? null,
    supersession_reason: decision.supersedes?.reason ?? null,
  };
}

/** The decisions with the later decision (if any) that annuls or corrects each. */
function withSupersededBy(db: Kysely<Database>) {
  return db
    .selectFrom("letting_decision as d")
    .leftJoin("letting_decision as later", "later.supersedes_id", "d.id")
    .select(["later.id as superseded_by_id", "later.supersession as superseded_by_kind"]);
}

export async function findDecision(db: Kysely<Database>, id: number): Promise<DecisionRecord | undefined> {
  const row = await withSupersededBy(db).selectAll("d").where("d.id", "=", id).executeTakeFirst();
  return row === undefined ? undefined : recordOf(row);
}

/** Locks a decision before a new one supersedes it, so two corrections cannot both pass the check. */
export async function lockDecision(trx: Kysely<Database>, id: number): Promise<void> {
  await trx.selectFrom("letting_decision").select("id").where("id", "=", id).forUpdate().execute();
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
  "supersedes_id",
  "supersession",
  "supersession_reason",
] as const;

/**
 * A list's decisions, newest first: with a kind, read from the (kind, id) index in that order,
 * stopping after `limit` (migration 0025).
 */
export function shownDecisions(
  db: Kysely<Database>,
  query: { readonly kind?: LettingDecisionKind | undefined; readonly limit: number },
) {
  const shown = withSupersededBy(db)
    .select(SUMMARY_COLUMNS.map((c) => `d.${c}` as const))
    .orderBy("d.id", "desc")
    .limit(query.limit);
  return query.kind === undefined ? shown : shown.where("d.kind", "=", query.kind);
}

/**
 * The list and the audit row naming the ids shown, in one statement: the audit row is written
 * exactly when the list is read (a statement is atomic), in one round trip to the database
 * instead of four (begin, list, audit, commit). `audit.details` is ignored: the statement writes
 * `{ kind, ids }` itself, the ids in the order shown.
 */
export async function listDecisionsAudited(
  db: Kysely<Database>,
  query: { readonly kind?: LettingDecisionKind | undefined; readonly limit: number },
  audit: AuditRowValues,
): Promise<DecisionSummary[]> {
  const shown = shownDecisions(db, query);
  const rows = await db
    .with("shown", () => shown)
    .with("a", (q) =>
      q
        .insertInto("audit_log")
        .columns(["actor_id", "actor_name", "action", "entity", "entity_id", "ip", "details"])
        .expression((eb) =>
          eb.selectFrom("shown").select([
            sql<number | null>`${audit.actor_id}::integer`.as("actor_id"),
            sql<string>`${audit.actor_name}::text`.as("actor_name"),
            sql<string>`${audit.action}::text`.as("action"),
            sql<string>`${audit.entity}::text`.as("entity"),
            sql<string | null>`${audit.entity_id}::text`.as("entity_id"),
            sql<string | null>`${audit.ip}::text`.as("ip"),
            sql<string>`jsonb_build_object('kind', ${query.kind ?? null}::text, 'ids',
                coalesce(jsonb_agg(shown.id order by shown.id desc), '[]'::jsonb))`.as("details"),
          ]),
        ),
    )
    .selectFrom("shown")
    .selectAll()
    .orderBy("id", "desc")
    .execute();
  return rows.map(summaryOf);
}

/** Full records of one kind, newest first (the relocation-grant register needs each grant's amount). */
export async function listDecisionRecords(
  db: Kysely<Database>,
  kind: LettingDecisionKind,
  limit: number,
): Promise<DecisionRecord[]> {
  const rows = await withSupersededBy(db)
    .selectAll("d")
    .where("d.kind", "=", kind)
    .orderBy("d.id", "desc")
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
