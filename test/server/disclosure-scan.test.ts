import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DatabaseHandle } from "../../src/db/database.ts";
import { synthesiseRegister } from "../../src/domain/register/synth/synthesise.ts";
import type { App } from "../../src/server/context.ts";
import { cliActor } from "../../src/usecases/actor.ts";
import { seedDemo } from "../../src/usecases/demo/demo.service.ts";
import { computeAreaFacts } from "../../src/usecases/register/compute-area-facts.ts";
import { importRegisterBatch } from "../../src/usecases/register/import-register-batch.ts";
import { measureGoals } from "../../src/usecases/register/measure-goals.ts";
import { createUseCaseContext } from "../../src/usecases/use-case.ts";
import { addUser, type LoggedIn, login, testApp } from "../support/app.ts";
import { testDatabases } from "../support/databases.ts";

/**
 * Disclosure scan: every aggregate that leaves udsyn through the API is requested on a small
 * population (a few hundred synthetic persons, so departments have cells of 1-4 persons) and
 * searched for a count of persons between 1 and 4 that is shown.
 *
 * The endpoints are read from the OpenAPI document, so a new GET route is scanned without
 * touching this file; its parameters are filled from their schema (every value of an enum, dates
 * and years around the 2010 rule change). Left out, and why (EXCLUDED): person-level endpoints
 * for the roles that handle the persons (caseworkers' cases, stored decisions and their
 * registers, the audit log and its import history, the user list), which are access-controlled and audited instead of
 * suppressed; the SSP overview for leader groups (internal case steering over cases the reader
 * may open anyway); and endpoints without statistics (health, login, the signed-in user, rules,
 * catalogues, organisations).
 *
 * A count cell is:
 * - in JSON, a number under a key that names a count of persons (COUNT_KEY: persons, residents,
 *   convicted, outside, movers, stayers, n, count, numerator/denominator of a criterion whose unit
 *   counts persons, …);
 * - in any text (JSON strings, CSV and XLSX cells, the report's HTML), a number directly before
 *   a word for persons ("3 personer", "2 beboere", "4 unge") or "N af M personer";
 * - in a CSV or XLSX table, a cell under a header that names a count of persons ("Antal unge",
 *   "personer", "beboere").
 * Such a cell with a value 1-4 is a leak; a withheld cell is null, empty or a text ("færre end 5
 * personer", "under 5"), and 0 is not a small cell.
 */

const MIN = 5;
const EXCLUDED = new Set([
  "/api/health",
  "/api/me",
  "/api/login/methods",
  "/api/login/oidc",
  "/api/login/oidc/callback",
  "/api/audit",
  "/api/audit/verify",
  "/api/audit/imports",
  "/api/users",
  "/api/rules",
  "/api/policy/organisations",
  "/api/areas/rule-versions",
  "/api/letting/decisions",
  "/api/letting/decisions/{id}",
  "/api/letting/decisions/{id}/replay",
  "/api/letting/relocation-grants",
  "/api/letting/special-dwellings",
  "/api/cases",
  "/api/cases/{id}",
  "/api/cases/overdue",
  "/api/cases/overview",
  "/api/cases/committees",
  "/api/cases/catalogue",
]);

const COUNT_KEY =
  /^(n|count|persons|residents|adults|convicted|charged|outside|stayers|unmatched|numerator|denominator)$|persons|residents|convicted|outside|movers|stayers|Persons$|Count$/i;
const PERSON_WORDS = "personer|person|beboere|beboer|unge|dømte|indflyttere|fraflyttere|fastboende|borgere";
const TEXT_CELL = new RegExp(
  `(?<![\\d.,])([1-4])\\s+(?:(?:${PERSON_WORDS})\\b|af\\s+[\\d.]+\\s+(?:${PERSON_WORDS})\\b)`,
  "giu",
);
const COUNT_HEADER = /antal (unge|personer|beboere)|^personer$|^beboere$|^n$/i;

interface Leak {
  readonly where: string;
  readonly value: string;
}

const small = (n: number) => Number.isInteger(n) && n >= 1 && n < MIN;

function textLeaks(where: string, text: string): Leak[] {
  return [...text.matchAll(TEXT_CELL)].map((m) => ({
    where,
    value: text.slice(Math.max(0, (m.index ?? 0) - 40), (m.index ?? 0) + m[0].length + 10),
  }));
}

/**
 * Which of a criterion's numerator and denominator count persons, by its unit: a share of persons
 * both; residents the numerator (the denominator is 1); income the denominator (taxpayers; the
 * numerator is kroner); criteria met and years in a row neither.
 */
const CRITERION_COUNTS: Record<string, readonly string[]> = {
  procentpoint: ["numerator", "denominator"],
  gange_landsgennemsnittet: ["numerator", "denominator"],
  beboere: ["numerator"],
  procentpoint_af_regionens_gennemsnit: ["denominator"],
  kriterier: [],
  aar: [],
};

