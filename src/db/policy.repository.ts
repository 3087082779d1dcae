import type { Kysely } from "kysely";
import type { ReportingRound } from "../domain/policy/report/reporting-round.ts";
import type { RoundStatus } from "../domain/policy/report/round-workflow.ts";
import type { Database } from "./schema.ts";

export interface RoundRecord {
  readonly id: number;
  readonly committeeCode: string;
  readonly year: number;
  readonly version: number;
  readonly status: RoundStatus;
  readonly deadline: string | null;
  readonly createdFromId: number | null;
  readonly updatedAt: string;
  readonly publishedAt: string | null;
  /** Counts content changes; an edit names the revision it was made on. */
  readonly revision: number;
  readonly content: ReportingRound;
}

export type RoundSummary = Omit<RoundRecord, "content">;

const SUMMARY_COLUMNS = [
  "id",
  "committee_code",
  "year",
  "version",
  "status",
  "deadline",
  "created_from_id",
  "updated_at",
  "published_at",
  "revision",
] as const;

interface SummaryRow {
  id: number;
  committee_code: string;
  year: number;
  version: number;
  status: RoundStatus;
  deadline: string | null;
  created_from_id: number | null;
  updated_at: Date;
  published_at: Date | null;
  revision: number;
}

function toSummary(row: SummaryRow): RoundSummary {
  return {
    id: row.id,
    committeeCode: row.committee_code,
    year: row.year,
    version: row.version,
    status: row.status,
    deadline: row.deadline,
    createdFromId: row.created_from_id,
    updatedAt: new Date(row.updated_at).toISOString(),
    publishedAt: row.published_at === null ? null : new Date(row.published_at).toISOString(),
    revision: row.revision,
  };
}

export async function listRounds(db: Kysely<Database>, committeeCode?: string): Promise<RoundSummary[]> {
  let q = db
    .selectFrom("reporting_round")
    .select(SUMMARY_COLUMNS)
    .orderBy("committee_code")
    .orderBy("year", "desc")
    .orderBy("version", "desc");
  if (committeeCode !== undefined) q = q.where("committee_code", "=", committeeCode);
  return (await q.execute()).map(toSummary);
}

export async function findRoundById(db: Kysely<Database>, id: number): Promise<RoundRecord | undefined> {
  const row = await db
    .selectFrom("reporting_round")
    .select([...SUMMARY_COLUMNS, "content"])
    .where("id", "=", id)
    .executeTakeFirst();
  return row === undefined ? undefined : { ...toSummary(row), content: row.content as ReportingRound };
}

/**
 * Locks round `id` until the transaction ends (`SELECT … FOR UPDATE`), so a read-modify-write
 * of it runs one at a time: a second writer waits here, then reads what the first committed.
 * Call it inside the transaction, before reading the round. False when there is no such round.
 */
export async function lockRound(trx: Kysely<Database>, id: number): Promise<boolean> {
  const row = await trx
    .selectFrom("reporting_round")
    .select("id")
    .where("id", "=", id)
    .forUpdate()
    .executeTakeFirst();
  return row !== undefined;
}

/** The given version, or the newest version of that committee's round for the year. */
export async function findRound(
  db: Kysely<Database>,
  committeeCode: string,
  year: number,
  version?: number,
): Promise<RoundRecord | undefined> {
  let q = db
    .selectFrom("reporting_round")
    .select([...SUMMARY_COLUMNS, "content"])
    .where("committee_code", "=", committeeCode)
    .where("year", "=", year)
    .orderBy("version", "desc")
    .limit(1);
  if (version !== undefined) q = q.where("version", "=", version);
  const row = await q.executeTakeFirst();
  return row === undefined ? undefined : { ...toSummary(row), content: row.content as ReportingRound };
}

/** The newest version of the committee's newest round before `year`: what a new year's round copies. */
export async function findNewestRoundBefore(
  db: Kysely<Database>,
  committeeCode: string,
  year: number,
): Promise<RoundRecord | undefined> {
  const row = await db
    .selectFrom("reporting_round")
    .select([...SUMMARY_COLUMNS, "content"])
    .where("committee_code", "=", committeeCode)
    .where("year", "<", year)
    .orderBy("year", "desc")
    .orderBy("version", "desc")
    .limit(1)
    .executeTakeFirst();
  return row === undefined ? undefined : { ...toSummary(row), content: row.content as ReportingRound };
}

