import { writeFileSync } from "node:fs";
import { DuckDBInstance } from "@duckdb/node-api";
import pg from "pg";
import type { ReferenceFacts } from "../src/domain/areas/department-year-facts.ts";
import type { Rational } from "../src/domain/law/rational.ts";
import { factsCsvColumns } from "./national-facts.ts";

/**
 * The two SQL engines of the baselines, each holding the same facts as udsyn: DuckDB in process
 * (in memory, loaded with its own CSV reader) and PostgreSQL (udsyn's area_fact table).
 */

const columnTypes: Record<string, string> = {
  year: "INTEGER",
  area_id: "VARCHAR",
  area_name: "VARCHAR",
  municipality: "VARCHAR",
  department_id: "VARCHAR",
  region: "VARCHAR",
  outside_labour_or_education_18_64: "DECIMAL(14,4)",
  gross_income_sum_15_64_excl_students: "BIGINT",
};

/** The exact decimal of a rational whose denominator divides a power of ten (the reference facts are). */
function decimal(r: Rational): string {
  for (let digits = 0; digits <= 12; digits++) {
    const scale = 10n ** BigInt(digits);
    if ((r.num * scale) % r.den === 0n) {
      const units = (r.num * scale) / r.den;
      const text = units.toString().padStart(digits + 1, "0");
      return digits === 0 ? text : `${text.slice(0, -digits)}.${text.slice(-digits)}`;
    }
  }
  throw new Error(`not a decimal: ${r.num}/${r.den}`);
}

function referenceRows(reference: ReferenceFacts) {
  return {
    national: reference.national.map((n) => `(${n.year}, ${decimal(n.national_conviction_share_18_plus)})`),
    regions: reference.regions.map(
      (r) => `(${r.year}, '${r.region}', ${decimal(r.region_mean_gross_income_15_64_excl_students)})`,
    ),
  };
}

export interface SqlEngine {
  rows(sql: string): Promise<{ area_id: unknown; cats: unknown }[]>;
  close(): Promise<void>;
}

export async function duckdb(csvPath: string, reference: ReferenceFacts): Promise<SqlEngine> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  const columns = factsCsvColumns.map((c) => `'${c}': '${columnTypes[c] ?? "INTEGER"}'`).join(", ");
  await connection.run(
    `CREATE TABLE area_fact AS SELECT * FROM read_csv('${csvPath}', header = true, columns = {${columns}})`,
  );
  const ref = referenceRows(reference);
  await connection.run(`CREATE TABLE bench_national (year INTEGER, share DECIMAL(18,8))`);
  await connection.run(`INSERT INTO bench_national VALUES ${ref.national.join(", ")}`);
  await connection.run(`CREATE TABLE bench_region_mean (year INTEGER, region VARCHAR, mean DECIMAL(18,4))`);
  await connection.run(`INSERT INTO bench_region_mean VALUES ${ref.regions.join(", ")}`);
  return {
    async rows(sql) {
      const reader = await connection.runAndReadAll(sql);
      return reader.getRowObjectsJS() as { area_id: unknown; cats: unknown }[];
    },
    async close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/** PostgreSQL on udsyn's own area_fact table (already imported), plus the reference tables. */
export async function postgres(url: string, reference: ReferenceFacts): Promise<SqlEngine> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const ref = referenceRows(reference);
  await client.query(`DROP TABLE IF EXISTS bench_national; DROP TABLE IF EXISTS bench_region_mean;
    CREATE TABLE bench_national (year integer, share numeric);
    INSERT INTO bench_national VALUES ${ref.national.join(", ")};
    CREATE TABLE bench_region_mean (year integer, region text, mean numeric);
    INSERT INTO bench_region_mean VALUES ${ref.regions.join(", ")};
    ANALYZE`);
  // The statement joins grouped subqueries whose row counts the planner cannot estimate (GROUP BY
  // … HAVING); with nested loops it goes quadratic in the areas. Hash joins are what it needs.
  await client.query("SET enable_nestloop = off");
  return {
    async rows(sql) {
      return (await client.query(sql)).rows;
    },
    async close() {
      await client.end();
    },
  };
}

export function writeCsv(path: string, content: string): string {
  writeFileSync(path, content);
  return path;
}
