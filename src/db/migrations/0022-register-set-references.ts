import { type Kysely, sql } from "kysely";

/**
 * The references inside a register batch (a residence's person, dwelling and household, a benefit
 * month's and a person year's person, an area year's and a department's area, a dwelling's
 * department) are checked once per statement instead of once per row (performance issue B2,
 * docs/REGISTER.md "What bounds the direct load").
 *
 * A foreign key checks each inserted row by itself: an index probe and a `FOR KEY SHARE` lock of
 * the referenced row, run through the referential-integrity trigger one row at a time. Copying a
 * batch's 1.4 million benefit months paid 54 s for it against 17.6 s without. Here each of those
 * foreign keys becomes an AFTER INSERT statement trigger that sees the statement's rows as a
 * transition table and looks for a key missing from the referenced table in one query per
 * statement: no lock, no per-row trigger call, each distinct key probed once (1.4 million benefit
 * months name about 60,000 persons). A row with no referenced row is refused with SQLSTATE 23503,
 * as a foreign key refuses it, and rolls back the whole statement.
 *
 * What a foreign key also gives, that the referenced row cannot go away or change its key, holds
 * because register rows are never changed: a batch is imported whole, once (the server's role has
 * only SELECT and INSERT on them, src/db/roles.ts), and statement triggers refuse UPDATE, DELETE
 * and TRUNCATE of every register table to the owner too, so no reference can be orphaned. A batch
 * itself (`import_batch`) keeps its foreign keys: one row per batch, referenced by the three tables
 * that start a batch (areas, households, persons) and by the area fact computations; every other
 * table reaches it through them.
 */

interface Reference {
  readonly table: string;
  /** The columns of `table` and of `parent` (the same names), batch_id first. */
  readonly key: readonly [string, string];
  readonly parent: string;
  /** The foreign key this replaces (migration 0008's name), restored by `down`. */
  readonly constraint: string;
}

export const BATCH_REFERENCES: readonly Reference[] = [
  { table: "register_area_year", key: ["batch_id", "area_id"], parent: "register_area" },
  { table: "register_department", key: ["batch_id", "area_id"], parent: "register_area" },
  { table: "register_dwelling", key: ["batch_id", "department_id"], parent: "register_department" },
  { table: "register_residence", key: ["batch_id", "pseudonym"], parent: "register_person" },
  { table: "register_residence", key: ["batch_id", "dwelling_id"], parent: "register_dwelling" },
  { table: "register_residence", key: ["batch_id", "household_id"], parent: "register_household" },
  { table: "register_benefit_month", key: ["batch_id", "pseudonym"], parent: "register_person" },
  { table: "register_person_year", key: ["batch_id", "pseudonym"], parent: "register_person" },
].map((r) => ({ ...r, key: r.key as [string, string], constraint: `${r.table}_${r.key.join("_")}_fkey` }));

/** Every register table: append-only records. */
const REGISTER_TABLES = [
  "register_area",
  "register_area_year",
  "register_department",
  "register_dwelling",
  "register_household",
  "register_person",
  "register_residence",
  "register_benefit_month",
  "register_person_year",
] as const;

const triggerName = (r: Reference) => `${r.table}_${r.key[1]}_exists`;

export async function up(db: Kysely<unknown>): Promise<void> {
  // TG_ARGV: the referenced table and the two key columns (identifiers from the list above, quoted
  // by format's %I). The transition table `inserted` holds the statement's rows. Its distinct keys
  // are looked up in the referenced table's primary key, each by one index probe: a LATERAL
  // subquery with LIMIT is never flattened into a join, so the plan cannot become a loop over the
  // whole referenced table, whatever the statistics say about a batch not yet analysed. The cost
  // grows with the statement's rows and keys, not with the referenced table: PGlite loads a file
  // as many small COPY statements, and each stays cheap.
  await sql`
    create function register_reference_exists() returns trigger language plpgsql as $$
    declare
      missing record;
    begin
      execute format(
        'select k.batch_id, k.value from (select distinct %2$I as batch_id, %3$I as value from inserted) k
           left join lateral (select true as found from %1$I p
             where p.%2$I = k.batch_id and p.%3$I = k.value limit 1) p on true
           where p.found is null limit 1',
        TG_ARGV[0], TG_ARGV[1], TG_ARGV[2]) into missing;
      if missing.batch_id is not null then
        raise exception using
          errcode = 'foreign_key_violation',
          message = format('insert into %s refers to a missing %s row', TG_TABLE_NAME, TG_ARGV[0]),
          detail = format('Key (%s, %s)=(%s, %s) is not present in table "%s".',
            TG_ARGV[1], TG_ARGV[2], missing.batch_id, missing.value, TG_ARGV[0]);
      end if;
      return null;
    end $$`.execute(db);
  await sql`
    create function register_rows_are_records() returns trigger language plpgsql as $$
    begin
      raise exception '% is append-only: register rows are records, a batch is never changed', TG_TABLE_NAME;
    end $$`.execute(db);

  for (const r of BATCH_REFERENCES) {
    await sql`alter table ${sql.id(r.table)} drop constraint ${sql.id(r.constraint)}`.execute(db);
    await sql`
      create trigger ${sql.id(triggerName(r))} after insert on ${sql.id(r.table)}
      referencing new table as inserted for each statement
      execute function register_reference_exists(${sql.lit(r.parent)}, ${sql.lit(r.key[0])}, ${sql.lit(r.key[1])})`.execute(
      db,
    );
  }
  for (const table of REGISTER_TABLES) {
    await sql`
      create trigger ${sql.id(`${table}_no_change`)} before update or delete on ${sql.id(table)}
      for each statement execute function register_rows_are_records()`.execute(db);
    await sql`
      create trigger ${sql.id(`${table}_no_truncate`)} before truncate on ${sql.id(table)}
      for each statement execute function register_rows_are_records()`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of REGISTER_TABLES) {
    await sql`drop trigger ${sql.id(`${table}_no_truncate`)} on ${sql.id(table)}`.execute(db);
    await sql`drop trigger ${sql.id(`${table}_no_change`)} on ${sql.id(table)}`.execute(db);
  }
  for (const r of BATCH_REFERENCES) {
    await sql`drop trigger ${sql.id(triggerName(r))} on ${sql.id(r.table)}`.execute(db);
    await sql`
      alter table ${sql.id(r.table)} add constraint ${sql.id(r.constraint)}
      foreign key (${sql.id(r.key[0])}, ${sql.id(r.key[1])})
      references ${sql.id(r.parent)} (${sql.id(r.key[0])}, ${sql.id(r.key[1])})`.execute(db);
  }
  await sql`drop function register_rows_are_records()`.execute(db);
  await sql`drop function register_reference_exists()`.execute(db);
}
