import { once } from "node:events";
import { parse } from "csv-parse";
import type { parquetMetadataAsync } from "hyparquet";
import type { asyncBufferFromFile } from "hyparquet/src/node.js";
import {
  countryGroups,
  cprLikePattern,
  educationLevels,
  labourStatuses,
  origins,
  parentStatuses,
  pseudonymPattern,
  REGISTER_YEARS,
  type RegisterFileName,
  registerAreaTypes,
  registerBenefitCodes,
  registerFiles,
  sexes,
} from "../../domain/register/codes.ts";
import { lines } from "../csv/csv-lines.ts";
import type { ProblemLog } from "./register-problems.ts";
import { byteStream, type ScannedFile } from "./register-source.ts";

/**
 * Reading one file of a batch as a stream of rows, and the checks that need only the row:
 * types, codes, dates, CPR-like identifiers. The checks between rows and files (keys,
 * references, overlapping spells) are SQL over the staged rows (`register.repository.ts`).
 */

export interface RawRow {
  /** CSV: the line the record ends on (header = row 1); Parquet: the record's number + 1, the same. */
  readonly row: number;
  /** The layout's columns in the layout's order (`registerFiles`). */
  readonly cells: readonly string[];
}

/**
 * The rows of a file in the layout's column order, a batch at a time (the rows of one piece of
 * the file, or of one Parquet row group): a row each would cost a promise and a turn of the
 * generator per row. Problems with the file itself go to `problems`.
 */
export async function* readRows(
  file: ScannedFile,
  name: RegisterFileName,
  problems: ProblemLog,
): AsyncGenerator<readonly RawRow[]> {
  if (file.format === "parquet") yield* parquetRows(file, name, problems);
  else yield* csvRows(file, name, problems);
}

function columnMap(
  header: readonly string[],
  file: string,
  name: RegisterFileName,
  problems: ProblemLog,
): number[] | undefined {
  const columns: readonly string[] = registerFiles[name];
  const before = problems.total;
  const seen = new Set<string>();
  for (const column of header) {
    if (seen.has(column))
      problems.add({
        source: file,
        row: 1,
        field: column,
        kind: "forkert overskrift",
        message: "kolonnen står to gange i overskriften",
      });
    else if (!columns.includes(column))
      problems.add({
        source: file,
        row: 1,
        field: column,
        kind: "forkert overskrift",
        message: "ukendt kolonne",
      });
    seen.add(column);
  }
  for (const column of columns)
    if (!seen.has(column))
      problems.add({
        source: file,
        row: 1,
        field: column,
        kind: "forkert overskrift",
        message: "påkrævet kolonne mangler i overskriften",
      });
  if (problems.total > before) return undefined;
  return columns.map((column) => header.indexOf(column));
}

/**
 * Bytes of a CSV file parsed at a time, and so the rows of a batch (about 2,000 benefit rows):
 * rows held until their batch is written live long enough to be moved to the old generation,
 * whose collection costs more than the young one's, so a batch is kept small.
 */
const CSV_PIECE = 64 * 1024;

