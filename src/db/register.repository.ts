import { type Insertable, type Kysely, sql } from "kysely";
import { type BulkPath, bulkWriter } from "./bulk-writer.ts";
import type { Database } from "./schema.ts";

/**
 * Register microdata: batches and their rows (migration 0008, docs/REGISTER.md). Rows are only
 * ever inserted, a batch at a time, inside the caller's transaction.
 */

export interface StoredBatch {
  readonly id: number;
  readonly name: string;
  readonly contentHash: string;
  readonly importedAt: Date;
  readonly rowCounts: Record<string, number>;
}

function toStored(row: {
  id: number;
  name: string;
  content_hash: string;
  imported_at: Date;
  row_counts: Record<string, number>;
}): StoredBatch {
  return {
    id: row.id,
    name: row.name,
    contentHash: row.content_hash,
    importedAt: row.imported_at,
    rowCounts: row.row_counts,
  };
}

/** The batch with this content hash or this name, if any (locks nothing: the UNIQUE keys decide). */
export async function findBatch(
  db: Kysely<Database>,
  by: { readonly contentHash: string } | { readonly name: string },
): Promise<StoredBatch | undefined> {
  const row = await db
    .selectFrom("import_batch")
    .select(["id", "name", "content_hash", "imported_at", "row_counts"])
    .where("contentHash" in by ? "content_hash" : "name", "=", "contentHash" in by ? by.contentHash : by.name)
    .executeTakeFirst();
  return row === undefined ? undefined : toStored(row);
}

export async function insertBatch(
  db: Kysely<Database>,
  batch: Omit<Insertable<Database["import_batch"]>, "files" | "row_counts"> & {
    files: Record<string, unknown>;
    row_counts: Record<string, number>;
  },
): Promise<number> {
  const { id } = await db
    .insertInto("import_batch")
    .values({ ...batch, files: JSON.stringify(batch.files), row_counts: JSON.stringify(batch.row_counts) })
    .returning("id")
    .executeTakeFirstOrThrow();
  return id;
}

type RegisterTable = Exclude<Extract<keyof Database, `register_${string}`>, never>;

/*
 * Staging. A batch is first streamed into temporary tables (all text, with each row's number in
 * its file, dropped at the end of the transaction), then checked across files in SQL, and only
 * when nothing is wrong copied into the register tables under the new batch's id. Everything
 * runs in the caller's transaction: a refusal or a kill leaves the database as it was.
 */

/**
 * The files' staging tables, their register tables and their columns (after `row_no` in staging,
 * after `batch_id` in the register table, where `ok` is left out), in load order.
 */
export const STAGING = {
  "areas.csv": { table: "stage_area", register: "register_area", columns: ["area_id", "area_name"] },
  "area_years.csv": {
    table: "stage_area_year",
    register: "register_area_year",
    columns: ["area_id", "year", "area_type"],
  },
  "departments.csv": {
    table: "stage_department",
    register: "register_department",
    columns: ["department_id", "area_id", "department_name"],
  },
  "dwellings.csv": {
    table: "stage_dwelling",
    register: "register_dwelling",
    columns: ["dwelling_id", "department_id"],
  },
  "households.csv": { table: "stage_household", register: "register_household", columns: ["household_id"] },
  "persons.csv": {
    table: "stage_person",
    register: "register_person",
    columns: ["pseudonym", "birth_year", "birth_month", "sex", "origin", "country_group", "parents_status"],
  },
  "residences.csv": {
    table: "stage_residence",
    register: "register_residence",
    columns: ["pseudonym", "dwelling_id", "household_id", "valid_from", "valid_to", "ok"],
  },
  "benefits.csv": {
    table: "stage_benefit",
    register: "register_benefit_month",
    columns: ["pseudonym", "month", "benefit_code", "ok"],
  },
  "person_years.csv": {
    table: "stage_person_year",
    register: "register_person_year",
    columns: [
      "pseudonym",
      "year",
      "labour_status",
      "outside_fte",
      "education",
      "gross_income",
      "convictions",
      "charges",
    ],
  },
} as const;

