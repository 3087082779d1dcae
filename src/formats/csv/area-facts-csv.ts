import {
  type CountColumn,
  countBases,
  countColumns,
  type DepartmentYearFacts,
  fullTimeEquivalentColumns,
  identityColumns,
  type ReferenceFacts,
} from "../../domain/areas/department-year-facts.ts";
import { danishRegions, FACTS_YEAR_RANGE, isDanishRegion } from "../../domain/areas/regions.ts";
import type { Issue } from "../../domain/errors.ts";
import type { Texts } from "../../domain/language.ts";
import { parseRational, type Rational } from "../../domain/law/rational.ts";
import {
  atRow,
  type CsvDialect,
  checkHeader,
  fail,
  readTable,
  streamTable,
  type TextChunks,
} from "./csv-table.ts";

/**
 * CSV import of area facts (one row per department per year) and of reference facts. Every
 * problem in the file is collected as an Issue naming file, row (header = row 1) and column;
 * one DomainError carries them all, and nothing is returned unless the whole file is valid.
 */

const integerPattern = /^\d+$/;

/**
 * A count ≥ 0, or the Danish reason it is not. `decimals`: the column is measured in
 * full-time equivalents, so a decimal is allowed, written with the file's decimal sign (a comma
 * in Danish Excel's semicolon-separated file, a point otherwise). A number with the other sign
 * is refused, not guessed: in a Danish file "1.234" is a thousands separator, not 1.234.
 */
function readCount(text: string, dialect: CsvDialect, decimals = false): number | Texts {
  if (integerPattern.test(text)) {
    const value = Number(text);
    return Number.isSafeInteger(value) ? value : { da: "tallet er for stort", en: "the number is too large" };
  }
  if (/^-\d+([.,]\d+)?$/.test(text)) return { da: "må ikke være negativ", en: "must not be negative" };
  const sign = dialect === "semicolon" ? "," : ".";
  if (decimals) {
    const decimal = /^(\d+)[.,](\d+)$/.exec(text);
    if (decimal && text.includes(sign)) return Number(`${decimal[1]}.${decimal[2]}`);
    if (decimal)
      return dialect === "semicolon"
        ? {
            da: `"${text}": i en semikolonsepareret fil (dansk Excel) er komma decimaltegn; punktum kan være en tusindtalsseparator og læses ikke`,
            en: `"${text}": in a semicolon-separated file (Danish Excel) the comma is the decimal sign; a point may be a thousands separator and is not read`,
          }
        : {
            da: `"${text}": brug punktum som decimaltegn (eller gem filen semikolonsepareret fra dansk Excel)`,
            en: `"${text}": use a point as the decimal sign (or save the file semicolon-separated from Danish Excel)`,
          };
  }
  if (/^-?\d+([.,]\d+)+$/.test(text))
    return decimals
      ? {
          da: "skal være et tal med højst ét decimaltegn (uden tusindtalsseparator)",
          en: "must be a number with at most one decimal sign (without a thousands separator)",
        }
      : {
          da: "skal være et helt tal (uden decimaler og tusindtalsseparator)",
          en: "must be a whole number (without decimals or a thousands separator)",
        };
  return { da: `tekst i et talfelt: "${text}"`, en: `text in a number field: "${text}"` };
}

/**
 * A count written with 1 to 15 digits and nothing else, read digit by digit; -1 for anything
 * else, which `readCount` then reads (or explains). The common case of every count cell, without
 * a regular expression and `Number` per cell; 15 digits are always a safe integer.
 */
