import { type Kysely, sql } from "kysely";
import type { RegisterFactDefinitions, RegisterFactParameters } from "../domain/register/fact-definitions.ts";
import type { Database } from "./schema.ts";

/**
 * Area facts computed from one register batch, in SQL (docs/REGISTER.md, "Facts from
 * microdata"): one INSERT ... SELECT ... GROUP BY year, department, so no person row ever
 * reaches Node. Every definition (reference day, status and education lists, conviction
 * threshold, municipality, region) is a bound query parameter. Runs in the caller's transaction.
 */

export interface YearRange {
  readonly from: number;
  readonly to: number;
}

/** The years a batch has register data for (its person-years), or undefined when it has none. */
export async function batchYears(db: Kysely<Database>, batchId: number): Promise<YearRange | undefined> {
  const row = await db
    .selectFrom("register_person_year")
    .select((eb) => [eb.fn.min<number>("year").as("from"), eb.fn.max<number>("year").as("to")])
    .where("batch_id", "=", batchId)
    .executeTakeFirst();
  return row?.from == null || row.to == null ? undefined : { from: Number(row.from), to: Number(row.to) };
}

export interface BatchRef {
  readonly id: number;
  readonly name: string;
}

export async function findBatchRef(
  db: Kysely<Database>,
  by: { readonly id: number } | { readonly name: string },
): Promise<BatchRef | undefined> {
  const query = db.selectFrom("import_batch").select(["id", "name"]);
  const row = await ("id" in by
    ? query.where("id", "=", by.id)
    : query.where("name", "=", by.name)
  ).executeTakeFirst();
  return row;
}

/** Where an existing fact row came from: typed in (null computation) or a computation of a batch. */
export interface StoredFactOrigin {
  readonly computationId: number | null;
  readonly batchId: number | null;
  readonly batchName: string | null;
  readonly computedAt: Date | null;
}

export interface ExistingFactRow extends StoredFactOrigin {
  readonly year: number;
  readonly departmentId: string;
}

/** The area_fact rows of the batch's departments in the years: what a computation may overwrite. */
export async function existingFactsInScope(
  db: Kysely<Database>,
  batchId: number,
  years: YearRange,
): Promise<ExistingFactRow[]> {
  const rows = await db
    .selectFrom("area_fact as f")
    .innerJoin("register_department as d", (join) =>
      join.onRef("d.department_id", "=", "f.department_id").on("d.batch_id", "=", batchId),
    )
    .leftJoin("area_fact_computation as c", "c.id", "f.computation_id")
    .leftJoin("import_batch as b", "b.id", "c.batch_id")
    .select([
      "f.year",
      "f.department_id",
      "f.computation_id",
      "c.batch_id",
      "b.name as batch_name",
      "c.computed_at",
    ])
    .where("f.year", ">=", years.from)
    .where("f.year", "<=", years.to)
    .orderBy("f.year")
    .orderBy("f.department_id")
    .execute();
  return rows.map((r) => ({
    year: r.year,
    departmentId: r.department_id,
    computationId: r.computation_id,
    batchId: r.batch_id,
    batchName: r.batch_name,
    computedAt: r.computed_at,
  }));
}

export interface ExistingReferenceRow extends StoredFactOrigin {
  readonly year: number;
  readonly kind: string;
  readonly region: string;
}

/** The reference facts a computation would write: national ('' region) and the computation's region. */
export async function existingReferenceInScope(
  db: Kysely<Database>,
  years: YearRange,
  region: string,
): Promise<ExistingReferenceRow[]> {
  const rows = await db
    .selectFrom("area_reference_fact as r")
    .leftJoin("area_fact_computation as c", "c.id", "r.computation_id")
    .leftJoin("import_batch as b", "b.id", "c.batch_id")
    .select([
      "r.year",
      "r.kind",
      "r.region",
      "r.computation_id",
      "c.batch_id",
      "b.name as batch_name",
      "c.computed_at",
    ])
    .where("r.year", ">=", years.from)
    .where("r.year", "<=", years.to)
    .where((eb) =>
      eb.or([
        eb.and([eb("r.kind", "=", "national_conviction_share_18_plus"), eb("r.region", "=", "")]),
        eb.and([
          eb("r.kind", "=", "region_mean_gross_income_15_64_excl_students"),
          eb("r.region", "=", region),
        ]),
      ]),
    )
    .orderBy("r.year")
    .orderBy("r.kind")
    .execute();
  return rows.map((r) => ({
    year: r.year,
    kind: r.kind,
    region: r.region,
    computationId: r.computation_id,
    batchId: r.batch_id,
    batchName: r.batch_name,
    computedAt: r.computed_at,
  }));
}

export interface StoredComputation {
  readonly id: number;
  readonly batchId: number;
  readonly years: YearRange;
  readonly factRows: number;
  readonly referenceRows: number;
  readonly computedAt: Date;
  readonly computedBy: string;
}

/**
 * The latest computation of this batch, these years and exactly these parameter values whose area
 * facts are all still its own (none overwritten since): re-running it would write the same rows.
 */
