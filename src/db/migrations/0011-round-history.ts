import { type Kysely, sql } from "kysely";

/**
 * The secretary's work on a round (issue 13):
 *
 * - `reporting_round.revision` counts the changes of a round's content. A client sends the
 *   revision it edited; an edit of an older revision is refused (409) instead of silently
 *   overwriting what someone else stored since.
 * - `reporting_round_event` is the round's history as its page shows it: each status change with
 *   who, when and the comment given. A record: never changed, never deleted.
 * - `reporting_round_drafter` names everyone who changed a round's content or sent it for review,
 *   so "four eyes" (the drafter may not approve or publish) is one lookup, not a scan of the audit log.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("reporting_round")
    .addColumn("revision", "integer", (c) => c.notNull().defaultTo(1).check(sql`revision >= 1`))
    .execute();

  await db.schema
    .createTable("reporting_round_event")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("round_id", "integer", (c) => c.notNull().references("reporting_round.id"))
    .addColumn("at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("actor_name", "text", (c) => c.notNull().check(sql`length(actor_name) > 0`))
    .addColumn("from_status", "text", (c) =>
      c.check(sql`from_status in ('requested', 'draft', 'review', 'approved', 'published')`),
    )
    .addColumn("to_status", "text", (c) =>
      c.notNull().check(sql`to_status in ('requested', 'draft', 'review', 'approved', 'published')`),
    )
    .addColumn("comment", "text", (c) => c.check(sql`comment is null or length(comment) <= 2000`))
    .execute();
  await db.schema
    .createIndex("reporting_round_event_round_idx")
    .on("reporting_round_event")
    .columns(["round_id", "id"])
    .execute();

  await db.schema
    .createTable("reporting_round_drafter")
    .addColumn("round_id", "integer", (c) => c.notNull().references("reporting_round.id"))
    .addColumn("actor_name", "text", (c) => c.notNull().check(sql`length(actor_name) > 0`))
    .addPrimaryKeyConstraint("reporting_round_drafter_pk", ["round_id", "actor_name"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("reporting_round_drafter").execute();
  await db.schema.dropTable("reporting_round_event").execute();
  await db.schema.alterTable("reporting_round").dropColumn("revision").execute();
}