function jsonLeaks(where: string, value: unknown): Leak[] {
  if (typeof value === "string") return textLeaks(where, value);
  if (Array.isArray(value)) return value.flatMap((v, i) => jsonLeaks(`${where}[${i}]`, v));
  if (value === null || typeof value !== "object") return [];
  const record = value as Record<string, unknown>;
  const criterionCounts = typeof record.unit === "string" ? CRITERION_COUNTS[record.unit] : undefined;
  return Object.entries(record).flatMap(([key, v]) => {
    const path = `${where}.${key}`;
    if (typeof v === "number") {
      const counts =
        COUNT_KEY.test(key) &&
        (key !== "numerator" && key !== "denominator" ? true : (criterionCounts ?? [key]).includes(key));
      return counts && small(v) ? [{ where: path, value: String(v) }] : [];
    }
    return jsonLeaks(path, v);
  });
}

/**
 * A department's criterion beside the criterion of the same counts over all the area's
 * departments (the rule versions' `partOf`, which the API does not carry): the difference is the
 * departments not shown, and must not be a small group either.
 */
const PART_OF: Readonly<Record<string, string>> = {
  outside_labour_market_one_department: "outside_labour_market_together",
};

interface PublishedCriterionJson {
  readonly id: string;
  readonly numerator: number | null;
  readonly denominator: number | null;
}

/** Classifications (and anything else with criteria): the other departments as the total less the one shown. */
function differenceLeaks(where: string, value: unknown): Leak[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => differenceLeaks(`${where}[${i}]`, v));
  if (value === null || typeof value !== "object") return [];
  const record = value as Record<string, unknown>;
  const leaks = Object.entries(record).flatMap(([key, v]) => differenceLeaks(`${where}.${key}`, v));
  if (!Array.isArray(record.criteria)) return leaks;
  const criteria = record.criteria as PublishedCriterionJson[];
  for (const part of criteria) {
    const whole = criteria.find((c) => c.id === PART_OF[part.id]);
    if (whole === undefined || part.numerator === null || whole.numerator === null) continue;
    const count = whole.numerator - part.numerator;
    const base = (whole.denominator ?? 0) - (part.denominator ?? 0);
    if (small(count) || small(base) || small(base - count))
      leaks.push({ where: `${where}.criteria[${part.id}]`, value: `${count} af ${base}` });
  }
  return leaks;
}

/** A watch list's projections: a criterion with a withheld year (null) must not be projected. */
function projectionLeaks(where: string, value: unknown): Leak[] {
  const areas = (value as { areas?: { areaName: string; projection: unknown }[] }).areas ?? [];
  return areas.flatMap((area) => {
    const criteria =
      (
        area.projection as {
          criteria?: { criterionId: string; observed: { value: number | null }[] }[];
        } | null
      )?.criteria ?? [];
    return criteria
      .filter((c) => c.observed.some((p) => p.value === null))
      .map((c) => ({ where: `${where} ${area.areaName}.projection`, value: c.criterionId }));
  });
}

function tableLeaks(where: string, rows: readonly (readonly string[])[]): Leak[] {
  const [header, ...body] = rows;
  if (header === undefined) return [];
  const countColumns = header.flatMap((h, i) => (COUNT_HEADER.test(h.trim()) ? [i] : []));
  return body.flatMap((row, r) => [
    ...countColumns.flatMap((c) =>
      small(Number(row[c])) ? [{ where: `${where} row ${r + 2} ${header[c]}`, value: row[c] ?? "" }] : [],
    ),
    ...row.flatMap((cell) => textLeaks(`${where} row ${r + 2}`, cell)),
  ]);
}

async function xlsxLeaks(where: string, bytes: Buffer): Promise<Leak[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.worksheets.flatMap((sheet) => {
    const rows: string[][] = [];
    sheet.eachRow((row) => {
      const cells = (row.values as unknown[])
        .slice(1)
        .map((v) => (v === null || v === undefined ? "" : String(v)));
      rows.push(cells);
    });
    // A sheet's header is its first row with a count-like header, else its first row.
    const headerAt = Math.max(
      0,
      rows.findIndex((r) => r.some((c) => COUNT_HEADER.test(c.trim()))),
    );
    return tableLeaks(`${where} [${sheet.name}]`, rows.slice(headerAt));
  });
}

function htmlLeaks(where: string, html: string): Leak[] {
  const text = html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;|&#160;/g, " ");
  return textLeaks(where, text);
}

interface OpenApiParameter {
  readonly name: string;
  readonly in: "path" | "query";
  readonly required?: boolean;
  readonly schema: { readonly type?: string; readonly enum?: readonly string[] };
}

/** The values to request for a parameter: every enum value, else values around the 2010 list. */
function valuesOf(path: string, p: OpenApiParameter): readonly (string | undefined)[] {
  if (p.schema.enum !== undefined)
    return p.name === "format" ? ["html"] : [...(p.required === true ? [] : [undefined]), ...p.schema.enum];
  if (p.name === "committee") return ["SUD"];
  if (p.name === "year" && p.in === "path") return ["2010"];
  if (p.schema.type === "integer" && (p.name === "from" || p.name === "to"))
    return p.name === "from" ? ["2006"] : ["2008"];
  if (p.name === "from") return ["2009-12-31"];
  if (p.name === "to") return ["2010-01-01"];
  if (p.name === "date" || p.name === "rules")
    return path.includes("classification") ? ["2009-12-31", "2010-01-01", "2011-01-01"] : ["2010-01-01"];
  return [undefined];
}