export type { BulkPath } from "./bulk-writer.ts";
export type StagedFile = keyof typeof STAGING;

export async function createStagingTables(db: Kysely<Database>): Promise<void> {
  for (const { table, columns } of Object.values(STAGING)) {
    const defs = columns.map((c) => (c === "ok" ? `${c} boolean not null` : `${c} text`)).join(", ");
    // Identifiers from the constant above, never from input.
    await sql
      .raw(`create temporary table ${table} (row_no integer not null, ${defs}) on commit drop`)
      .execute(db);
  }
}

/**
 * A writer into one staging table, inside the transaction `db` (which must be a transaction on
 * PostgreSQL: COPY runs on its connection). Each row is prefixed with its row number.
 */
export async function stagingWriter(
  db: Kysely<Database>,
  file: StagedFile,
  prefer: BulkPath = "copy",
): Promise<StagingWriter> {
  const { table, columns } = STAGING[file];
  const okAt = (columns as readonly string[]).indexOf("ok") + 1;
  const writer = await bulkWriter(db, table, ["row_no", ...columns], prefer, (values) =>
    okAt > 0 ? values.map((v, i) => (i === okAt ? v === "t" : v)) : values,
  );
  return {
    path: writer.path,
    write: (rowNo, values) => writer.write([String(rowNo), ...values]),
    end: () => writer.end(),
    abort: () => writer.abort(),
  };
}

/** One file's rows: each with its row number (in the file, header = 1) and its staged values. */
export interface StagingWriter {
  readonly path: BulkPath;
  write(rowNo: number, values: readonly (string | null)[]): Promise<void> | undefined;
  end(): Promise<void>;
  /** Gives up the load (after a failure, or a problem on the direct load): roll back before the next statement. */
  abort(): Promise<void>;
}

/*
 * The direct load. A batch with no problem is the common case, and staging it costs a second
 * write of every row (the temporary table, then INSERT … SELECT). So the import first streams the
 * checked rows straight into the register tables by COPY, under a savepoint, where the keys,
 * references (statement triggers, migration 0022) and CHECKs hold as always; the two checks no
 * constraint makes (overlapping residence spells, a benefit month outside every spell) then run
 * in SQL over the batch's rows.
 * Any problem at all (a row check, a failing COPY, one of those two checks) rolls back to the
 * savepoint, and the batch is staged as above: that path finds and reports every problem with
 * its file, row and column, exactly as before. The fast path only ever says "nothing is wrong".
 */

/**
 * A writer of one file's checked rows straight into its register table under `batchId`, inside
 * the transaction `db` (a transaction on PostgreSQL: COPY runs on its connection). The staged
 * values' `ok` (always true when nothing is wrong) is left out.
 */
export async function registerWriter(
  db: Kysely<Database>,
  file: StagedFile,
  batchId: number,
): Promise<StagingWriter> {
  const { register, columns } = STAGING[file];
  const okAt = (columns as readonly string[]).indexOf("ok");
  const kept = okAt < 0 ? columns : columns.filter((c) => c !== "ok");
  const writer = await bulkWriter(db, register, ["batch_id", ...kept], "copy");
  const id = String(batchId);
  return {
    path: writer.path,
    // The register tables have no row numbers: a problem is reported from the staged path.
    write: (_rowNo, values) => writer.write(okAt < 0 ? [id, ...values] : [id, ...values.slice(0, okAt)]),
    end: () => writer.end(),
    abort: () => writer.abort(),
  };
}

/**
 * Whether the batch's rows in the register tables break a rule no constraint states: a person in
 * two dwellings at once, or a benefit month that meets none of the person's residence spells.
 * The same rules as the staged checks below (the direct load has no bad dates and no unknown
 * person, or it would have fallen back), on typed columns; only whether any row breaks them.
 */
