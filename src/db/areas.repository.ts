import { type Kysely, type Selectable, sql } from "kysely";
import type { AreaCategory } from "../domain/areas/area-category.ts";
import type { DepartmentFactsOrigin } from "../domain/areas/area-facts-source.ts";
import {
  countColumns,
  type DepartmentYearFacts,
  type ReferenceFacts,
} from "../domain/areas/department-year-facts.ts";
import type { PublishedListEntry, PublishedListRow } from "../domain/areas/published-list.ts";
import type { ListKind } from "../domain/areas/rule-version.ts";
import { divide, parseRational, type Rational } from "../domain/law/rational.ts";
import { type BulkWriter, bulkWriter } from "./bulk-writer.ts";
import type { AreaFactTable, Database } from "./schema.ts";

/**
 * Area facts (one row per department per year), reference facts and published lists. A fact
 * the file did not give is NULL here and absent in `DepartmentYearFacts`, so a rule version
 * that reads it refuses with missing_fact instead of computing with a zero.
 */

function toFacts(row: Selectable<AreaFactTable>): DepartmentYearFacts {
  const facts: Record<string, string | number> = {
    year: row.year,
    area_id: row.area_id,
    area_name: row.area_name,
    municipality: row.municipality,
    department_id: row.department_id,
  };
  if (row.region !== null) facts.region = row.region;
  for (const column of countColumns) {
    const value = row[column];
    // bigint comes back as text from pg: every count is read back as a number.
    if (value !== null && value !== undefined) facts[column] = Number(value);
  }
  return facts as unknown as DepartmentYearFacts;
}

/** The area facts, or only those of the years `years` names (a classification reads a window). */
export async function loadAreaFacts(
  db: Kysely<Database>,
  years?: { readonly from: number; readonly to: number },
): Promise<DepartmentYearFacts[]> {
  let query = db.selectFrom("area_fact").selectAll();
  if (years !== undefined) query = query.where("year", ">=", years.from).where("year", "<=", years.to);
  const rows = await query.orderBy("year").orderBy("area_id").orderBy("department_id").execute();
  return rows.map(toFacts);
}

/**
 * Where each area_fact row of the years came from (migration 0009): typed in, or the register
 * computation (its batch and time). The same window as `loadAreaFacts`, never the whole table.
 */
export async function loadFactOrigins(
  db: Kysely<Database>,
  years: { readonly from: number; readonly to: number },
  areaId?: string,
): Promise<DepartmentFactsOrigin[]> {
  let query = db
    .selectFrom("area_fact as f")
    .leftJoin("area_fact_computation as c", "c.id", "f.computation_id")
    .leftJoin("import_batch as b", "b.id", "c.batch_id")
    .select(["f.year", "f.area_id", "f.department_id", "f.computation_id", "b.name", "c.computed_at"])
    .where("f.year", ">=", years.from)
    .where("f.year", "<=", years.to);
  // One area's rows: a letting decision says where its own area's facts came from.
  if (areaId !== undefined) query = query.where("f.area_id", "=", areaId);
  const rows = await query.orderBy("f.year").orderBy("f.area_id").orderBy("f.department_id").execute();
  return rows.map((r) => ({
    year: r.year,
    areaId: r.area_id,
    departmentId: r.department_id,
    origin:
      r.computation_id === null
        ? { kind: "typed" as const }
        : {
            kind: "computed" as const,
            computationId: r.computation_id,
            batchName: r.name ?? "",
            computedAt: new Date(r.computed_at ?? 0).toISOString(),
          },
  }));
}

function rationalOf(numerator: string, denominator: string): Rational {
  const num = parseRational(numerator);
  const den = parseRational(denominator);
  if (num === undefined || den === undefined) {
    throw new Error(`area_reference_fact: ${numerator}/${denominator} er ikke et tal`);
  }
  return divide(num, den);
}

