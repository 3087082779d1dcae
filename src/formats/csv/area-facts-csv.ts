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
import { parseRational, type Rational } from "../../domain/law/rational.ts";
import { type CsvDialect, checkHeader, fail, readTable } from "./csv-table.ts";

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
function readCount(text: string, dialect: CsvDialect, decimals = false): number | string {
  if (integerPattern.test(text)) {
    const value = Number(text);
    return Number.isSafeInteger(value) ? value : "tallet er for stort";
  }
  if (/^-\d+([.,]\d+)?$/.test(text)) return "må ikke være negativ";
  const sign = dialect === "semicolon" ? "," : ".";
  if (decimals) {
    const decimal = /^(\d+)[.,](\d+)$/.exec(text);
    if (decimal && text.includes(sign)) return Number(`${decimal[1]}.${decimal[2]}`);
    if (decimal)
      return dialect === "semicolon"
        ? `"${text}": i en semikolonsepareret fil (dansk Excel) er komma decimaltegn; punktum kan være en tusindtalsseparator og læses ikke`
        : `"${text}": brug punktum som decimaltegn (eller gem filen semikolonsepareret fra dansk Excel)`;
  }
  if (/^-?\d+([.,]\d+)+$/.test(text))
    return decimals
      ? "skal være et tal med højst ét decimaltegn (uden tusindtalsseparator)"
      : "skal være et helt tal (uden decimaler og tusindtalsseparator)";
  return `tekst i et talfelt: "${text}"`;
}

const areaFactsColumns = [...identityColumns, ...countColumns, "region"] as const;
const requiredAreaFactsColumns = [...identityColumns, "residents"] as const;

/**
 * Area facts from CSV text, or from the file's bytes (decoded as UTF-8, else as Latin-1: Danish
 * Excel). Comma- or semicolon-separated; in the semicolon file a decimal is written with a comma.
 */
