import { type Kysely, sql } from "kysely";
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
import type { Database } from "./schema.ts";

/**
 * Area facts (one row per department per year), reference facts and published lists. A fact
 * the file did not give is NULL here and absent in `DepartmentYearFacts`, so a rule version
 * that reads it refuses with missing_fact instead of computing with a zero.
 */

/** The columns a facts row is read back from, in this order (`loadAreaFacts`' arrays). */
const readColumns = [
  "year",
  "area_id",
  "area_name",
  "municipality",
  "department_id",
  "region",
  ...countColumns,
] as const;

/** A facts row as read: `readColumns`, then (when asked) computation_id, the batch's name, computed_at. */
type FactRow = readonly (string | number | null)[];

function toFacts(row: FactRow): DepartmentYearFacts {
  const facts: Record<string, string | number> = {};
  for (let i = 0; i < readColumns.length; i++) {
    const value = row[i];
    // A NULL fact (one the file did not give) is left out; every count is a JSON number already
    // (the bigint income sum too: to_json writes it as digits, read back as Number() read the text).
    if (value !== null && value !== undefined) facts[readColumns[i] as string] = value;
  }
  return facts as unknown as DepartmentYearFacts;
}

function originOf(
  year: number,
  areaId: string,
  departmentId: string,
  computationId: number | null,
  batchName: string | null,
  computedAt: string | null,
): DepartmentFactsOrigin {
  return {
    year,
    areaId,
    departmentId,
    origin:
      computationId === null
        ? { kind: "typed" as const }
        : {
            kind: "computed" as const,
            computationId,
            batchName: batchName ?? "",
            // to_json writes the time with its offset (and microseconds: Date keeps the milliseconds).
            computedAt: new Date(computedAt ?? 0).toISOString(),
          },
  };
}

/**
 * Facts rows of the years (all without `years`), ordered, with their origins when asked. Read as
 * one JSON value, an array per row, not as rows: the driver parses every field of every row in
 * JavaScript, a string each (a national window is tens of thousands of rows of 18 fields: most of
 * a command-line call's time and garbage), where PostgreSQL writes the JSON text and the engine's
 * JSON parser reads it in one call.
 */
async function factRows(
  db: Kysely<Database>,
  years: { readonly from: number; readonly to: number } | undefined,
  withOrigins: boolean,
): Promise<readonly FactRow[]> {
  const window = years === undefined ? sql`true` : sql`f.year >= ${years.from} and f.year <= ${years.to}`;
  const columns = readColumns.map((column) => sql.ref(`f.${column}`));
  if (withOrigins) columns.push(sql.ref("f.computation_id"), sql.ref("b.name"), sql.ref("c.computed_at"));
  const origins = withOrigins
    ? sql`left join area_fact_computation c on c.id = f.computation_id
          left join import_batch b on b.id = c.batch_id`
    : sql``;
  const { rows } = await sql<{ facts: FactRow[] | null }>`
    select json_agg(json_build_array(${sql.join(columns)}) order by f.year, f.area_id, f.department_id) as facts
    from area_fact f ${origins} where ${window}`.execute(db);
  return rows[0]?.facts ?? [];
}

/** The area facts, or only those of the years `years` names (a classification reads a window). */
export async function loadAreaFacts(
  db: Kysely<Database>,
  years?: { readonly from: number; readonly to: number },
): Promise<DepartmentYearFacts[]> {
  return (await factRows(db, years, false)).map(toFacts);
}

/**
 * A window's facts and where each row came from (`loadFactOrigins`), in one query: a
 * classification shows both, and reading the window twice cost a second scan and sort.
 */
export async function loadAreaFactsWithOrigins(
  db: Kysely<Database>,
  years: { readonly from: number; readonly to: number },
): Promise<{ facts: DepartmentYearFacts[]; origins: DepartmentFactsOrigin[] }> {
  const rows = await factRows(db, years, true);
  const at = readColumns.length;
  return {
    facts: rows.map(toFacts),
    origins: rows.map((row) =>
      originOf(
        row[0] as number,
        row[1] as string,
        row[4] as string,
        row[at] as number | null,
        row[at + 1] as string | null,
        row[at + 2] as string | null,
      ),
    ),
  };
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
  // One area's rows: a letting decision says where its own area's facts came from. As one JSON
  // value, as `loadAreaFacts` reads the facts (a row per department-year of the window).
  const area = areaId === undefined ? sql`true` : sql`f.area_id = ${areaId}`;
  const { rows } = await sql<{ origins: OriginRow[] | null }>`
    select json_agg(json_build_array(f.year, f.area_id, f.department_id, f.computation_id, b.name, c.computed_at)
                    order by f.year, f.area_id, f.department_id) as origins
    from area_fact f
    left join area_fact_computation c on c.id = f.computation_id
    left join import_batch b on b.id = c.batch_id
    where f.year >= ${years.from} and f.year <= ${years.to} and ${area}`.execute(db);
  return (rows[0]?.origins ?? []).map((row) => originOf(...row));
}

/** year, area_id, department_id, computation_id, the batch's name, computed_at (ISO text). */
type OriginRow = [number, string, string, number | null, string | null, string | null];

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
  // A loop, not map and a closure: it runs for every row of a national import.
  const values: (string | null)[] = new Array(factColumns.length);
  for (let i = 0; i < factColumns.length; i++) {
    const value = facts[factColumns[i] as (typeof factColumns)[number]];
    values[i] =
      value === undefined || value === null ? null : typeof value === "string" ? value : String(value);
  }
  return values;
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
 * Serialises the writers of area_fact (imports, the form, computations from register data): each
 * reads what is stored, then decides how to write. Held to the end of the caller's transaction.
 */
export async function lockAreaFactWrites(trx: Kysely<Database>): Promise<void> {
  await sql`select pg_advisory_xact_lock(7309412011)`.execute(trx);
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
  // Before the years are read: a parallel save of the same new year would otherwise copy it
  // straight in too and meet this one's rows in the primary key.
  await lockAreaFactWrites(trx);
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
      // The transaction is rolled back next: what is buffered is dropped, not written first.
      await open?.abort();
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
