import { type Kysely, sql } from "kysely";

/**
 * The administration's audit-log filters read the newest rows of one action, one actor or one
 * record. Without an index each is a backwards walk of the whole log (which only grows) until the
 * page is full: the import history, whose actions are a small share of all rows, would read every
 * row on each visit. Each index ends in id, so "newest first, before id N" is a range scan.
 */
const INDEXES = [
  sql`create index audit_log_action_idx on audit_log (action, id)`,
  sql`create index audit_log_actor_idx on audit_log (actor_name, id)`,
  sql`create index audit_log_record_idx on audit_log (entity, entity_id, id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of INDEXES) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const name of ["audit_log_action_idx", "audit_log_actor_idx", "audit_log_record_idx"]) {
    await sql`drop index ${sql.id(name)}`.execute(db);
  }
}