export function parseAreaFactsCsv(
  input: string | Uint8Array,
  fileName: string,
): readonly DepartmentYearFacts[] {
  const table = readTable(input, fileName);
  const issues = checkHeader(table, fileName, areaFactsColumns, requiredAreaFactsColumns);
  const present = new Set(table.header);
  // A count needs its direct base (the first listed); the other bases are checked when present.
  for (const [column, bases] of Object.entries(countBases) as [CountColumn, readonly CountColumn[]][]) {
    const base = bases[0];
    if (present.has(column) && base !== undefined && !present.has(base)) {
      issues.push({
        source: fileName,
        row: 1,
        field: column,
        message: `kolonnen kræver også grundlaget ${base}`,
      });
    }
  }
  if (issues.length > 0) fail(fileName, issues);

  const facts: DepartmentYearFacts[] = [];
  const firstRowOf = new Map<string, number>();
  const areaNames = new Map<string, string>();
  for (const { cells, row } of table.rows) {
    const at = (field: string, message: string) => issues.push({ source: fileName, row, field, message });
    if (cells.length !== table.header.length) {
      at("(række)", `rækken har ${cells.length} felter, overskriften ${table.header.length}`);
      continue;
    }
    const cell = (column: string) => cells[table.header.indexOf(column)] ?? "";
    const record: Record<string, string | number> = {};
    for (const column of identityColumns) {
      if (cell(column) === "") at(column, "må ikke være tom");
    }
    const year = readCount(cell("year"), table.dialect);
    if (typeof year === "string") at("year", year);
    else if (year < FACTS_YEAR_RANGE.min || year > FACTS_YEAR_RANGE.max)
      at("year", `årstal uden for ${FACTS_YEAR_RANGE.min}-${FACTS_YEAR_RANGE.max}: ${year}`);
    else record.year = year;
    for (const column of ["area_id", "area_name", "municipality", "department_id", "region"] as const) {
      if (present.has(column) && cell(column) !== "") record[column] = cell(column);
    }
    if (present.has("region") && cell("region") !== "" && !isDanishRegion(cell("region")))
      at("region", unknownRegion(cell("region")));
    for (const column of countColumns) {
      if (!present.has(column) || (cell(column) === "" && column !== "residents")) continue;
      const value =
        cell(column) === ""
          ? "må ikke være tom"
          : readCount(cell(column), table.dialect, fullTimeEquivalentColumns.includes(column));
      if (typeof value === "string") at(column, value);
      else record[column] = value;
    }
    for (const [column, bases] of Object.entries(countBases) as [CountColumn, readonly CountColumn[]][]) {
      for (const base of bases) {
        const count = record[column];
        const of = record[base];
        if (typeof count === "number" && typeof of === "number" && count > of) {
          at(column, `${column} (${count}) er større end grundlaget ${base} (${of})`);
        }
      }
    }
    const key = `${cell("year")}|${cell("department_id")}`;
    const earlier = firstRowOf.get(key);
    if (earlier !== undefined)
      at(
        "department_id",
        `afdeling ${cell("department_id")} står to gange for år ${cell("year")} (også række ${earlier})`,
      );
    else firstRowOf.set(key, row);
    const areaKey = `${cell("year")}|${cell("area_id")}`;
    const name = areaNames.get(areaKey);
    if (name !== undefined && name !== cell("area_name"))
      at(
        "area_name",
        `område ${cell("area_id")} har to navne i ${cell("year")}: "${name}" og "${cell("area_name")}"`,
      );
    else areaNames.set(areaKey, cell("area_name"));
    facts.push(record as unknown as DepartmentYearFacts);
  }
  if (issues.length > 0) fail(fileName, issues);
  return facts;
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
function readDecimal(text: string, dialect: CsvDialect): Rational | string {
  const [own, other] = dialect === "semicolon" ? [",", "."] : [".", ","];
  const pattern = new RegExp(`^\\d+(\\${own}\\d+)?$`);
  const value = pattern.test(text) ? parseRational(text.replace(",", ".")) : undefined;
  if (value) return value;
  if (new RegExp(`^\\d+\\${other}\\d+$`).test(text))
    return dialect === "semicolon"
      ? "brug komma som decimaltegn i en semikolonsepareret fil (dansk Excel)"
      : "brug punktum som decimaltegn";
  return `ikke et ikke-negativt decimaltal: "${text}"`;
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
    const at = (field: string, message: string) => issues.push({ source: fileName, row, field, message });
    if (cells.length !== table.header.length) {
      at("(række)", `rækken har ${cells.length} felter, overskriften ${table.header.length}`);
      continue;
    }
    const cell = (column: string) => cells[table.header.indexOf(column)] ?? "";
    const year = readCount(cell("year"), table.dialect);
    if (typeof year === "string") {
      at("year", year);
      continue;
    }
    if (year < FACTS_YEAR_RANGE.min || year > FACTS_YEAR_RANGE.max) {
      at("year", `årstal uden for ${FACTS_YEAR_RANGE.min}-${FACTS_YEAR_RANGE.max}: ${year}`);
      continue;
    }
    const shareText = cell("national_conviction_share_18_plus");
    if (shareText !== "") {
      const share = readDecimal(shareText, table.dialect);
      const known = national.get(year);
      if (typeof share === "string") at("national_conviction_share_18_plus", share);
      else if (share.num > share.den)
        at("national_conviction_share_18_plus", "en andel skal ligge mellem 0 og 1");
      else if (known && known.text !== shareText)
        at(
          "national_conviction_share_18_plus",
          `afviger fra række ${known.row} for år ${year} (${known.text})`,
        );
      else if (!known) national.set(year, { share, text: shareText, row });
    }
    const region = cell("region");
    const incomeText = cell("region_mean_gross_income_15_64_excl_students");
    if (region === "" && incomeText !== "") at("region", "en regional indkomst kræver en region");
    if (region !== "" && !isDanishRegion(region)) at("region", unknownRegion(region));
    if (region !== "") {
      const income =
        incomeText === ""
          ? "må ikke være tom, når region er udfyldt"
          : readDecimal(incomeText, table.dialect);
      const key = `${year}|${region}`;
      if (typeof income === "string") at("region_mean_gross_income_15_64_excl_students", income);
      else if (seenRegion.has(key))
        at("region", `${region} står to gange for år ${year} (også række ${seenRegion.get(key)})`);
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

function unknownRegion(region: string): string {
  return `ukendt region "${region}"; brug en af: ${danishRegions.join(", ")}`;
}
