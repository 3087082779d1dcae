import { type Kysely, sql } from "kysely";
import type { EvaluationDefinition } from "../domain/register/evaluation/definition.ts";
import type {
  DistinctPersons,
  DwellingClass,
  EvaluationCount,
  MoverClass,
} from "../domain/register/evaluation/letting-evaluation.ts";
import type { Database } from "./schema.ts";

/**
 * The letting-agreement evaluation's aggregates from the register microdata (docs/REGISTER.md,
 * "The letting-agreement evaluation"). Everything is counted in the database: Node receives counts
 * per area type, dwelling class and mover class, never persons. Every value is a query parameter.
 */

export interface EvaluationBatch {
  readonly id: number;
  readonly name: string;
  /** The years the batch gives area types for (`register_area_year`), ascending. */
  readonly years: readonly number[];
}

/** The batch named `name`, or the newest one (last imported) when `name` is undefined. */
export async function findEvaluationBatch(
  db: Kysely<Database>,
  name: string | undefined,
): Promise<EvaluationBatch | undefined> {
  let query = db.selectFrom("import_batch").select(["id", "name"]);
  query =
    name === undefined
      ? query.orderBy("imported_at", "desc").orderBy("id", "desc").limit(1)
      : query.where("name", "=", name);
  const batch = await query.executeTakeFirst();
  if (batch === undefined) return undefined;
  const years = await db
    .selectFrom("register_area_year")
    .select("year")
    .distinct()
    .where("batch_id", "=", batch.id)
    .orderBy("year")
    .execute();
  return { id: batch.id, name: batch.name, years: years.map((y) => y.year) };
}

/**
 * Residents on the two reference days in the age band, each with the area type of the dwelling's
 * area in the from-year, the dwelling's class (fully vacated or not) and the person's mover class
 * in that dwelling, and whether the person received a counted benefit in the day's window.
 */
function observations(batchId: number, d: EvaluationDefinition) {
  const codes = sql.join(d.benefitCodes.map((code) => sql`${code}`));
  const point = (day: 0 | 1) => {
    const p = day === 0 ? d.from : d.to;
    return {
      day: sql`cast(${day} as integer)`,
      year: sql`cast(${p.year} as integer)`,
      month: sql`cast(${p.month} as integer)`,
      start: sql`cast(${p.windowStart} as date)`,
      end: sql`cast(${p.windowEnd} as date)`,
    };
  };
  const [p0, p1] = [point(0), point(1)];
  return sql`
    with spells as (
      select r.pseudonym, r.dwelling_id,
        bool_or(r.valid_from <= cast(${d.from.day} as date)
          and (r.valid_to is null or r.valid_to > cast(${d.from.day} as date))) as at0,
        bool_or(r.valid_from <= cast(${d.to.day} as date)
          and (r.valid_to is null or r.valid_to > cast(${d.to.day} as date))) as at1
      from register_residence r
      where r.batch_id = ${batchId}
        and r.valid_from <= cast(${d.to.day} as date)
        and (r.valid_to is null or r.valid_to > cast(${d.from.day} as date))
      group by r.pseudonym, r.dwelling_id
    ),
    classed as (
      select s.*, bool_or(s.at0 and s.at1) over (partition by s.dwelling_id) as kept
      from spells s
    ),
    observed as (
      select ${p0.day} as day, ${p0.year} as ref_year, ${p0.month} as ref_month,
        ${p0.start} as win_start, ${p0.end} as win_end,
        c.pseudonym, c.dwelling_id, c.kept, case when c.at1 then 'stayer' else 'moverOut' end as mover_class
      from classed c where c.at0
      union all
      select ${p1.day}, ${p1.year}, ${p1.month}, ${p1.start}, ${p1.end},
        c.pseudonym, c.dwelling_id, c.kept, case when c.at0 then 'stayer' else 'moverIn' end
      from classed c where c.at1
    ),
    located as materialized (
      -- Scalar subqueries (index lookups per row) rather than joins: right after an import the
      -- tables have no planner statistics, and joins were then planned as quadratic nested loops.
      select o.*,
        (select p.birth_year * 100 + p.birth_month from register_person p
          where p.batch_id = ${batchId} and p.pseudonym = o.pseudonym) as birth,
        coalesce((select ay.area_type from register_area_year ay
          where ay.batch_id = ${batchId} and ay.year = cast(${d.fromYear} as integer)
            and ay.area_id = (select dep.area_id from register_department dep
              where dep.batch_id = ${batchId} and dep.department_id = (select dw.department_id
                from register_dwelling dw where dw.batch_id = ${batchId} and dw.dwelling_id = o.dwelling_id))),
          'uoplyst') as area_type
      from observed o
    ),
    obs as (
      select l.day, l.pseudonym, l.mover_class, l.area_type,
        case when l.kept then 'notFullyVacated' else 'fullyVacated' end as dwelling_class,
        exists (
          select 1 from register_benefit_month b
          where b.batch_id = ${batchId} and b.pseudonym = l.pseudonym
            and b.month >= l.win_start and b.month < l.win_end
            and b.benefit_code in (${codes})
        ) as on_transfer
      from located l
      where l.ref_year - l.birth / 100 - case when l.birth % 100 > l.ref_month then 1 else 0 end
        between cast(${d.minimumAge} as integer) and cast(${d.maximumAge} as integer)
    )`;
}

export interface EvaluationAggregates {
  readonly counts: readonly EvaluationCount[];
  readonly distinct: readonly DistinctPersons[];
}

/** The counts the evaluation table is assembled from (`assembleLettingEvaluation`). */
export async function evaluationAggregates(
  db: Kysely<Database>,
  batchId: number,
  definition: EvaluationDefinition,
): Promise<EvaluationAggregates> {
  // One statement: obs is read twice and so computed once (a CTE used twice is materialised).
  const result = await sql<{
    kind: "count" | "distinct";
    area_type: string | null;
    dwelling_class: DwellingClass | null;
    mover_class: MoverClass | null;
    day: number | null;
    persons: string | number;
    on_transfer: string | number | null;
  }>`${observations(batchId, definition)}
    select 'count' as kind, area_type, dwelling_class, mover_class, day,
      count(*) as persons, count(*) filter (where on_transfer) as on_transfer
    from obs
    group by area_type, dwelling_class, mover_class, day
    union all
    select 'distinct', area_type, dwelling_class, null, null, count(distinct pseudonym), null
    from obs
    group by grouping sets ((area_type, dwelling_class), (area_type), (dwelling_class), ())`.execute(db);
  const counts = { rows: result.rows.filter((r) => r.kind === "count") };
  const distinct = { rows: result.rows.filter((r) => r.kind === "distinct") };
  return {
    counts: counts.rows.map((r) => ({
      areaType: r.area_type as string,
      dwellingClass: r.dwelling_class as DwellingClass,
      moverClass: r.mover_class as MoverClass,
      day: Number(r.day) === 0 ? "from" : "to",
      persons: Number(r.persons),
      onTransfer: Number(r.on_transfer ?? 0),
    })),
    distinct: distinct.rows.map((r) => ({
      areaType: r.area_type,
      dwellingClass: r.dwelling_class,
      persons: Number(r.persons),
    })),
  };
}