export async function intactComputation(
  db: Kysely<Database>,
  batchId: number,
  years: YearRange,
  parameters: RegisterFactParameters,
): Promise<StoredComputation | undefined> {
  const row = await db
    .selectFrom("area_fact_computation as c")
    .select([
      "c.id",
      "c.batch_id",
      "c.fact_rows",
      "c.reference_rows",
      "c.computed_at",
      "c.computed_by",
      (eb) =>
        eb
          .selectFrom("area_fact as f")
          .select((e) => e.fn.countAll<string>().as("n"))
          .whereRef("f.computation_id", "=", "c.id")
          .as("still_own"),
    ])
    .where("c.batch_id", "=", batchId)
    .where(sql<boolean>`c.years = int4range(${years.from}::int, ${years.to}::int, '[]')`)
    // The same values from the same dated entries; the day they were read on does not matter.
    .where(sql<boolean>`(c.parameters - 'rulesDate') = (${JSON.stringify(parameters)}::jsonb - 'rulesDate')`)
    .orderBy("c.id", "desc")
    .executeTakeFirst();
  if (row === undefined || Number(row.still_own) !== row.fact_rows) return undefined;
  return {
    id: row.id,
    batchId: row.batch_id,
    years,
    factRows: row.fact_rows,
    referenceRows: row.reference_rows,
    computedAt: row.computed_at,
    computedBy: row.computed_by,
  };
}

/** The next computation id; the row itself is written last (the foreign keys are deferred). */
export async function nextComputationId(trx: Kysely<Database>): Promise<number> {
  const { rows } = await sql<{ id: string }>`select nextval('area_fact_computation_id_seq') as id`.execute(
    trx,
  );
  return Number(rows[0]?.id);
}

export async function insertComputation(
  trx: Kysely<Database>,
  computation: {
    readonly id: number;
    readonly batchId: number;
    readonly years: YearRange;
    readonly parameters: RegisterFactParameters;
    readonly factRows: number;
    readonly referenceRows: number;
    readonly computedBy: string;
    readonly computedAt: Date;
  },
): Promise<void> {
  await sql`
    insert into area_fact_computation
      (id, batch_id, years, parameters, fact_rows, reference_rows, computed_by, computed_at)
    values (${computation.id}, ${computation.batchId},
      int4range(${computation.years.from}::int, ${computation.years.to}::int, '[]'),
      ${JSON.stringify(computation.parameters)}::jsonb, ${computation.factRows}, ${computation.referenceRows},
      ${computation.computedBy}, ${computation.computedAt.toISOString()}::timestamptz)`.execute(trx);
}

const textArray = (values: readonly string[]) => sql`${[...values]}::text[]`;

/**
 * Writes the batch's area facts for the years: one row per department and year with at least
 * one resident on the reference day. A row with the same (year, department) is overwritten
 * whole and names this computation; the caller decides beforehand whether it may be.
 * Returns the number of rows written.
 */
