import { type Kysely, sql } from "kysely";

/**
 * Area facts computed from register microdata, with their provenance (docs/REGISTER.md, "Facts
 * from microdata"). One `area_fact_computation` row per computation: the batch it read, the years,
 * and the parameter values (with their sources) it used. `area_fact.computation_id` and
 * `area_reference_fact.computation_id` name the computation a row came from; null means typed in
 * (the CSV import, the demo seeder).
 *
 * Indexes, chosen from EXPLAIN (ANALYZE) of the aggregation (src/db/register-facts.repository.ts)
 * on a 60,000-person synthetic batch (`udsyn synth --persons 60000`, about 72,000 residence spells
 * and 430,000 person-years) on PostgreSQL 16:
 *
 * - The aggregate is one pass over the batch: 7 reference days × ~67,600 residents = 473,000
 *   resident-years. The plan is hash joins over sequential scans of the batch's persons,
 *   dwellings and person-years, and a HashAggregate on (year, department) (522 groups); the
 *   residence spells are read through register_residence_dwelling_idx (batch_id first) with the
 *   date test as a filter (the test keeps ~80 % of the spells, so no date index would pay). About
 *   4-8 s on a loaded two-core machine; the cost is in the hash join and the 12 filtered
 *   aggregates, not in reading. Two rewrites mattered more than any index: age by integer
 *   arithmetic instead of age() (13 s → 8 s), and aggregating on (year, department) before joining
 *   the names (no 45 MB external sort).
 * - The one register index that changes the plan: register_person_year (batch_id, year). The
 *   primary key (batch_id, pseudonym, year) cannot serve a range of years, so a computation of
 *   one year built its hash from all 425,714 person-years; with the index and the query's
 *   `py.year between from and to`, it is a bitmap scan of that year's 61,667 rows.
 * - area_fact (computation_id): the rows of one computation are read back three times (the keys
 *   it wrote, the reference facts summed from them, the "is it intact" count); without it each is
 *   a scan of the whole area_fact table, which grows by every department every year.
 */
const statements = [
  sql`create table area_fact_computation (
    id serial primary key,
    batch_id integer not null references import_batch (id),
    years int4range not null check (not isempty(years) and lower_inc(years) and not upper_inf(years)),
    parameters jsonb not null,
    fact_rows integer not null check (fact_rows >= 0),
    reference_rows integer not null check (reference_rows >= 0),
    computed_at timestamptz not null default now(),
    computed_by text not null
  )`,
  sql`create index area_fact_computation_batch_idx on area_fact_computation (batch_id)`,
  sql`alter table area_fact add column computation_id integer
    references area_fact_computation (id) deferrable initially deferred`,
  sql`alter table area_reference_fact add column computation_id integer
    references area_fact_computation (id) deferrable initially deferred`,
  sql`create index area_fact_computation_id_idx on area_fact (computation_id)`,
  sql`create index register_person_year_year_idx on register_person_year (batch_id, year)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index register_person_year_year_idx`.execute(db);
  await sql`alter table area_reference_fact drop column computation_id`.execute(db);
  await sql`alter table area_fact drop column computation_id`.execute(db);
  await sql`drop table area_fact_computation`.execute(db);
}