async function* csvRows(
  file: ScannedFile,
  name: RegisterFileName,
  problems: ProblemLog,
): AsyncGenerator<readonly RawRow[]> {
  const source = file.baseName;
  if (file.bom && file.firstInvalidUtf8Row !== undefined) {
    problems.add({
      source,
      row: file.firstInvalidUtf8Row,
      kind: "forkert tegnsæt",
      message:
        "filen er mærket som UTF-8 (byte order mark), men rækken har tegn, der ikke er UTF-8 (formentlig Latin-1 æøå); gem filen igen som »CSV UTF-8«",
    });
    return;
  }
  // The bytes go to the parser as they are, decoded field by field in the scan's encoding: the
  // parser works on bytes, so text would only be turned back into bytes.
  const bytes = byteStream(file.file, CSV_PIECE);
  const parser = parse({
    bom: true,
    skip_empty_lines: true,
    relax_column_count: true,
    trim: true,
    delimiter: file.delimiter ?? ",",
    encoding: file.encoding === "latin-1" ? "latin1" : "utf8",
  });
  // Each record's line: csv-parse's `info` option copies its state into an object per record,
  // which doubles the parse time; the parser pushes each record synchronously while parsing, so
  // its running `info.lines` at the push is the record's last line.
  const push = parser.push.bind(parser);
  const counter = lines();
  parser.push = (record: unknown) =>
    push(record === null ? null : [counter.line(record as string[], parser.info.lines), record]);
  let failure: unknown;
  parser.on("error", (error) => {
    failure = error;
  });
  const unreadable = (error: unknown) => {
    const counted = (error as { lines?: number }).lines;
    const line = counted === undefined ? undefined : counter.at(counted);
    problems.add({
      source,
      ...(line === undefined ? {} : { row: line }),
      kind: "ulæselig fil",
      message: `ugyldig CSV: ${(error as Error).message}`,
    });
  };
  const columns = registerFiles[name].length;
  let map: number[] | undefined;
  /** The header is the layout's columns in the layout's order (the usual file): a record is its row. */
  let inOrder = false;
  let first = true;
  // The records parsed so far as rows; undefined when the header is refused.
  const parsed = (): RawRow[] | undefined => {
    const rows: RawRow[] = [];
    for (
      let next = parser.read() as [number, string[]] | null;
      next !== null;
      next = parser.read() as [number, string[]] | null
    ) {
      const [line, record] = next;
      if (first) {
        first = false;
        map = columnMap(record, source, name, problems);
        if (map === undefined) return undefined;
        inOrder = map.every((at, i) => at === i);
        continue;
      }
      const cells =
        inOrder && record.length === columns
          ? record
          : (map as number[]).map((i) => (i < 0 ? "" : (record[i] ?? "")));
      rows.push({ row: line, cells });
    }
    return rows;
  };
  try {
    for await (const piece of bytes) {
      if (failure !== undefined) break;
      parser.write(piece);
      const rows = parsed();
      if (rows === undefined) return;
      if (rows.length > 0) yield rows;
    }
    if (failure === undefined) {
      // A parser that failed never finishes; one that did not flushes the last record at the end.
      const finished = once(parser, "finish").catch(() => undefined);
      parser.end();
      await finished;
    }
    if (failure !== undefined) {
      unreadable(failure);
      return;
    }
    const rows = parsed();
    if (rows === undefined) return;
    if (rows.length > 0) yield rows;
  } catch (error) {
    // The file could not be read (it went away, a disk error).
    unreadable(error);
    return;
  } finally {
    bytes.destroy();
  }
  if (first) problems.add({ source, kind: "ulæselig fil", message: "filen er tom" });
}

function parquetText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.trim();
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
  }
  return String(value);
}

async function* parquetRows(
  file: ScannedFile,
  name: RegisterFileName,
  problems: ProblemLog,
): AsyncGenerator<readonly RawRow[]> {
  const source = file.baseName;
  // hyparquet is loaded when a Parquet file is read, not at every start of the CLI.
  const { parquetMetadataAsync, parquetReadObjects } = await import("hyparquet");
  const { asyncBufferFromFile } = await import("hyparquet/src/node.js");
  const unreadable = (error: unknown) =>
    problems.add({
      source,
      kind: "ulæselig fil",
      message: `filen kan ikke læses som Parquet - den er afkortet eller beskadiget (${error instanceof Error ? error.message : String(error)})`,
    });
  let buffer: Awaited<ReturnType<typeof asyncBufferFromFile>>;
  let metadata: Awaited<ReturnType<typeof parquetMetadataAsync>>;
  try {
    if ("path" in file.file) buffer = await asyncBufferFromFile(file.file.path);
    else {
      const content = file.file.content;
      const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
      const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      buffer = { byteLength: copy.byteLength, slice: (start, end) => copy.slice(start, end) };
    }
    metadata = await parquetMetadataAsync(buffer);
  } catch (error) {
    unreadable(error);
    return;
  }
  const header = metadata.schema.slice(1).map((element) => element.name);
  const map = columnMap(header, source, name, problems);
  if (map === undefined) return;
  const columns: readonly string[] = registerFiles[name];
  let rowStart = 0;
  // One row group at a time: the file is never read whole.
  for (const group of metadata.row_groups) {
    const rowEnd = rowStart + Number(group.num_rows);
    let rows: Record<string, unknown>[];
    try {
      rows = await parquetReadObjects({ file: buffer, metadata, rowStart, rowEnd, columns: [...columns] });
    } catch (error) {
      unreadable(error);
      return;
    }
    const batch: RawRow[] = [];
    for (let i = 0; i < rows.length; i++) {
      const record = rows[i] as Record<string, unknown>;
      batch.push({ row: rowStart + i + 2, cells: columns.map((column) => parquetText(record[column])) });
    }
    yield batch;
    rowStart = rowEnd;
  }
}

/** A staged row: the table's values as text (null for an empty optional value), in `stagingColumns` order. */
export type StagedValues = (string | null)[];

