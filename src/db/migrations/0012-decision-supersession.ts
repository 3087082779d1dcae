import { type Kysely, sql } from "kysely";

/**
 * A stored decision is annulled or corrected only by a new decision that names it, with a
 * reason (both are records, so the table stays append-only): `supersedes_id` points at the
 * earlier decision, at most once, and only of the same kind. The decision also keeps the case's
 * journal number and the partshøring (forvaltningsloven § 19) its letter reports.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("letting_decision")
    .addColumn("journal_number", "text", (c) => c.check(sql`length(btrim(journal_number)) > 0`))
    .addColumn("hearing", "jsonb")
    .addColumn("supersedes_id", "integer", (c) => c.references("letting_decision.id").unique())
    .addColumn("supersession", "text", (c) => c.check(sql`supersession in ('annulment', 'correction')`))
    .addColumn("supersession_reason", "text")
    .execute();
  await sql`
    alter table letting_decision add constraint letting_decision_supersession_whole check (
      (supersedes_id is null and supersession is null and supersession_reason is null)
      or (supersedes_id is not null and supersession is not null
          and length(btrim(supersession_reason)) >= 3 and supersedes_id < id)
    )`.execute(db);
  await sql`
    alter table letting_decision add constraint letting_decision_annulment_result check (
      (supersession = 'annulment') = (result = 'annulled')
    )`.execute(db);
  await sql`
    create function letting_decision_same_kind() returns trigger language plpgsql as $$
    begin
      if new.supersedes_id is not null and
         (select kind from letting_decision where id = new.supersedes_id) is distinct from new.kind then
        raise exception 'a decision can only supersede a decision of its own kind';
      end if;
      return new;
    end $$`.execute(db);
  await sql`
    create trigger letting_decision_supersedes_same_kind before insert on letting_decision
    for each row execute function letting_decision_same_kind()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop trigger letting_decision_supersedes_same_kind on letting_decision`.execute(db);
  await sql`drop function letting_decision_same_kind()`.execute(db);
  await sql`alter table letting_decision drop constraint letting_decision_annulment_result`.execute(db);
  await sql`alter table letting_decision drop constraint letting_decision_supersession_whole`.execute(db);
  for (const column of ["supersession_reason", "supersession", "supersedes_id", "hearing", "journal_number"])
    await db.schema.alterTable("letting_decision").dropColumn(column).execute();
}
