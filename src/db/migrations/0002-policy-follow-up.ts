import { type Kysely, sql } from "kysely";

/**
 * A reporting round (redegørelse) is stored as one validated document per version: the
 * report, its validation and its rendering all read the round whole, a new round starts as a
 * copy, and a published version must never change, which one row per version makes plain.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("organisation_unit")
    .addColumn("code", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('committee', 'administration')`))
    .addColumn("administration_code", "text", (c) => c.references("organisation_unit.code"))
    .addCheckConstraint(
      "organisation_unit_committee_has_administration",
      sql`(kind = 'committee') = (administration_code is not null)`,
    )
    .execute();

  await db.schema
    .createTable("reporting_round")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("committee_code", "text", (c) => c.notNull().references("organisation_unit.code"))
    .addColumn("year", "integer", (c) => c.notNull().check(sql`year between 1900 and 2200`))
    .addColumn("version", "integer", (c) => c.notNull().check(sql`version >= 1`))
    .addColumn("status", "text", (c) =>
      c.notNull().check(sql`status in ('requested', 'draft', 'review', 'approved', 'published')`),
    )
    .addColumn("deadline", "date")
    .addColumn("content", "jsonb", (c) => c.notNull())
    .addColumn("created_from_id", "integer", (c) => c.references("reporting_round.id"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("published_at", "timestamptz")
    .addUniqueConstraint("reporting_round_version_unique", ["committee_code", "year", "version"])
    .addCheckConstraint(
      "reporting_round_published_has_date",
      sql`(status = 'published') = (published_at is not null)`,
    )
    .execute();

  // Published is final: a correction is a new version, never an edit.
  await sql`
    create function reporting_round_published_is_final() returns trigger language plpgsql as $$
    begin
      if OLD.status = 'published' then
        raise exception 'reporting round % is published and cannot be changed', OLD.id;
      end if;
      return case when TG_OP = 'DELETE' then OLD else NEW end;
    end $$`.execute(db);
  await sql`
    create trigger reporting_round_final before update or delete on reporting_round
    for each row execute function reporting_round_published_is_final()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("reporting_round").execute();
  await sql`drop function if exists reporting_round_published_is_final()`.execute(db);
  await db.schema.dropTable("organisation_unit").execute();
}