export interface NewRound {
  readonly committeeCode: string;
  readonly year: number;
  readonly version: number;
  readonly status: RoundStatus;
  readonly deadline: string | null;
  readonly createdFromId: number | null;
  readonly content: ReportingRound;
}

export async function insertRound(db: Kysely<Database>, round: NewRound): Promise<number> {
  const row = await db
    .insertInto("reporting_round")
    .values({
      committee_code: round.committeeCode,
      year: round.year,
      version: round.version,
      status: round.status,
      deadline: round.deadline,
      created_from_id: round.createdFromId,
      content: JSON.stringify(round.content),
      published_at: round.status === "published" ? new Date() : null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateRoundContent(
  db: Kysely<Database>,
  id: number,
  content: ReportingRound,
): Promise<void> {
  await db
    .updateTable("reporting_round")
    .set((eb) => ({
      content: JSON.stringify(content),
      updated_at: new Date(),
      revision: eb("revision", "+", 1),
    }))
    .where("id", "=", id)
    .execute();
}

export async function updateRoundStatus(
  db: Kysely<Database>,
  id: number,
  status: RoundStatus,
): Promise<void> {
  await db
    .updateTable("reporting_round")
    .set({ status, updated_at: new Date(), published_at: status === "published" ? new Date() : null })
    .where("id", "=", id)
    .execute();
}

export async function upsertOrganisationUnit(
  db: Kysely<Database>,
  unit: {
    code: string;
    name: string;
    kind: "committee" | "administration";
    administrationCode: string | null;
  },
): Promise<void> {
  await db
    .insertInto("organisation_unit")
    .values({
      code: unit.code,
      name: unit.name,
      kind: unit.kind,
      administration_code: unit.administrationCode,
    })
    .onConflict((oc) => oc.column("code").doUpdateSet({ name: unit.name }))
    .execute();
}

export async function listOrganisationUnits(
  db: Kysely<Database>,
): Promise<{ code: string; name: string; kind: string; administrationCode: string | null }[]> {
  const rows = await db.selectFrom("organisation_unit").selectAll().orderBy("kind").orderBy("code").execute();
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    kind: r.kind,
    administrationCode: r.administration_code,
  }));
}

export interface RoundEvent {
  readonly at: string;
  readonly actorName: string;
  readonly from: RoundStatus | null;
  readonly to: RoundStatus;
  readonly comment: string | null;
}

export async function insertRoundEvent(
  db: Kysely<Database>,
  roundId: number,
  event: Omit<RoundEvent, "at">,
): Promise<void> {
  await db
    .insertInto("reporting_round_event")
    .values({
      round_id: roundId,
      actor_name: event.actorName,
      from_status: event.from,
      to_status: event.to,
      comment: event.comment,
    })
    .execute();
}

/** A round's status changes, oldest first. */
export async function listRoundEvents(db: Kysely<Database>, roundId: number): Promise<RoundEvent[]> {
  const rows = await db
    .selectFrom("reporting_round_event")
    .select(["at", "actor_name", "from_status", "to_status", "comment"])
    .where("round_id", "=", roundId)
    .orderBy("id")
    .execute();
  return rows.map((r) => ({
    at: new Date(r.at).toISOString(),
    actorName: r.actor_name,
    from: r.from_status,
    to: r.to_status,
    comment: r.comment,
  }));
}

/** Records that `actorName` drafted round `roundId` (once; a second call changes nothing). */
export async function addRoundDrafter(
  db: Kysely<Database>,
  roundId: number,
  actorName: string,
): Promise<void> {
  await db
    .insertInto("reporting_round_drafter")
    .values({ round_id: roundId, actor_name: actorName })
    .onConflict((oc) => oc.columns(["round_id", "actor_name"]).doNothing())
    .execute();
}

export async function listRoundDrafters(db: Kysely<Database>, roundId: number): Promise<string[]> {
  const rows = await db
    .selectFrom("reporting_round_drafter")
    .select("actor_name")
    .where("round_id", "=", roundId)
    .orderBy("actor_name")
    .execute();
  return rows.map((r) => r.actor_name);
}
