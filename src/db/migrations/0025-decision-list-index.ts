import { type Kysely, sql } from "kysely";

/**
 * The decision lists (newest first, of one kind, at most N) read an index in that order and stop
 * after N rows. Without it the planner may scan every decision and sort: it did so whenever its
 * statistics were older than the table's growth (a few thousand decisions stored since the last
 * ANALYZE made it expect ~150 rows of the kind), and a list of 100 then cost ~40 ms of database time
 * at 7,000 decisions, growing with the table (bench B3, GET /api/letting/decisions).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index letting_decision_kind_id_idx on letting_decision (kind, id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index letting_decision_kind_id_idx`.execute(db);
}