export interface RowCheckOptions {
  readonly pseudonymise?: ((identifier: string) => string) | undefined;
  /** Shared by the batch's files, so a CPR-like value has one stand-in in every file. */
  readonly cprStandIns: Map<string, string>;
}

/** The columns each file is staged with (after its row number), as `register.repository.ts` creates them. */
export const stagingColumns = {
  "areas.csv": ["area_id", "area_name"],
  "area_years.csv": ["area_id", "year", "area_type"],
  "departments.csv": ["department_id", "area_id", "department_name"],
  "dwellings.csv": ["dwelling_id", "department_id"],
  "households.csv": ["household_id"],
  "persons.csv": [
    "pseudonym",
    "birth_year",
    "birth_month",
    "sex",
    "origin",
    "country_group",
    "parents_status",
  ],
  "residences.csv": ["pseudonym", "dwelling_id", "household_id", "valid_from", "valid_to", "ok"],
  "benefits.csv": ["pseudonym", "month", "benefit_code", "ok"],
  "person_years.csv": [
    "pseudonym",
    "year",
    "labour_status",
    "outside_fte",
    "education",
    "gross_income",
    "convictions",
    "charges",
  ],
} as const satisfies Record<RegisterFileName, readonly string[]>;

/**
 * A CPR-like value that was not pseudonymised is refused (counted per file), but staged under a
 * stand-in so the SQL checks neither see nor print it; the stand-in is the same for the same value.
 */
export const CPR_STAND_IN_PREFIX = "CPR-";

/** The number of the digits of `text` from `start` to `end`, or -1 if one is not a digit. */
function digitsAt(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A calendar date written ÅÅÅÅ-MM-DD, year 100 or later (the check it replaces went through
 * `Date.UTC`, which reads years 0-99 as 1900-1999, so it refused them; so does this). Read
 * digit by digit: it runs for two dates of every residence and a month of every benefit row, and
 * a regular expression and a `Date` per call were a third of the row checks' time.
 */
export function validDate(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 7);
  const day = digitsAt(text, 8, 10);
  if (year < 100 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] as number));
}

/**
 * The row checks of one file: call `check` for each row; it returns the staged values, or
 * undefined when the row cannot be staged at all. `finish` reports what is counted per file.
 */