export async function directBatchHasProblems(db: Kysely<Database>, batchId: number): Promise<boolean> {
  // Counted, not `exists`: with no problem (the usual case) every row is read either way, and a
  // count lets the planner hash-join instead of probing the residences once per benefit month.
  const { rows } = await sql<{ overlaps: string; benefits: string }>`select
    (select count(*) from (
        select valid_from, lag(valid_from) over w as before_from, lag(valid_to) over w as before_to
        from register_residence where batch_id = ${batchId}
        window w as (partition by pseudonym order by valid_from)) s
      where before_from is not null and (before_to is null or valid_from < before_to)) as overlaps,
    (select count(*) from register_benefit_month b
      where b.batch_id = ${batchId}
        and not exists (select 1 from register_residence r
          where r.batch_id = ${batchId} and r.pseudonym = b.pseudonym
            and r.valid_from < b.month + interval '1 month'
            and (r.valid_to is null or r.valid_to > b.month))) as benefits`.execute(db);
  const row = rows[0];
  return row === undefined || Number(row.overlaps) > 0 || Number(row.benefits) > 0;
}

/** Lets the planner see the staged tables' sizes (temporary tables are not analysed by autovacuum). */
export async function analyseStaging(db: Kysely<Database>): Promise<void> {
  for (const { table } of Object.values(STAGING)) await sql.raw(`analyze ${table}`).execute(db);
}

/** A problem the cross-file checks found: the file, row, column, kind and message. */
export interface StagedProblem {
  readonly file: StagedFile;
  readonly row: number;
  readonly field: string;
  readonly kind: string;
  readonly message: string;
}

/** A person value as shown in a message: a stand-in for a refused CPR-like number is not shown. */
const shown = (column: string) => `case when ${column} like 'CPR-%' then '(CPR-nummer)' else ${column} end`;

interface Check {
  readonly file: StagedFile;
  readonly field: string;
  readonly kind: string;
  /** Selects `row_no` and `message` (text), in row order. */
  readonly query: string;
}

function duplicates(file: StagedFile, field: string, key: readonly string[], label: string): Check {
  const { table } = STAGING[file];
  return {
    file,
    field,
    kind: "dublet",
    query: `select row_no, '"' || ${label} || '" står to gange' as message from (
      select *, row_number() over (partition by ${key.join(", ")} order by row_no) as n from ${table}) d
      where n > 1`,
  };
}

function unknown(
  file: StagedFile,
  field: string,
  column: string,
  target: StagedFile,
  key: string,
  what: string,
): Check {
  return {
    file,
    field,
    kind: "ukendt reference",
    query: `select s.row_no, '${what} "' || ${shown(`s.${column}`)} || '" findes ikke' as message
      from ${STAGING[file].table} s
      where not exists (select 1 from ${STAGING[target].table} t where t.${key} = s.${column})`,
  };
}