/** Every URL to request for a path: the product of its parameters' values. */
function urlsOf(path: string, parameters: readonly OpenApiParameter[]): string[] {
  let urls: { path: string; query: [string, string][] }[] = [{ path, query: [] }];
  for (const p of parameters) {
    const values = valuesOf(path, p);
    urls = urls.flatMap((u) =>
      values.map((v) =>
        v === undefined
          ? u
          : p.in === "path"
            ? { ...u, path: u.path.replace(`{${p.name}}`, encodeURIComponent(v)) }
            : { ...u, query: [...u.query, [p.name, v] as [string, string]] },
      ),
    );
  }
  return urls.map((u) => (u.query.length === 0 ? u.path : `${u.path}?${new URLSearchParams(u.query)}`));
}

describe.each(testDatabases().slice(0, 1))("disclosure control of every aggregate on $name", (testDb) => {
  let database: DatabaseHandle;
  let app: App;
  let analyst: LoggedIn;

  beforeAll(async () => {
    vi.stubEnv("UDSYN_COMMITTEE_SEES_DRAFTS", "true");
    database = await testDb.open();
    const actor = cliActor();
    await seedDemo(database.db, actor);
    const ctx = createUseCaseContext(database.db);
    const files = synthesiseRegister({ persons: 400, seed: 5 });
    await importRegisterBatch(ctx, actor, {
      name: "lille-by",
      files: Object.entries(files).map(([fileName, content]) => ({ fileName, content })),
    });
    // The batch's facts replace the demo's typed-in departments: small departments on every page.
    await computeAreaFacts(ctx, actor, { batch: "lille-by", replace: true });
    await measureGoals(ctx, actor, { committee: "SUD", year: 2010, batch: "lille-by" });
    app = await testApp(database);
    await addUser(database, "bo", "analyst");
    analyst = await login(app, "bo");
  }, 180_000);
  afterAll(async () => {
    vi.unstubAllEnvs();
    await app.close();
    await database.close();
  });

  it("has small cells to hide: departments with 1-4 convicted adults", async () => {
    const rows = await database.db
      .selectFrom("area_fact")
      .select("department_id")
      .where("convicted_18_plus", ">=", 1)
      .where("convicted_18_plus", "<", MIN)
      .execute();
    expect(rows.length).toBeGreaterThan(0);
  });

  it("shows no count of 1-4 persons in any aggregate endpoint, export or report", async () => {
    const document = app.swagger() as {
      paths: Record<string, { get?: { parameters?: OpenApiParameter[] } }>;
    };
    const paths = Object.entries(document.paths).filter(
      ([path, item]) => item.get !== undefined && !EXCLUDED.has(path),
    );
    // The scan is only as good as its reach: the register's own pages must be among the paths.
    expect(paths.map(([p]) => p)).toEqual(
      expect.arrayContaining([
        "/api/areas/classification",
        "/api/areas/watch",
        "/api/register/evaluation",
        "/api/policy/rounds/{committee}/{year}/export.xlsx",
        "/api/policy/rounds/{committee}/{year}/export/{table}.csv",
        "/api/policy/rounds/{committee}/{year}/report.{format}",
      ]),
    );
    const leaks: Leak[] = [];
    const scanned: string[] = [];
    for (const [path, item] of paths) {
      for (const url of urlsOf(path, item.get?.parameters ?? [])) {
        const response = await app.inject({ method: "GET", url, headers: analyst.headers });
        // A list kind with no rule in force on a date answers 422 by design: nothing is published.
        if (response.statusCode === 422 && response.json().error?.code === "rule_not_in_force") continue;
        expect(response.statusCode, `${url}: ${response.body.slice(0, 300)}`).toBe(200);
        scanned.push(url);
        const type = String(response.headers["content-type"] ?? "");
        if (type.includes("json")) {
          const body: unknown = response.json();
          leaks.push(...jsonLeaks(url, body), ...differenceLeaks(url, body));
          if (url.startsWith("/api/areas/watch")) leaks.push(...projectionLeaks(url, body));
        } else if (type.includes("csv"))
          leaks.push(
            ...tableLeaks(url, parse(response.body, { delimiter: ";", bom: true, relax_column_count: true })),
          );
        else if (type.includes("spreadsheet")) leaks.push(...(await xlsxLeaks(url, response.rawPayload)));
        else if (type.includes("html")) leaks.push(...htmlLeaks(url, response.body));
        else throw new Error(`${url}: no scanner for ${type}`);
      }
    }
    expect(scanned.length).toBeGreaterThan(20);
    expect(leaks).toEqual([]);
  }, 300_000);
});