function plainCount(text: string): number {
  const length = text.length;
  if (length === 0 || length > 15) return -1;
  let n = 0;
  for (let i = 0; i < length; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** A problem with a value, as the parsers return it instead of the value. */
function isProblem(value: unknown): value is Texts {
  return typeof value === "object" && value !== null && "da" in value;
}

const EMPTY: Texts = { da: "må ikke være tom", en: "must not be empty" };

/** The row's field count does not match the header's. */
function rowLength(cells: number, header: number): Texts {
  return {
    da: `rækken har ${cells} felter, overskriften ${header}`,
    en: `the row has ${cells} fields, the header ${header}`,
  };
}

function yearOutOfRange(year: number): Texts {
  const { min, max } = FACTS_YEAR_RANGE;
  return { da: `årstal uden for ${min}-${max}: ${year}`, en: `year outside ${min}-${max}: ${year}` };
}

const areaFactsColumns = [...identityColumns, ...countColumns, "region"] as const;
const requiredAreaFactsColumns = [...identityColumns, "residents"] as const;

/**
 * The checks of an area-facts file, a row at a time: `header` checks the header, `row` one row
 * (a problem is added to `issues`, else the row's facts are returned). Rows are checked alone,
 * except for the two checks across rows (a department twice in a year, an area with two names
 * in a year), which keep one key per department and year, not the rows.
 */
export class AreaFactsChecks {
  readonly issues: Issue[] = [];
  dialect: CsvDialect = "comma";
  private columns: readonly string[] = [];
  private present = new Set<string>();
  /** Each identity column's index in the row (-1: not in the file), looked up once, in `header`. */
  private yearAt = -1;
  private areaIdAt = -1;
  private areaNameAt = -1;
  private departmentAt = -1;
  private regionAt = -1;
  private identityAt: readonly (readonly [column: string, index: number])[] = [];
  private textAt: readonly (readonly [column: string, index: number])[] = [];
  private countsAt: readonly (readonly [column: CountColumn, index: number, decimals: boolean])[] = [];
  private basePairs: readonly (readonly [CountColumn, CountColumn])[] = [];
  /** Per year (as written) the first row of each department, and each area's name: maps in a map, no key text per row. */
  private readonly firstRowOf = new Map<string, Map<string, number>>();
  private readonly areaNames = new Map<string, Map<string, string>>();

  constructor(readonly fileName: string) {}

  header(header: readonly string[]): void {
    const { fileName } = this;
    this.columns = header;
    this.present = new Set(header);
    const at = (column: string) => header.indexOf(column);
    this.yearAt = at("year");
    this.areaIdAt = at("area_id");
    this.areaNameAt = at("area_name");
    this.departmentAt = at("department_id");
    this.regionAt = at("region");
    this.identityAt = identityColumns.map((column) => [column, at(column)] as const);
    this.textAt = (["area_id", "area_name", "municipality", "department_id", "region"] as const)
      .filter((column) => this.present.has(column))
      .map((column) => [column, at(column)] as const);
    this.countsAt = countColumns
      .filter((column) => this.present.has(column))
      .map((column) => [column, at(column), fullTimeEquivalentColumns.includes(column)] as const);
    this.basePairs = (Object.entries(countBases) as [CountColumn, readonly CountColumn[]][]).flatMap(
      ([column, bases]) => bases.map((base) => [column, base] as const),
    );
    const issues = checkHeader(
      { header, rows: [], dialect: this.dialect },
      fileName,
      areaFactsColumns,
      requiredAreaFactsColumns,
    );
    // A count needs its direct base (the first listed); the other bases are checked when present.
    for (const [column, bases] of Object.entries(countBases) as [CountColumn, readonly CountColumn[]][]) {
      const base = bases[0];
      if (this.present.has(column) && base !== undefined && !this.present.has(base)) {
        issues.push({
          source: fileName,
          row: 1,
          field: column,
          message: `kolonnen kræver også grundlaget ${base}`,
          en: `the column also needs its base ${base}`,
        });
      }
    }
    // A file whose header is wrong is refused at once: its rows cannot be read by column.
    if (issues.length > 0) fail(fileName, issues);
  }

  private report(row: number, field: string, message: Texts): void {
    this.issues.push({ source: this.fileName, row, field, message: message.da, en: message.en });
  }

  /**
   * The row's facts, or undefined when it has a problem (added to `issues`). Runs for every row
   * of a national file (100,000s): indexes are numbers fixed in `header`, a plain count is read
   * digit by digit (`plainCount`), and the checks across rows key maps by the texts as they are.
   */
  row(cells: readonly string[], row: number): DepartmentYearFacts | undefined {
    const { dialect } = this;
    const before = this.issues.length;
    if (cells.length !== this.columns.length) {
      this.report(row, "(række)", rowLength(cells.length, this.columns.length));
      return undefined;
    }
    // A column not in the file (index -1) reads as empty.
    const cell = (index: number) => (index < 0 ? "" : (cells[index] ?? ""));
    const record: Record<string, string | number> = {};
    for (const [column, index] of this.identityAt) {
      if (cell(index) === "") this.report(row, column, EMPTY);
    }
    const yearText = cell(this.yearAt);
    const year = readCount(yearText, dialect);
    if (isProblem(year)) this.report(row, "year", year);
    else if (year < FACTS_YEAR_RANGE.min || year > FACTS_YEAR_RANGE.max)
      this.report(row, "year", yearOutOfRange(year));
    else record.year = year;
    for (const [column, index] of this.textAt) {
      const value = cell(index);
      if (value !== "") record[column] = value;
    }
    const region = cell(this.regionAt);
    if (region !== "" && !isDanishRegion(region)) this.report(row, "region", unknownRegion(region));
    for (const [column, index, decimals] of this.countsAt) {
      const text = cell(index);
      if (text === "" && column !== "residents") continue;
      const plain = plainCount(text);
      const value = plain >= 0 ? plain : text === "" ? EMPTY : readCount(text, dialect, decimals);
      if (isProblem(value)) this.report(row, column, value);
      else record[column] = value;
    }
    for (const [column, base] of this.basePairs) {
      const count = record[column];
      const of = record[base];
      if (typeof count === "number" && typeof of === "number" && count > of) {
        this.report(row, column, {
          da: `${column} (${count}) er større end grundlaget ${base} (${of})`,
          en: `${column} (${count}) is larger than its base ${base} (${of})`,
        });
      }
    }
    const department = cell(this.departmentAt);
    let departments = this.firstRowOf.get(yearText);
    if (departments === undefined) {
      departments = new Map();
      this.firstRowOf.set(yearText, departments);
    }
    const earlier = departments.get(department);
    if (earlier !== undefined)
      this.report(row, "department_id", {
        da: `afdeling ${department} står to gange for år ${yearText} (også række ${earlier})`,
        en: `department ${department} appears twice for ${yearText} (also row ${earlier})`,
      });
    else departments.set(department, row);
    const areaId = cell(this.areaIdAt);
    const areaName = cell(this.areaNameAt);
    let names = this.areaNames.get(yearText);
    if (names === undefined) {
      names = new Map();
      this.areaNames.set(yearText, names);
    }
    const name = names.get(areaId);
    if (name !== undefined && name !== areaName)
      this.report(row, "area_name", {
        da: `område ${areaId} har to navne i ${yearText}: "${name}" og "${areaName}"`,
        en: `area ${areaId} has two names in ${yearText}: "${name}" and "${areaName}"`,
      });
    else if (name === undefined) names.set(areaId, areaName);
    return this.issues.length === before ? (record as unknown as DepartmentYearFacts) : undefined;
  }

  /** Refuses the file with every problem found, if there was one. */
  refuseIfProblems(): void {
    if (this.issues.length > 0) fail(this.fileName, this.issues);
  }
}

/**
 * Area facts from CSV text, or from the file's bytes (decoded as UTF-8, else as Latin-1: Danish
 * Excel). Comma- or semicolon-separated; in the semicolon file a decimal is written with a comma.
 */
export function parseAreaFactsCsv(
  input: string | Uint8Array,
  fileName: string,
): readonly DepartmentYearFacts[] {
  const table = readTable(input, fileName);
  const checks = new AreaFactsChecks(fileName);
  checks.dialect = table.dialect;
  checks.header(table.header);
  const facts: DepartmentYearFacts[] = [];
  for (const { cells, row } of table.rows) {
    const record = checks.row(cells, row);
    if (record !== undefined) facts.push(record);
  }
  checks.refuseIfProblems();
  return facts;
}

/**
 * Reads an area-facts CSV as it arrives (`streamTable`), with the same checks and refusal as
 * `parseAreaFactsCsv`, and hands each row's facts to `write` while the file has had no problem
 * (after one, the rest is only checked: the import is refused anyway). Gives the number of rows.
 */
export async function streamAreaFactsCsv(
  chunks: TextChunks,
  fileName: string,
  write: (facts: DepartmentYearFacts) => Promise<void> | undefined,
): Promise<number> {
  const checks = new AreaFactsChecks(fileName);
  let rows = 0;
  await streamTable(chunks, fileName, {
    get dialect() {
      return checks.dialect;
    },
    set dialect(dialect) {
      checks.dialect = dialect;
    },
    header: (header) => checks.header(header),
    row: (cells, row) => {
      rows++;
      const facts = checks.row(cells, row);
      return facts !== undefined && checks.issues.length === 0 ? write(facts) : undefined;
    },
  });
  checks.refuseIfProblems();
  return rows;
}

const referenceColumns = [
  "year",
  "region",
  "region_mean_gross_income_15_64_excl_students",
  "national_conviction_share_18_plus",
] as const;

/**
 * A decimal written with the file's decimal sign: 0.0123 or 312345.5 in a comma-separated
 * file, 0,0123 or 312345,5 in Danish Excel's semicolon-separated one.
 */
function readDecimal(text: string, dialect: CsvDialect): Rational | Texts {
  const [own, other] = dialect === "semicolon" ? [",", "."] : [".", ","];
  const pattern = new RegExp(`^\\d+(\\${own}\\d+)?$`);
  const value = pattern.test(text) ? parseRational(text.replace(",", ".")) : undefined;
  if (value) return value;
  if (new RegExp(`^\\d+\\${other}\\d+$`).test(text))
    return dialect === "semicolon"
      ? {
          da: "brug komma som decimaltegn i en semikolonsepareret fil (dansk Excel)",
          en: "use a comma as the decimal sign in a semicolon-separated file (Danish Excel)",
        }
      : { da: "brug punktum som decimaltegn", en: "use a point as the decimal sign" };
  return {
    da: `ikke et ikke-negativt decimaltal: "${text}"`,
    en: `not a non-negative decimal number: "${text}"`,
  };
}

/**
 * Reference facts: a row per year and region with the region's mean income; the national
 * conviction share may be given on any row of its year, and must agree where repeated.
 */
export function parseReferenceFactsCsv(input: string | Uint8Array, fileName: string): ReferenceFacts {
  const table = readTable(input, fileName);
  const issues = checkHeader(table, fileName, referenceColumns, ["year"]);
  if (issues.length > 0) fail(fileName, issues);
  const national = new Map<number, { share: Rational; text: string; row: number }>();
  const regions: { year: number; region: string; region_mean_gross_income_15_64_excl_students: Rational }[] =
    [];
  const seenRegion = new Map<string, number>();
  for (const { cells, row } of table.rows) {
    const at = atRow(issues, fileName, row);
    if (cells.length !== table.header.length) {
      at("(række)", rowLength(cells.length, table.header.length));
      continue;
    }
    const cell = (column: string) => cells[table.header.indexOf(column)] ?? "";
    const year = readCount(cell("year"), table.dialect);
    if (isProblem(year)) {
      at("year", year);
      continue;
    }
    if (year < FACTS_YEAR_RANGE.min || year > FACTS_YEAR_RANGE.max) {
      at("year", yearOutOfRange(year));
      continue;
    }
    const shareText = cell("national_conviction_share_18_plus");
    if (shareText !== "") {
      const share = readDecimal(shareText, table.dialect);
      const known = national.get(year);
      if (isProblem(share)) at("national_conviction_share_18_plus", share);
      else if (share.num > share.den)
        at("national_conviction_share_18_plus", {
          da: "en andel skal ligge mellem 0 og 1",
          en: "a share must be between 0 and 1",
        });
      else if (known && known.text !== shareText)
        at("national_conviction_share_18_plus", {
          da: `afviger fra række ${known.row} for år ${year} (${known.text})`,
          en: `differs from row ${known.row} for ${year} (${known.text})`,
        });
      else if (!known) national.set(year, { share, text: shareText, row });
    }
    const region = cell("region");
    const incomeText = cell("region_mean_gross_income_15_64_excl_students");
    if (region === "" && incomeText !== "")
      at("region", { da: "en regional indkomst kræver en region", en: "a regional income needs a region" });
    if (region !== "" && !isDanishRegion(region)) at("region", unknownRegion(region));
    if (region !== "") {
      const income =
        incomeText === ""
          ? {
              da: "må ikke være tom, når region er udfyldt",
              en: "must not be empty when region is filled in",
            }
          : readDecimal(incomeText, table.dialect);
      const key = `${year}|${region}`;
      if (isProblem(income)) at("region_mean_gross_income_15_64_excl_students", income);
      else if (seenRegion.has(key))
        at("region", {
          da: `${region} står to gange for år ${year} (også række ${seenRegion.get(key)})`,
          en: `${region} appears twice for ${year} (also row ${seenRegion.get(key)})`,
        });
      else {
        seenRegion.set(key, row);
        regions.push({ year, region, region_mean_gross_income_15_64_excl_students: income });
      }
    }
  }
  if (issues.length > 0) fail(fileName, issues);
  return {
    national: [...national].map(([year, n]) => ({ year, national_conviction_share_18_plus: n.share })),
    regions,
  };
}

function unknownRegion(region: string): Texts {
  return {
    da: `ukendt region "${region}"; brug en af: ${danishRegions.join(", ")}`,
    en: `unknown region "${region}"; use one of: ${danishRegions.join(", ")}`,
  };
}