export function rowChecker(
  file: RegisterFileName,
  source: string,
  problems: ProblemLog,
  options: RowCheckOptions,
): { check(row: RawRow): StagedValues; finish(): void } {
  let cprFirst = 0;
  let cprCount = 0;
  const standIns = options.cprStandIns;
  const problem = (row: number, field: string, kind: string, message: string) =>
    problems.add({ source, row, field, kind, message });
  const id = (row: number, field: string, value: string): string => {
    if (!/^[A-Za-z0-9_.-]{1,100}$/.test(value))
      problem(row, field, "ugyldig nøgle", `"${value}": bogstaver, tal, "-", "_" og ".", højst 100 tegn`);
    return value;
  };
  const integer = (row: number, field: string, value: string, min: number, max: number): string => {
    if (!/^-?\d+$/.test(value) || Number(value) < min || Number(value) > max)
      problem(row, field, "ugyldigt tal", `"${value}": et helt tal fra ${min} til ${max}`);
    return value;
  };
  const oneOf = (
    row: number,
    field: string,
    value: string,
    codes: readonly string[],
    kind = "ukendt kode",
  ) => {
    if (!codes.includes(value)) problem(row, field, kind, `"${value}" er ikke en af ${codes.join(", ")}`);
    return value;
  };
  const person = (row: number, value: string): string => {
    if (options.pseudonymise) return options.pseudonymise(value);
    if (cprLikePattern.test(value)) {
      if (cprCount === 0) cprFirst = row;
      cprCount++;
      let standIn = standIns.get(value);
      if (standIn === undefined) {
        // Bounded: past 100,000 distinct numbers the refusal is certain and references need not match.
        standIn = `${CPR_STAND_IN_PREFIX}${standIns.size + 1}`;
        if (standIns.size < 100_000) standIns.set(value, standIn);
      }
      return standIn;
    }
    if (!pseudonymPattern.test(value))
      problem(row, "person", "ugyldigt pseudonym", `"${value}": bogstaver, tal, "-" og "_", højst 64 tegn`);
    return value;
  };
  const checks: Record<RegisterFileName, (c: readonly string[], row: number) => StagedValues> = {
    "areas.csv": ([areaId = "", areaName = ""], row) => {
      if (areaName === "") problem(row, "area_name", "tomt felt", "navnet mangler");
      return [id(row, "area_id", areaId), areaName];
    },
    "area_years.csv": ([areaId = "", year = "", areaType = ""], row) => [
      areaId,
      integer(row, "year", year, REGISTER_YEARS.min, REGISTER_YEARS.max),
      oneOf(row, "area_type", areaType, registerAreaTypes),
    ],
    "departments.csv": ([departmentId = "", areaId = "", name = ""], row) => [
      id(row, "department_id", departmentId),
      areaId,
      name,
    ],
    "dwellings.csv": ([dwellingId = "", departmentId = ""], row) => [
      id(row, "dwelling_id", dwellingId),
      departmentId,
    ],
    "households.csv": ([householdId = ""], row) => [id(row, "household_id", householdId)],
    "persons.csv": (
      [who = "", birthYear = "", birthMonth = "", sex = "", origin = "", group = "", parents = ""],
      row,
    ) => {
      const pseudonym = person(row, who);
      oneOf(row, "origin", origin, origins);
      if (origin === "dansk" && group !== "")
        problem(
          row,
          "country_group",
          "ugyldig kombination",
          "en person af dansk oprindelse har ingen landegruppe",
        );
      if (origin !== "dansk" && origins.includes(origin as never))
        oneOf(row, "country_group", group, countryGroups);
      return [
        pseudonym,
        integer(row, "birth_year", birthYear, 1880, 2100),
        integer(row, "birth_month", birthMonth, 1, 12),
        oneOf(row, "sex", sex, sexes),
        origin,
        group === "" ? null : group,
        oneOf(row, "parents_status", parents, parentStatuses),
      ];
    },
    "residences.csv": ([who = "", dwellingId = "", householdId = "", from = "", to = ""], row) => {
      const pseudonym = person(row, who);
      let ok = true;
      if (!validDate(from)) {
        problem(row, "valid_from", "ugyldig dato", `"${from}": en dato ÅÅÅÅ-MM-DD`);
        ok = false;
      }
      if (to !== "" && !validDate(to)) {
        problem(row, "valid_to", "ugyldig dato", `"${to}": en dato ÅÅÅÅ-MM-DD eller tom (bor der stadig)`);
        ok = false;
      }
      if (ok && to !== "" && to <= from) {
        problem(row, "valid_to", "ugyldig periode", `fraflytning ${to} er ikke efter indflytning ${from}`);
        ok = false;
      }
      return [pseudonym, dwellingId, householdId, from, to === "" ? null : to, ok ? "t" : "f"];
    },
    "benefits.csv": ([who = "", text = "", code = ""], row) => {
      const pseudonym = person(row, who);
      const month = /^\d{4}-\d{2}$/.test(text) ? `${text}-01` : text;
      const ok = validDate(month) && month.endsWith("-01");
      if (!ok) problem(row, "month", "ugyldig dato", `"${text}": en måned ÅÅÅÅ-MM (eller ÅÅÅÅ-MM-01)`);
      return [
        pseudonym,
        month,
        oneOf(row, "benefit_code", code, registerBenefitCodes, "ukendt ydelseskode"),
        ok ? "t" : "f",
      ];
    },
    "person_years.csv": (
      [
        who = "",
        year = "",
        status = "",
        fte = "",
        education = "",
        income = "",
        convictions = "",
        charges = "",
      ],
      row,
    ) => {
      const pseudonym = person(row, who);
      if (!/^[01](\.\d{1,4})?$/.test(fte) || Number(fte) > 1)
        problem(
          row,
          "outside_fte",
          "ugyldigt tal",
          `"${fte}": et tal fra 0 til 1 med højst 4 decimaler (punktum)`,
        );
      if (!/^-?\d{1,15}$/.test(income))
        problem(row, "gross_income", "ugyldigt tal", `"${income}": hele kroner`);
      return [
        pseudonym,
        integer(row, "year", year, REGISTER_YEARS.min, REGISTER_YEARS.max),
        oneOf(row, "labour_status", status, labourStatuses),
        fte,
        oneOf(row, "education", education, educationLevels),
        income,
        integer(row, "convictions", convictions, 0, 1000),
        integer(row, "charges", charges, 0, 1000),
      ];
    },
  };
  const check = checks[file];
  return {
    check: ({ cells, row }) => check(cells, row),
    finish() {
      if (cprCount > 0)
        problems.add({
          source,
          row: cprFirst,
          field: "person",
          kind: "CPR-nummer",
          message: `${cprCount} ${cprCount === 1 ? "række har" : "rækker har"} et CPR-lignende nummer (10 cifre); indlæs med --pseudonymise, så det erstattes af et pseudonym`,
        });
    },
  };
}
