import { type Kysely, sql } from "kysely";

/**
 * SSP case work (issue 14, DOMAIN.md §7). The current state of a case (`ssp_case`,
 * `case_action`) beside its append-only timeline (`case_event`). A young person's name and
 * contact live only in `young_person`, shown only to caseworkers of the person's SSP local
 * committee; `udsyn cases purge` anonymises the person and deletes the timeline when the
 * retention period after closing has run out, which is the one DELETE the timeline allows.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("ssp_committee")
    .addColumn("code", "text", (c) => c.primaryKey().check(sql`code ~ '^[a-z0-9_-]{2,40}$'`))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("leader_group", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("user_ssp_committee")
    .addColumn("user_id", "integer", (c) => c.notNull().references("app_user.id").onDelete("cascade"))
    .addColumn("committee_code", "text", (c) => c.notNull().references("ssp_committee.code"))
    .addPrimaryKeyConstraint("user_ssp_committee_pk", ["user_id", "committee_code"])
    .execute();

  await db.schema
    .createTable("case_catalogue")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("content", "jsonb", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable("young_person")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("committee_code", "text", (c) => c.notNull().references("ssp_committee.code"))
    .addColumn("pseudonym", "text", (c) => c.notNull().check(sql`length(pseudonym) between 1 and 60`))
    .addColumn("birth_year", "integer", (c) => c.notNull().check(sql`birth_year between 1950 and 2100`))
    // Null once anonymised: the year stays for the age in aggregates, the month goes.
    .addColumn("birth_month", "integer", (c) => c.check(sql`birth_month between 1 and 12`))
    .addColumn("name", "text")
    .addColumn("contact", "text")
    .addColumn("anonymised_at", "timestamptz")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint("young_person_committee_pseudonym", ["committee_code", "pseudonym"])
    .addCheckConstraint(
      "young_person_anonymised_has_no_person_data",
      sql`anonymised_at is null or (name is null and contact is null and birth_month is null)`,
    )
    .execute();

  await db.schema
    .createTable("ssp_case")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("person_id", "integer", (c) => c.notNull().references("young_person.id"))
    .addColumn("committee_code", "text", (c) => c.notNull().references("ssp_committee.code"))
    .addColumn("level", "integer", (c) => c.notNull().check(sql`level between 1 and 4`))
    .addColumn("opened_on", "date", (c) => c.notNull())
    .addColumn("closed_on", "date")
    .addColumn("close_reason", "text")
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint("ssp_case_closed_after_opened", sql`closed_on is null or closed_on >= opened_on`)
    .execute();
  // One open case per young person; a closed case may be followed by a new one.
  await sql`create unique index ssp_case_one_open_per_person on ssp_case (person_id) where closed_on is null`.execute(
    db,
  );
  await db.schema
    .createIndex("ssp_case_committee_idx")
    .on("ssp_case")
    .columns(["committee_code", "level"])
    .execute();

  await db.schema
    .createTable("case_action")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("case_id", "integer", (c) => c.notNull().references("ssp_case.id"))
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("responsible", "text", (c) => c.notNull())
    .addColumn("level", "integer", (c) => c.notNull().check(sql`level between 1 and 4`))
    .addColumn("created_on", "date", (c) => c.notNull())
    .addColumn("due_on", "date", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull().check(sql`status in ('open', 'completed', 'lapsed')`))
    .addColumn("completed_on", "date")
    .addColumn("completed_by", "text")
    .addCheckConstraint("case_action_due_after_created", sql`due_on >= created_on`)
    .addCheckConstraint(
      "case_action_completed_has_date",
      sql`(status = 'completed') = (completed_on is not null and completed_by is not null)`,
    )
    .execute();
  await db.schema.createIndex("case_action_case_idx").on("case_action").columns(["case_id"]).execute();
  await sql`create index case_action_open_due_idx on case_action (due_on) where status = 'open'`.execute(db);

  await db.schema
    .createTable("case_event")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("case_id", "integer", (c) => c.notNull().references("ssp_case.id"))
    .addColumn("at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("on_date", "date", (c) => c.notNull())
    .addColumn("kind", "text", (c) =>
      c
        .notNull()
        .check(
          sql`kind in ('opened', 'action_completed', 'escalated', 'de-escalated', 'closed', 'assessment', 'intervention')`,
        ),
    )
    .addColumn("level", "integer", (c) => c.notNull().check(sql`level between 1 and 4`))
    .addColumn("details", "jsonb", (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn("actor_name", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("case_event_case_idx").on("case_event").columns(["case_id", "id"]).execute();
  // The timeline is a record: never changed; deleted only by the retention purge, which says so
  // for its own transaction (set_config('udsyn.case_purge', 'on', true)).
  await sql`
    create function case_event_append_only() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' and coalesce(current_setting('udsyn.case_purge', true), '') = 'on' then
        return old;
      end if;
      raise exception 'case_event is append-only';
    end $$`.execute(db);
  await sql`
    create trigger case_event_no_change before update or delete on case_event
    for each row execute function case_event_append_only()`.execute(db);

  await db.schema
    .createTable("case_assessment")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("person_id", "integer", (c) => c.notNull().references("young_person.id"))
    .addColumn("assessed_on", "date", (c) => c.notNull())
    .addColumn("scores", "jsonb", (c) => c.notNull())
    .addColumn("recorded_by", "text", (c) => c.notNull())
    .addColumn("recorded_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint("case_assessment_person_date", ["person_id", "assessed_on"])
    .execute();

  await db.schema
    .createTable("case_intervention")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("person_id", "integer", (c) => c.notNull().references("young_person.id"))
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("started_on", "date", (c) => c.notNull())
    .addColumn("ended_on", "date")
    .addColumn("recorded_by", "text", (c) => c.notNull())
    .addColumn("recorded_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint("case_intervention_period", sql`ended_on is null or ended_on >= started_on`)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "case_intervention",
    "case_assessment",
    "case_event",
    "case_action",
    "ssp_case",
    "young_person",
    "case_catalogue",
    "user_ssp_committee",
    "ssp_committee",
  ]) {
    await db.schema.dropTable(table).execute();
  }
  await sql`drop function if exists case_event_append_only()`.execute(db);
}