export async function loadReferenceFacts(db: Kysely<Database>): Promise<ReferenceFacts> {
  const rows = await db
    .selectFrom("area_reference_fact")
    .selectAll()
    .orderBy("year")
    .orderBy("region")
    .execute();
  return {
    national: rows
      .filter((r) => r.kind === "national_conviction_share_18_plus")
      .map((r) => ({
        year: r.year,
        national_conviction_share_18_plus: rationalOf(r.numerator, r.denominator),
      })),
    regions: rows
      .filter((r) => r.kind === "region_mean_gross_income_15_64_excl_students")
      .map((r) => ({
        year: r.year,
        region: r.region,
        region_mean_gross_income_15_64_excl_students: rationalOf(r.numerator, r.denominator),
      })),
  };
}

export async function loadPublishedLists(
  db: Kysely<Database>,
  listKind: ListKind,
): Promise<PublishedListEntry[]> {
  const rows = await db
    .selectFrom("published_area_list")
    .select(["area_id", "year", "category"])
    .where("list_kind", "=", listKind)
    .execute();
  return rows.map((r) => ({ areaId: r.area_id, year: r.year, category: r.category as AreaCategory }));
}

/** area_fact's columns as the import writes them; provenance (computation_id) stays NULL: typed in. */
const factColumns = [
  "year",
  "department_id",
  "area_id",
  "area_name",
  "municipality",
  "region",
  ...countColumns,
] as const;

function toText(facts: DepartmentYearFacts): (string | null)[] {
  return factColumns.map((column) => {
    const value = facts[column];
    return value === undefined || value === null ? null : String(value);
  });
}

export interface SaveOutcome {
  readonly inserted: number;
  readonly replaced: number;
}

/** Takes area facts a row at a time (`write`), and `end` says what was inserted and replaced. */
export interface AreaFactsSink {
  /** Awaits when a buffer is full and written, else undefined (no promise per row). */
  write(facts: DepartmentYearFacts): Promise<void> | undefined;
  /** Writes what is left and merges the staged rows; the outcome of the whole save. */
  end(): Promise<SaveOutcome & { readonly years: readonly number[] }>;
  /** Stops a save that will be rolled back: ends a COPY in progress so the connection can roll back. */
  abandon(): Promise<void>;
}

/**
 * The years area_fact has rows for: one index probe per year (the key starts with year), not a
 * scan of the table.
 */
async function yearsWithFacts(trx: Kysely<Database>): Promise<Set<number>> {
  const { rows } = await sql<{ year: number }>`with recursive y (year) as (
      select min(year) from area_fact
      union all
      select (select min(year) from area_fact where year > y.year) from y where y.year is not null
    ) select year from y where year is not null`.execute(trx);
  return new Set(rows.map((r) => Number(r.year)));
}

/**
 * Area facts streamed into area_fact in the caller's transaction, replacing the rows with the
 * same (year, department_id) (with `onlyMissing`, existing rows are kept instead: the demo
 * seeder). The rows must have distinct (year, department_id): the CSV checks see to that.
 *
 * Rows go by COPY (bulk-writer.ts). Which table is decided by the years, as the rows come: a year
 * area_fact had no row of when the save began cannot replace anything, so while every row is of
 * such a year, the rows are copied straight into area_fact (a new year, the usual import). From
 * the first row of a year that has rows, that COPY is ended and the rest go to a temporary table
 * that one INSERT … ON CONFLICT merges at the end; what was copied straight needs no merge (its
 * keys are new, and the rest cannot repeat them). The CSV reader checked the rows; the table's
 * checks hold anyway.
 */