export async function writeComputedAreaFacts(
  trx: Kysely<Database>,
  computationId: number,
  batchId: number,
  years: YearRange,
  d: RegisterFactDefinitions,
): Promise<number> {
  const result = await sql`
    with years as (
      select y::int as year, make_date(y::int, ${d.referenceMonth}::int, 1) + (${d.referenceDay}::int - 1) as day
      from generate_series(${years.from}::int, ${years.to}::int) as y
    ),
    residents as (
      -- Age on the reference day, the birthday taken as the first of the birth month.
      select yr.year, w.department_id, s.pseudonym, p.origin, p.country_group,
        yr.year - p.birth_year - case when p.birth_month > extract(month from yr.day) then 1 else 0 end as age
      from years yr
      join register_residence s
        on s.batch_id = ${batchId} and s.valid_from <= yr.day and (s.valid_to is null or s.valid_to > yr.day)
      join register_dwelling w on w.batch_id = s.batch_id and w.dwelling_id = s.dwelling_id
      join register_person p on p.batch_id = s.batch_id and p.pseudonym = s.pseudonym
    ),
    per_department as (
      select r.year, r.department_id,
        count(*)::int as residents,
        count(*) filter (where r.age >= 18)::int as residents_18_plus,
        count(*) filter (where r.age >= 18
          and py.labour_status = any(${textArray(d.outsideLabourMarket18Plus)}))::int as outside_labour_market_18_plus,
        count(*) filter (where r.age between 18 and 64)::int as residents_18_64,
        count(*) filter (where r.age between 18 and 64
          and py.labour_status = any(${textArray(d.outsideLabourMarket18To64)}))::int as outside_labour_market_18_64,
        coalesce(sum(py.outside_fte) filter (where r.age between 18 and 64), 0) as outside_labour_or_education_18_64,
        count(*) filter (where r.origin in ('indvandrer', 'efterkommer')
          and r.country_group = 'ikke_vestlig')::int as non_western_immigrants_descendants,
        count(*) filter (where r.age >= 18 and py.convictions >= ${d.minConvictions}::int)::int as convicted_18_plus,
        count(*) filter (where r.age between 30 and 59)::int as residents_30_59,
        count(*) filter (where r.age between 30 and 59
          and coalesce(py.education, 'uoplyst') = any(${textArray(d.basicEducation)}))::int as basic_education_only_30_59,
        count(*) filter (where r.age between 15 and 64 and py.pseudonym is not null
          and py.labour_status <> all(${textArray(d.studentStatuses)}))::int as taxpayers_15_64_excl_students,
        coalesce(sum(py.gross_income) filter (where r.age between 15 and 64
          and py.labour_status <> all(${textArray(d.studentStatuses)})), 0)::bigint as gross_income_sum_15_64_excl_students
      from residents r
      left join register_person_year py
        on py.batch_id = ${batchId} and py.pseudonym = r.pseudonym and py.year = r.year
        -- Redundant with py.year = r.year, but lets the planner read only these years
        -- (register_person_year_year_idx, migration 0009).
        and py.year between ${years.from}::int and ${years.to}::int
      group by r.year, r.department_id
    )
    insert into area_fact (
      year, department_id, area_id, area_name, municipality, region, residents,
      residents_18_plus, outside_labour_market_18_plus, residents_18_64, outside_labour_market_18_64,
      outside_labour_or_education_18_64, non_western_immigrants_descendants, convicted_18_plus,
      residents_30_59, basic_education_only_30_59, taxpayers_15_64_excl_students,
      gross_income_sum_15_64_excl_students, computation_id)
    select f.year, f.department_id, dep.area_id, a.area_name, ${d.municipality}, ${d.region}, f.residents,
      f.residents_18_plus, f.outside_labour_market_18_plus, f.residents_18_64, f.outside_labour_market_18_64,
      f.outside_labour_or_education_18_64, f.non_western_immigrants_descendants, f.convicted_18_plus,
      f.residents_30_59, f.basic_education_only_30_59, f.taxpayers_15_64_excl_students,
      f.gross_income_sum_15_64_excl_students, ${computationId}::int
    from per_department f
    join register_department dep on dep.batch_id = ${batchId} and dep.department_id = f.department_id
    join register_area a on a.batch_id = ${batchId} and a.area_id = dep.area_id
    on conflict (year, department_id) do update set
      area_id = excluded.area_id,
      area_name = excluded.area_name,
      municipality = excluded.municipality,
      region = excluded.region,
      residents = excluded.residents,
      residents_18_plus = excluded.residents_18_plus,
      outside_labour_market_18_plus = excluded.outside_labour_market_18_plus,
      residents_18_64 = excluded.residents_18_64,
      outside_labour_market_18_64 = excluded.outside_labour_market_18_64,
      outside_labour_or_education_18_64 = excluded.outside_labour_or_education_18_64,
      non_western_immigrants_descendants = excluded.non_western_immigrants_descendants,
      convicted_18_plus = excluded.convicted_18_plus,
      residents_30_59 = excluded.residents_30_59,
      basic_education_only_30_59 = excluded.basic_education_only_30_59,
      taxpayers_15_64_excl_students = excluded.taxpayers_15_64_excl_students,
      gross_income_sum_15_64_excl_students = excluded.gross_income_sum_15_64_excl_students,
      computation_id = excluded.computation_id`.execute(trx);
  return Number(result.numAffectedRows ?? 0n);
}

/** The (year, department) keys a computation wrote. */
export async function computedKeys(
  db: Kysely<Database>,
  computationId: number,
): Promise<{ year: number; departmentId: string }[]> {
  const rows = await db
    .selectFrom("area_fact")
    .select(["year", "department_id"])
    .where("computation_id", "=", computationId)
    .execute();
  return rows.map((r) => ({ year: r.year, departmentId: r.department_id }));
}

/**
 * The reference facts of the batch's whole population, summed over the rows this computation
 * wrote: the national conviction share 18+ (region '') and the region's mean gross income of
 * taxpayers 15–64 excluding students. A stored row from another source (typed in, or another
 * batch) is never overwritten; one from an earlier computation of this batch is. Returns the
 * number of rows written.
 */
export async function writeComputedReferenceFacts(
  trx: Kysely<Database>,
  computationId: number,
  batchId: number,
  region: string,
): Promise<number> {
  const result = await sql`
    insert into area_reference_fact (year, kind, region, numerator, denominator, computation_id)
    select year, 'national_conviction_share_18_plus', '', sum(convicted_18_plus), sum(residents_18_plus),
      ${computationId}::int
    from area_fact where computation_id = ${computationId}
    group by year having sum(residents_18_plus) > 0
    union all
    select year, 'region_mean_gross_income_15_64_excl_students', ${region}::text,
      sum(gross_income_sum_15_64_excl_students), sum(taxpayers_15_64_excl_students), ${computationId}::int
    from area_fact where computation_id = ${computationId}
    group by year having sum(taxpayers_15_64_excl_students) > 0
    on conflict (year, kind, region) do update set
      numerator = excluded.numerator,
      denominator = excluded.denominator,
      computation_id = excluded.computation_id
    where area_reference_fact.computation_id in
      (select id from area_fact_computation where batch_id = ${batchId})`.execute(trx);
  return Number(result.numAffectedRows ?? 0n);
}
