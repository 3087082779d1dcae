/**
 * B2's second half: the register extract (`udsyn synth` files) imported with `udsyn import`
 * against `psql \copy` of the same nine CSV files into tables of the same shape (LIKE … INCLUDING
 * ALL: types, CHECKs, keys and indexes; foreign keys are not copied by LIKE, so the baseline
 * checks less than udsyn does). Each round starts from an empty, migrated database made from a
 * template, so a batch is never "already imported".
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { run } from "./measure.ts";

/** The synth file, its register table and the table's columns in the file's column order. */
export const REGISTER_FILES: readonly { file: string; table: string; columns: string }[] = [
  { file: "areas.csv", table: "register_area", columns: "area_id, area_name" },
  { file: "area_years.csv", table: "register_area_year", columns: "area_id, year, area_type" },
  {
    file: "departments.csv",
    table: "register_department",
    columns: "department_id, area_id, department_name",
  },
  { file: "dwellings.csv", table: "register_dwelling", columns: "dwelling_id, department_id" },
  { file: "households.csv", table: "register_household", columns: "household_id" },
  {
    file: "persons.csv",
    table: "register_person",
    columns: "pseudonym, birth_year, birth_month, sex, origin, country_group, parents_status",
  },
  {
    file: "residences.csv",
    table: "register_residence",
    columns: "pseudonym, dwelling_id, household_id, valid_from, valid_to",
  },
  { file: "benefits.csv", table: "register_benefit_month", columns: "pseudonym, month, benefit_code" },
  {
    file: "person_years.csv",
    table: "register_person_year",
    columns: "pseudonym, year, labour_status, outside_fte, education, gross_income, convictions, charges",
  },
];

/** Data rows in the folder's files (lines less the header). */
export function registerRows(folder: string): number {
  let rows = 0;
  for (const { file } of REGISTER_FILES) {
    const text = readFileSync(join(folder, file));
    let lines = 0;
    for (const byte of text) if (byte === 10) lines++;
    rows += lines - 1;
  }
  return rows;
}

export interface RegisterRound {
  readonly udsyn: { ms: number; rssMb: number };
  readonly copy: { ms: number; rssMb: number };
}

/**
 * One round: a fresh database from `template` for udsyn's import (whole process), then nine
 * `\copy` in one psql process into same-shaped tables in another fresh database.
 */
export async function registerImportRound(
  pgBase: string,
  template: string,
  folder: string,
  udsyn: string,
  round: number,
): Promise<RegisterRound> {
  const admin = new pg.Client({ connectionString: `${pgBase}/postgres` });
  await admin.connect();
  const forUdsyn = `${template}_u${round}`;
  const forCopy = `${template}_c${round}`;
  try {
    await admin.query(`CREATE DATABASE ${forUdsyn} TEMPLATE ${template}`);
    await admin.query(`CREATE DATABASE ${forCopy} TEMPLATE ${template}`);
    const shaped = new pg.Client({ connectionString: `${pgBase}/${forCopy}` });
    await shaped.connect();
    for (const { table } of REGISTER_FILES)
      await shaped.query(
        `CREATE TABLE bench_${table} (LIKE ${table} INCLUDING ALL); ALTER TABLE bench_${table} ALTER batch_id SET DEFAULT 1`,
      );
    await shaped.end();
    const udsynRun = run("node", [udsyn, "import", "--dir", folder, "--batch", "bench"], {
      ...process.env,
      DATABASE_URL: `${pgBase}/${forUdsyn}`,
    });
    const script = REGISTER_FILES.map(
      ({ file, table, columns }) =>
        `\\copy bench_${table} (${columns}) FROM '${join(folder, file)}' WITH (FORMAT csv, HEADER true)`,
    ).join("\n");
    const copyRun = run("psql", [`${pgBase}/${forCopy}`, "-q", "-v", "ON_ERROR_STOP=1"], process.env, script);
    return { udsyn: udsynRun, copy: copyRun };
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${forUdsyn} WITH (FORCE)`);
    await admin.query(`DROP DATABASE IF EXISTS ${forCopy} WITH (FORCE)`);
    await admin.end();
  }
}