const CHECKS: readonly Check[] = [
  duplicates("areas.csv", "area_id", ["area_id"], "area_id"),
  unknown("area_years.csv", "area_id", "area_id", "areas.csv", "area_id", "området"),
  duplicates("area_years.csv", "year", ["area_id", "year"], "area_id || ' ' || year"),
  duplicates("departments.csv", "department_id", ["department_id"], "department_id"),
  unknown("departments.csv", "area_id", "area_id", "areas.csv", "area_id", "området"),
  duplicates("dwellings.csv", "dwelling_id", ["dwelling_id"], "dwelling_id"),
  unknown(
    "dwellings.csv",
    "department_id",
    "department_id",
    "departments.csv",
    "department_id",
    "afdelingen",
  ),
  duplicates("households.csv", "household_id", ["household_id"], "household_id"),
  duplicates("persons.csv", "person", ["pseudonym"], shown("pseudonym")),
  unknown("residences.csv", "person", "pseudonym", "persons.csv", "pseudonym", "personen"),
  unknown("residences.csv", "dwelling_id", "dwelling_id", "dwellings.csv", "dwelling_id", "boligen"),
  unknown("residences.csv", "household_id", "household_id", "households.csv", "household_id", "husstanden"),
  {
    // One person lives in one dwelling at a time: a spell runs from its first day up to (not
    // including) the moving-out day. Spells with a bad date are left out.
    file: "residences.csv",
    field: "valid_from",
    kind: "bopæl i to boliger samtidig",
    query: `select row_no, 'personen bor allerede et andet sted fra ' || before_from
        || coalesce(' til ' || before_to, '') || ' (række ' || before_row || ')' as message
      from (select row_no, valid_from, lag(valid_from) over w as before_from, lag(valid_to) over w as before_to,
              lag(row_no) over w as before_row
            from stage_residence where ok
            window w as (partition by pseudonym order by valid_from collate "C", row_no)) s
      where before_row is not null and (before_to is null or valid_from collate "C" < before_to)`,
  },
  unknown("benefits.csv", "person", "pseudonym", "persons.csv", "pseudonym", "personen"),
  duplicates(
    "benefits.csv",
    "month",
    ["pseudonym", "month", "benefit_code"],
    `${shown("pseudonym")} || ' ' || month || ' ' || benefit_code`,
  ),
  {
    // A benefit month must meet a spell of the person: some day of the month inside it.
    file: "benefits.csv",
    field: "month",
    kind: "ydelse uden bopæl",
    query: `select b.row_no, 'personen bor ikke i nogen bolig i ' || left(b.month, 7) as message
      from stage_benefit b
      where b.ok
        and exists (select 1 from stage_person p where p.pseudonym = b.pseudonym)
        and not exists (select 1 from stage_residence bad where bad.pseudonym = b.pseudonym and not bad.ok)
        and not exists (select 1 from stage_residence r where r.pseudonym = b.pseudonym and r.ok
          and left(r.valid_from, 7) collate "C" <= left(b.month, 7) collate "C"
          and (r.valid_to is null or r.valid_to collate "C" > b.month collate "C"))`,
  },
  unknown("person_years.csv", "person", "pseudonym", "persons.csv", "pseudonym", "personen"),
  duplicates("person_years.csv", "year", ["pseudonym", "year"], `${shown("pseudonym")} || ' ' || year`),
];

/**
 * The checks between rows and files over the staged batch: for each kind the number of
 * problems, and the first `room` problems in check and row order.
 */
export async function checkStagedBatch(
  db: Kysely<Database>,
  room: number,
  timing: (what: string) => void = () => undefined,
): Promise<{ counts: { kind: string; n: number }[]; listed: StagedProblem[] }> {
  const counts: { kind: string; n: number }[] = [];
  const listed: StagedProblem[] = [];
  for (const check of CHECKS) {
    const limit = Math.max(1, room - listed.length);
    const { rows } = await sql<{
      row_no: number;
      message: string;
      total: string;
    }>`select row_no, message, count(*) over () as total from (${sql.raw(check.query)}) q order by row_no limit ${limit}`.execute(
      db,
    );
    const total = Number(rows[0]?.total ?? 0);
    timing(`check ${check.file} ${check.field} ${check.kind}`);
    if (total === 0) continue;
    counts.push({ kind: check.kind, n: total });
    for (const row of rows)
      if (listed.length < room)
        listed.push({
          file: check.file,
          row: row.row_no,
          field: check.field,
          kind: check.kind,
          message: row.message,
        });
  }
  return { counts, listed };
}