export async function areaFactsSink(
  trx: Kysely<Database>,
  options: { readonly onlyMissing?: boolean } = {},
): Promise<AreaFactsSink> {
  // COPY and the temporary table need one connection for the whole save.
  if (!trx.isTransaction) throw new Error("areaFactsSink: kræver en transaktion");
  const existingYears = await yearsWithFacts(trx);
  const years = new Set<number>();
  let writer: BulkWriter | undefined;
  let staged = false;
  let rows = 0;
  const startStaging = async (): Promise<void> => {
    await writer?.end();
    await sql`create temporary table area_fact_incoming (like area_fact including defaults) on commit drop`.execute(
      trx,
    );
    writer = await bulkWriter(trx, "area_fact_incoming", factColumns);
    staged = true;
  };
  const writeRow = async (facts: DepartmentYearFacts): Promise<void> => {
    if (writer === undefined && !existingYears.has(facts.year))
      writer = await bulkWriter(trx, "area_fact", factColumns);
    else if (!staged) await startStaging();
    await writer?.write(toText(facts));
  };
  return {
    write(facts) {
      rows++;
      years.add(facts.year);
      // A row to the table being written: no promise unless the writer waits.
      if (writer !== undefined && (staged || !existingYears.has(facts.year)))
        return writer.write(toText(facts));
      return writeRow(facts);
    },
    async end() {
      await writer?.end();
      writer = undefined;
      let replaced = 0;
      if (staged) {
        const { rows: counted } = await sql<{ n: string }>`select count(*) as n from area_fact_incoming i
          join area_fact f on f.year = i.year and f.department_id = i.department_id`.execute(trx);
        replaced = Number(counted[0]?.n ?? 0);
        const list = sql.raw(factColumns.join(", "));
        const updates = sql.raw(
          [...factColumns.filter((c) => c !== "year" && c !== "department_id"), "computation_id"]
            .map((c) => `${c} = excluded.${c}`)
            .join(", "),
        );
        // Typed-in facts replace a computed row whole, its provenance too (computation_id NULL).
        await sql`insert into area_fact (${list}) select ${list} from area_fact_incoming
          on conflict (year, department_id) do ${options.onlyMissing ? sql`nothing` : sql`update set ${updates}`}`.execute(
          trx,
        );
        await sql`drop table area_fact_incoming`.execute(trx);
      }
      const outcome = options.onlyMissing
        ? { inserted: rows - replaced, replaced: 0 }
        : { inserted: rows - replaced, replaced };
      return { ...outcome, years: [...years].sort((a, b) => a - b) };
    },
    async abandon() {
      const open = writer;
      writer = undefined;
      await open?.end().catch(() => undefined);
    },
  };
}

/**
 * Replaces the rows with the same (year, department_id) and adds the rest, in the caller's
 * transaction (or one of its own); with `onlyMissing`, existing rows are kept instead (the demo
 * seeder). See `areaFactsSink`.
 */
export async function saveAreaFacts(
  trx: Kysely<Database>,
  facts: readonly DepartmentYearFacts[],
  options: { readonly onlyMissing?: boolean } = {},
): Promise<SaveOutcome> {
  if (!trx.isTransaction) return trx.transaction().execute((t) => saveAreaFacts(t, facts, options));
  const sink = await areaFactsSink(trx, options);
  try {
    for (const f of facts) await sink.write(f);
  } catch (error) {
    await sink.abandon();
    throw error;
  }
  const { inserted, replaced } = await sink.end();
  return { inserted, replaced };
}

type ReferenceRow = {
  year: number;
  kind: "national_conviction_share_18_plus" | "region_mean_gross_income_15_64_excl_students";
  region: string;
  numerator: string;
  denominator: string;
};

function referenceRows(reference: ReferenceFacts): ReferenceRow[] {
  return [
    ...reference.national.map((n) => ({
      year: n.year,
      kind: "national_conviction_share_18_plus" as const,
      region: "",
      numerator: String(n.national_conviction_share_18_plus.num),
      denominator: String(n.national_conviction_share_18_plus.den),
    })),
    ...reference.regions.map((r) => ({
      year: r.year,
      kind: "region_mean_gross_income_15_64_excl_students" as const,
      region: r.region,
      numerator: String(r.region_mean_gross_income_15_64_excl_students.num),
      denominator: String(r.region_mean_gross_income_15_64_excl_students.den),
    })),
  ];
}

