import { type Kysely, sql } from "kysely";

/**
 * A version number of the area facts, so a classification computed once can be served again
 * until the facts change (src/usecases/areas/facts-cache.ts). A statement trigger on every table a
 * classification reads (the facts, the reference facts, the published lists, the computations the
 * facts name) adds one to it, in the writing transaction: the new number becomes visible exactly
 * when the new facts do, whichever process wrote them (the server, `udsyn areas import` on the
 * same PostgreSQL, psql). A reader takes the number before the facts, so what it caches under a
 * number is never older than that number.
 *
 * The trigger function runs as the owner (SECURITY DEFINER), like the audit chain's: the server's
 * own role reads the version and never writes it (src/db/roles.ts).
 */
const TABLES = ["area_fact", "area_reference_fact", "published_area_list", "area_fact_computation"] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema ?? "public";
  await sql`
    create table area_facts_version (
      id boolean primary key default true check (id),
      version bigint not null default 1
    )`.execute(db);
  await sql`insert into area_facts_version default values`.execute(db);
  await sql`
    create function area_facts_changed() returns trigger language plpgsql
    security definer set search_path = ${sql.id(schema)}, pg_temp as $$
    begin
      update area_facts_version set version = version + 1;
      return null;
    end $$`.execute(db);
  for (const table of TABLES) {
    await sql`
      create trigger ${sql.id(`${table}_facts_version`)}
      after insert or update or delete or truncate on ${sql.id(table)}
      for each statement execute function area_facts_changed()`.execute(db);
  }
  await sql`revoke all on area_facts_version from public`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of TABLES) {
    await sql`drop trigger ${sql.id(`${table}_facts_version`)} on ${sql.id(table)}`.execute(db);
  }
  await sql`drop function area_facts_changed()`.execute(db);
  await sql`drop table area_facts_version`.execute(db);
}