/** Copies a checked staged batch into the register tables under `batchId`; returns the rows per file. */
export async function storeStagedBatch(
  db: Kysely<Database>,
  batchId: number,
  timing: (what: string) => void = () => undefined,
): Promise<void> {
  const statements = [
    sql`insert into register_area (batch_id, area_id, area_name) select ${batchId}, area_id, area_name from stage_area`,
    sql`insert into register_area_year (batch_id, area_id, year, area_type)
      select ${batchId}, area_id, year::integer, area_type from stage_area_year`,
    sql`insert into register_department (batch_id, department_id, area_id, department_name)
      select ${batchId}, department_id, area_id, department_name from stage_department`,
    sql`insert into register_dwelling (batch_id, dwelling_id, department_id)
      select ${batchId}, dwelling_id, department_id from stage_dwelling`,
    sql`insert into register_household (batch_id, household_id) select ${batchId}, household_id from stage_household`,
    sql`insert into register_person (batch_id, pseudonym, birth_year, birth_month, sex, origin, country_group, parents_status)
      select ${batchId}, pseudonym, birth_year::integer, birth_month::integer, sex, origin, country_group, parents_status
      from stage_person`,
    sql`insert into register_residence (batch_id, pseudonym, dwelling_id, household_id, valid_from, valid_to)
      select ${batchId}, pseudonym, dwelling_id, household_id, valid_from::date, valid_to::date from stage_residence`,
    sql`insert into register_benefit_month (batch_id, pseudonym, month, benefit_code)
      select ${batchId}, pseudonym, month::date, benefit_code from stage_benefit`,
    sql`insert into register_person_year
        (batch_id, pseudonym, year, labour_status, outside_fte, education, gross_income, convictions, charges)
      select ${batchId}, pseudonym, year::integer, labour_status, outside_fte::numeric, education,
        gross_income::bigint, convictions::integer, charges::integer
      from stage_person_year`,
  ];
  for (const [i, statement] of statements.entries()) {
    await statement.execute(db);
    timing(`store ${i}`);
  }
}

/**
 * Inserts rows of one table for a batch, in statements of at most ~30,000 parameters (both
 * PostgreSQL and PGlite take 65,535). For tests that write rows directly.
 */
export async function insertRegisterRows<T extends RegisterTable>(
  db: Kysely<Database>,
  table: T,
  batchId: number,
  rows: readonly Omit<Insertable<Database[T]>, "batch_id">[],
): Promise<number> {
  if (rows.length === 0) return 0;
  const columns = Object.keys(rows[0] as object).length + 1;
  const size = Math.max(1, Math.floor(30_000 / columns));
  for (let start = 0; start < rows.length; start += size) {
    const values = rows.slice(start, start + size).map((row) => ({ ...row, batch_id: batchId }));
    // One generic insert for every register table: the row type was checked at the call.
    await db
      .insertInto(table)
      .values(values as never)
      .execute();
  }
  return rows.length;
}

const REGISTER_TABLES: readonly RegisterTable[] = [
  "register_area",
  "register_area_year",
  "register_department",
  "register_dwelling",
  "register_household",
  "register_person",
  "register_residence",
  "register_benefit_month",
  "register_person_year",
];

/**
 * Refreshes the planner's statistics of the register tables after a batch is stored, in the
 * import's transaction: a batch can multiply a table's rows, and the aggregations that follow
 * (`udsyn register facts`, the evaluation) should not be planned on the sizes before it. Inside
 * the transaction the sample includes the batch's own uncommitted rows, and the statistics are
 * rolled back with it. PostgreSQL's autovacuum would get there later; PGlite has none.
 */
export async function analyseRegisterTables(db: Kysely<Database>): Promise<void> {
  await sql.raw(`analyze ${REGISTER_TABLES.join(", ")}`).execute(db);
}

/** Rows of each register table for a batch (or all batches): for tests and the import summary. */
export async function countRegisterRows(db: Kysely<Database>): Promise<Record<string, number>> {
  const tables = REGISTER_TABLES;
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const { n } = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow();
    counts[table] = Number(n);
  }
  return counts;
}
