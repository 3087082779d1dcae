import { type Kysely, sql } from "kysely";
import type { Database } from "./schema.ts";

/**
 * The aggregates the computed goal indicators read from one batch of register data (issue 11,
 * docs/REGISTER.md "Goals measured"). Counts only: no person row leaves the database.
 */

export interface CrimeStratumRow {
  readonly year: number;
  /** `group`: immigrants and descendants; `reference`: the other young people (origin dansk). */
  readonly side: "group" | "reference";
  readonly age: number;
  readonly parentsStatus: string;
  readonly persons: number;
  readonly convicted: number;
}

/**
 * Young people of an age band living in the municipality some day of each year (a residence spell
 * meets the year), by year, side, age and parents' socio-economic status: persons, and persons
 * with at least one conviction that year.
 */
export async function crimeStrata(
  db: Kysely<Database>,
  batchId: number,
  ageFrom: number,
  ageTo: number,
): Promise<readonly CrimeStratumRow[]> {
  const { rows } = await sql<{
    year: number;
    side: "group" | "reference";
    age: number;
    parents_status: string;
    persons: string;
    convicted: string;
  }>`
    select y.year,
           case when p.origin = 'dansk' then 'reference' else 'group' end as side,
           y.year - p.birth_year as age,
           p.parents_status,
           count(*) as persons,
           count(*) filter (where y.convictions > 0) as convicted
      from register_person_year y
      join register_person p on p.batch_id = y.batch_id and p.pseudonym = y.pseudonym
     where y.batch_id = ${batchId}
       and y.year - p.birth_year between ${ageFrom} and ${ageTo}
       and exists (
         select 1 from register_residence r
          where r.batch_id = y.batch_id and r.pseudonym = y.pseudonym
            and r.valid_from <= make_date(y.year, 12, 31)
            and (r.valid_to is null or r.valid_to > make_date(y.year, 1, 1)))
     group by 1, 2, 3, 4
     order by 1, 2, 3, 4`.execute(db);
  return rows.map((r) => ({
    year: Number(r.year),
    side: r.side,
    age: Number(r.age),
    parentsStatus: r.parents_status,
    persons: Number(r.persons),
    convicted: Number(r.convicted),
  }));
}

export interface ShareRow {
  readonly year: number;
  readonly residents: number;
  readonly outside: number;
}

/**
 * Residents of an age band and those of them outside the labour market, summed over the
 * departments of the areas that had one of `areaTypes` in the year, from the area facts computed
 * from this batch (so the definition of "outside the labour market" is the facts' dated parameter).
 */
export async function outsideLabourMarketByYear(
  db: Kysely<Database>,
  batchId: number,
  areaTypes: readonly string[],
  ageBand: "18_64" | "18_plus",
): Promise<readonly ShareRow[]> {
  const residents = ageBand === "18_64" ? sql.ref("f.residents_18_64") : sql.ref("f.residents_18_plus");
  const outside =
    ageBand === "18_64"
      ? sql.ref("f.outside_labour_market_18_64")
      : sql.ref("f.outside_labour_market_18_plus");
  const { rows } = await sql<{ year: number; residents: string | null; outside: string | null }>`
    select f.year, sum(${residents}) as residents, sum(${outside}) as outside
      from area_fact f
      join area_fact_computation c on c.id = f.computation_id
      join register_area_year t on t.batch_id = c.batch_id and t.area_id = f.area_id and t.year = f.year
     where c.batch_id = ${batchId}
       and t.area_type = any(${sql.val([...areaTypes])})
     group by f.year
     order by f.year`.execute(db);
  return rows.map((r) => ({
    year: Number(r.year),
    residents: Number(r.residents ?? 0),
    outside: Number(r.outside ?? 0),
  }));
}

/** The newest batch, by import time: the default of every computation on register data. */
export async function newestBatch(db: Kysely<Database>): Promise<{ id: number; name: string } | undefined> {
  return db
    .selectFrom("import_batch")
    .select(["id", "name"])
    .orderBy("imported_at", "desc")
    .orderBy("id", "desc")
    .executeTakeFirst();
}

/** The facts years of the area facts computed from this batch. */
export async function computedFactsYears(db: Kysely<Database>, batchId: number): Promise<readonly number[]> {
  const { rows } = await sql<{ year: number }>`
    select distinct f.year
      from area_fact f join area_fact_computation c on c.id = f.computation_id
     where c.batch_id = ${batchId}
     order by f.year`.execute(db);
  return rows.map((r) => Number(r.year));
}