/** Replaces reference facts with the same (year, kind, region); with `onlyMissing` keeps existing ones. */
export async function saveReferenceFacts(
  trx: Kysely<Database>,
  reference: ReferenceFacts,
  options: { readonly onlyMissing?: boolean } = {},
): Promise<SaveOutcome> {
  const rows = referenceRows(reference);
  if (rows.length === 0) return { inserted: 0, replaced: 0 };
  const existing = await trx
    .selectFrom("area_reference_fact")
    .select(["year", "kind", "region"])
    .where(
      "year",
      "in",
      rows.map((r) => r.year),
    )
    .execute();
  const present = new Set(existing.map((r) => `${r.year}|${r.kind}|${r.region}`));
  const replaced = rows.filter((r) => present.has(`${r.year}|${r.kind}|${r.region}`)).length;
  await trx
    .insertInto("area_reference_fact")
    .values(rows)
    .onConflict((oc) => {
      const target = oc.columns(["year", "kind", "region"]);
      if (options.onlyMissing) return target.doNothing();
      return target.doUpdateSet((eb) => ({
        numerator: eb.ref("excluded.numerator"),
        denominator: eb.ref("excluded.denominator"),
        computation_id: null,
      }));
    })
    .execute();
  return options.onlyMissing
    ? { inserted: rows.length - replaced, replaced: 0 }
    : { inserted: rows.length - replaced, replaced };
}

export interface FactsYear {
  readonly year: number;
  readonly areas: number;
  readonly departments: number;
  readonly residents: number;
}

export async function factsYears(db: Kysely<Database>): Promise<FactsYear[]> {
  const rows = await db
    .selectFrom("area_fact")
    .select((eb) => [
      "year",
      eb.fn.count<string>("area_id").distinct().as("areas"),
      eb.fn.countAll<string>().as("departments"),
      eb.fn.sum<string>("residents").as("residents"),
    ])
    .groupBy("year")
    .orderBy("year")
    .execute();
  return rows.map((r) => ({
    year: r.year,
    areas: Number(r.areas),
    departments: Number(r.departments),
    residents: Number(r.residents),
  }));
}

export interface ReferenceYear {
  readonly year: number;
  readonly national: boolean;
  readonly regions: number;
}

export async function referenceYears(db: Kysely<Database>): Promise<ReferenceYear[]> {
  const rows = await db.selectFrom("area_reference_fact").select(["year", "kind"]).orderBy("year").execute();
  const byYear = new Map<number, { national: boolean; regions: number }>();
  for (const r of rows) {
    const entry = byYear.get(r.year) ?? { national: false, regions: 0 };
    if (r.kind === "national_conviction_share_18_plus") entry.national = true;
    else entry.regions += 1;
    byYear.set(r.year, entry);
  }
  return [...byYear].map(([year, e]) => ({ year, ...e }));
}

export interface KnownArea {
  readonly areaId: string;
  readonly areaName: string;
  readonly firstYear: number;
  readonly lastYear: number;
}

/** Every area in the facts, named as in its latest year. */
export async function knownAreas(db: Kysely<Database>): Promise<KnownArea[]> {
  const rows = await db
    .selectFrom("area_fact")
    .select(["area_id", "area_name", "year"])
    .distinct()
    .orderBy("area_id")
    .orderBy("year")
    .execute();
  const areas = new Map<string, KnownArea>();
  for (const r of rows) {
    const known = areas.get(r.area_id);
    areas.set(r.area_id, {
      areaId: r.area_id,
      areaName: r.area_name,
      firstYear: known?.firstYear ?? r.year,
      lastYear: r.year,
    });
  }
  return [...areas.values()].sort((a, b) => a.areaName.localeCompare(b.areaName, "da"));
}

/**
 * A published list replaces what was stored for the same list kind and year: the file is the
 * record of that list, whole.
 */
export async function replacePublishedLists(
  trx: Kysely<Database>,
  rows: readonly PublishedListRow[],
): Promise<{ readonly lists: readonly string[]; readonly removed: number }> {
  const lists = [...new Set(rows.map((r) => `${r.listKind} ${r.year}`))].sort();
  let removed = 0;
  for (const list of lists) {
    const [listKind = "", year = ""] = list.split(" ");
    const result = await trx
      .deleteFrom("published_area_list")
      .where("list_kind", "=", listKind)
      .where("year", "=", Number(year))
      .executeTakeFirst();
    removed += Number(result.numDeletedRows);
  }
  if (rows.length > 0) {
    await trx
      .insertInto("published_area_list")
      .values(
        rows.map((r) => ({
          list_kind: r.listKind,
          year: r.year,
          area_id: r.areaId,
          category: r.category,
          source: r.source,
        })),
      )
      .execute();
  }
  return { lists, removed };
}
