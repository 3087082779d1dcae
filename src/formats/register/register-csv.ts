import { createHmac } from "node:crypto";
import { DomainError, type Issue } from "../../domain/errors.ts";
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
  registerFileNames,
  registerFiles,
  sexes,
} from "../../domain/register/codes.ts";
import { checkHeader, readTable } from "../csv/csv-table.ts";

/**
 * The register import layout (docs/REGISTER.md): one CSV file per table, read whole and checked
 * row by row and across files (keys, references, overlapping residence spells). Every problem is
 * an issue with file, row and column and a kind; nothing is returned unless the batch is valid.
 */

export interface RegisterFile {
  readonly fileName: string;
  readonly content: string | Uint8Array;
}

export interface RegisterBatch {
  readonly areas: readonly { area_id: string; area_name: string }[];
  readonly areaYears: readonly { area_id: string; year: number; area_type: string }[];
  readonly departments: readonly { department_id: string; area_id: string; department_name: string }[];
  readonly dwellings: readonly { dwelling_id: string; department_id: string }[];
  readonly households: readonly { household_id: string }[];
  readonly persons: readonly {
    pseudonym: string;
    birth_year: number;
    birth_month: number;
    sex: string;
    origin: string;
    country_group: string | null;
    parents_status: string;
  }[];
  readonly residences: readonly {
    pseudonym: string;
    dwelling_id: string;
    household_id: string;
    valid_from: string;
    valid_to: string | null;
  }[];
  readonly benefits: readonly { pseudonym: string; month: string; benefit_code: string }[];
  readonly personYears: readonly {
    pseudonym: string;
    year: number;
    labour_status: string;
    outside_fte: string;
    education: string;
    gross_income: string;
    convictions: number;
    charges: number;
  }[];
  readonly rowCounts: Readonly<Record<RegisterFileName, number>>;
}

/** A keyed hash (HMAC-SHA256) of a CPR-like identifier: the same person gets the same pseudonym. */
export function pseudonymiser(key: string): (identifier: string) => string {
  return (identifier) =>
    createHmac("sha256", key).update(identifier.replace("-", "")).digest("hex").slice(0, 32);
}

export interface RegisterIssue extends Issue {
  /** What kind of problem, for the counts per kind. */
  readonly kind: string;
}

const MAX_LISTED = 100;

/** One refusal for the whole batch: the first 100 problems, and how many of each kind. */
export function refuseBatch(issues: readonly RegisterIssue[]): never {
  const counts = new Map<string, number>();
  for (const issue of issues) counts.set(issue.kind, (counts.get(issue.kind) ?? 0) + 1);
  const summary = [...counts].map(([kind, n]) => `${kind}: ${n}`).join("; ");
  throw new DomainError(
    "invalid_input",
    `Registerdata afvist - intet er indlæst. ${issues.length} fejl (${summary})${issues.length > MAX_LISTED ? `; de første ${MAX_LISTED} vises` : ""}`,
    issues.slice(0, MAX_LISTED).map(({ source, row, field, message, kind }) => ({
      ...(source === undefined ? {} : { source }),
      ...(row === undefined ? {} : { row }),
      ...(field === undefined ? {} : { field }),
      message: `${kind}: ${message}`,
    })),
  );
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

function validDate(text: string): boolean {
  const m = isoDate.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}

function nextMonth(firstDay: string): string {
  const year = Number(firstDay.slice(0, 4));
  const month = Number(firstDay.slice(5, 7));
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, "0")}-01`;
}

export function parseRegisterBatch(
  files: readonly RegisterFile[],
  options: { readonly pseudonymise?: (identifier: string) => string } = {},
): RegisterBatch {
  const issues: RegisterIssue[] = [];
  const byName = new Map(files.map((f) => [f.fileName.split(/[\\/]/).at(-1) ?? f.fileName, f]));
  for (const name of byName.keys())
    if (!(registerFileNames as string[]).includes(name))
      issues.push({
        source: name,
        kind: "ukendt fil",
        message: `forventede ${registerFileNames.join(", ")}`,
      });
  const rowCounts = {} as Record<RegisterFileName, number>;

  /** The rows of one file as records by column name, with their row numbers. */
  const read = (name: RegisterFileName): { values: Record<string, string>; row: number }[] => {
    const file = byName.get(name);
    if (file === undefined) {
      issues.push({ source: name, kind: "manglende fil", message: "filen mangler i mappen" });
      rowCounts[name] = 0;
      return [];
    }
    let table: ReturnType<typeof readTable>;
    try {
      table = readTable(file.content, name);
    } catch (error) {
      for (const d of error instanceof DomainError ? error.details : [{ message: String(error) }])
        issues.push({ ...d, source: name, kind: "ulæselig fil" });
      rowCounts[name] = 0;
      return [];
    }
    const columns: readonly string[] = registerFiles[name];
    const headerIssues = checkHeader(table, name, columns, columns);
    for (const i of headerIssues) issues.push({ ...i, kind: "forkert overskrift" });
    rowCounts[name] = table.rows.length;
    if (headerIssues.length > 0) return [];
    return table.rows.map(({ cells, row }) => ({
      values: Object.fromEntries(table.header.map((column, i) => [column, cells[i] ?? ""])),
      row,
    }));
  };

  const problem = (source: string, row: number, field: string, kind: string, message: string) =>
    issues.push({ source, row, field, kind, message });

  const id = (file: string, row: number, field: string, value: string): string => {
    if (!/^[A-Za-z0-9_.-]{1,100}$/.test(value))
      problem(
        file,
        row,
        field,
        "ugyldig nøgle",
        `"${value}": bogstaver, tal, "-", "_" og ".", højst 100 tegn`,
      );
    return value;
  };
  const integer = (
    file: string,
    row: number,
    field: string,
    value: string,
    min: number,
    max: number,
  ): number => {
    if (!/^-?\d+$/.test(value) || Number(value) < min || Number(value) > max) {
      problem(file, row, field, "ugyldigt tal", `"${value}": et helt tal fra ${min} til ${max}`);
      return min;
    }
    return Number(value);
  };
  const oneOf = (
    file: string,
    row: number,
    field: string,
    value: string,
    codes: readonly string[],
    kind = "ukendt kode",
  ): string => {
    if (!codes.includes(value))
      problem(file, row, field, kind, `"${value}" er ikke en af ${codes.join(", ")}`);
    return value;
  };
  const unique = (file: string, row: number, field: string, seen: Set<string>, key: string) => {
    if (seen.has(key)) problem(file, row, field, "dublet", `"${key}" står to gange`);
    seen.add(key);
  };

  // Person columns: pseudonyms, or CPR-like identifiers that are refused unless pseudonymised.
  const cprRows = new Map<string, { first: number; count: number }>();
  const person = (file: string, row: number, value: string): string => {
    if (cprLikePattern.test(value)) {
      if (options.pseudonymise) return options.pseudonymise(value);
      const seen = cprRows.get(file);
      if (seen) seen.count++;
      else cprRows.set(file, { first: row, count: 1 });
      return value;
    }
    if (options.pseudonymise) return options.pseudonymise(value);
    if (!pseudonymPattern.test(value))
      problem(
        file,
        row,
        "person",
        "ugyldigt pseudonym",
        `"${value}": bogstaver, tal, "-" og "_", højst 64 tegn`,
      );
    return value;
  };

  const areas: RegisterBatch["areas"][number][] = [];
  const areaIds = new Set<string>();
  for (const { values: v, row } of read("areas.csv")) {
    unique("areas.csv", row, "area_id", areaIds, id("areas.csv", row, "area_id", v.area_id ?? ""));
    if ((v.area_name ?? "") === "") problem("areas.csv", row, "area_name", "tomt felt", "navnet mangler");
    areas.push({ area_id: v.area_id ?? "", area_name: v.area_name ?? "" });
  }
  const ref = (file: string, row: number, field: string, known: Set<string>, value: string, what: string) => {
    if (!known.has(value)) problem(file, row, field, "ukendt reference", `${what} "${value}" findes ikke`);
    return value;
  };

  const areaYears: RegisterBatch["areaYears"][number][] = [];
  const areaYearKeys = new Set<string>();
  for (const { values: v, row } of read("area_years.csv")) {
    const f = "area_years.csv";
    const area_id = ref(f, row, "area_id", areaIds, v.area_id ?? "", "området");
    const year = integer(f, row, "year", v.year ?? "", REGISTER_YEARS.min, REGISTER_YEARS.max);
    unique(f, row, "year", areaYearKeys, `${area_id} ${year}`);
    areaYears.push({
      area_id,
      year,
      area_type: oneOf(f, row, "area_type", v.area_type ?? "", registerAreaTypes),
    });
  }

  const departments: RegisterBatch["departments"][number][] = [];
  const departmentIds = new Set<string>();
  for (const { values: v, row } of read("departments.csv")) {
    const f = "departments.csv";
    const department_id = id(f, row, "department_id", v.department_id ?? "");
    unique(f, row, "department_id", departmentIds, department_id);
    departments.push({
      department_id,
      area_id: ref(f, row, "area_id", areaIds, v.area_id ?? "", "området"),
      department_name: v.department_name ?? "",
    });
  }

  const dwellings: RegisterBatch["dwellings"][number][] = [];
  const dwellingIds = new Set<string>();
  for (const { values: v, row } of read("dwellings.csv")) {
    const f = "dwellings.csv";
    const dwelling_id = id(f, row, "dwelling_id", v.dwelling_id ?? "");
    unique(f, row, "dwelling_id", dwellingIds, dwelling_id);
    dwellings.push({
      dwelling_id,
      department_id: ref(f, row, "department_id", departmentIds, v.department_id ?? "", "afdelingen"),
    });
  }

  const households: RegisterBatch["households"][number][] = [];
  const householdIds = new Set<string>();
  for (const { values: v, row } of read("households.csv")) {
    const household_id = id("households.csv", row, "household_id", v.household_id ?? "");
    unique("households.csv", row, "household_id", householdIds, household_id);
    households.push({ household_id });
  }

  const persons: RegisterBatch["persons"][number][] = [];
  const personIds = new Set<string>();
  for (const { values: v, row } of read("persons.csv")) {
    const f = "persons.csv";
    const pseudonym = person(f, row, v.person ?? "");
    unique(f, row, "person", personIds, pseudonym);
    const origin = oneOf(f, row, "origin", v.origin ?? "", origins);
    const group = v.country_group ?? "";
    if (origin === "dansk" && group !== "")
      problem(
        f,
        row,
        "country_group",
        "ugyldig kombination",
        "en person af dansk oprindelse har ingen landegruppe",
      );
    if (origin !== "dansk" && origins.includes(origin as never))
      oneOf(f, row, "country_group", group, countryGroups);
    persons.push({
      pseudonym,
      birth_year: integer(f, row, "birth_year", v.birth_year ?? "", 1880, 2100),
      birth_month: integer(f, row, "birth_month", v.birth_month ?? "", 1, 12),
      sex: oneOf(f, row, "sex", v.sex ?? "", sexes),
      origin,
      country_group: group === "" ? null : group,
      parents_status: oneOf(f, row, "parents_status", v.parents_status ?? "", parentStatuses),
    });
  }

  const residences: RegisterBatch["residences"][number][] = [];
  const spellsByPerson = new Map<string, { from: string; to: string | null; row: number }[]>();
  const personsWithBadSpells = new Set<string>();
  for (const { values: v, row } of read("residences.csv")) {
    const f = "residences.csv";
    const pseudonym = ref(f, row, "person", personIds, person(f, row, v.person ?? ""), "personen");
    const valid_from = v.valid_from ?? "";
    const to = v.valid_to ?? "";
    let ok = true;
    if (!validDate(valid_from)) {
      problem(f, row, "valid_from", "ugyldig dato", `"${valid_from}": en dato ÅÅÅÅ-MM-DD`);
      ok = false;
    }
    if (to !== "" && !validDate(to)) {
      problem(f, row, "valid_to", "ugyldig dato", `"${to}": en dato ÅÅÅÅ-MM-DD eller tom (bor der stadig)`);
      ok = false;
    }
    if (ok && to !== "" && to <= valid_from) {
      problem(
        f,
        row,
        "valid_to",
        "ugyldig periode",
        `fraflytning ${to} er ikke efter indflytning ${valid_from}`,
      );
      ok = false;
    }
    residences.push({
      pseudonym,
      dwelling_id: ref(f, row, "dwelling_id", dwellingIds, v.dwelling_id ?? "", "boligen"),
      household_id: ref(f, row, "household_id", householdIds, v.household_id ?? "", "husstanden"),
      valid_from,
      valid_to: to === "" ? null : to,
    });
    if (!ok) personsWithBadSpells.add(pseudonym);
    if (ok) {
      const list = spellsByPerson.get(pseudonym) ?? [];
      list.push({ from: valid_from, to: to === "" ? null : to, row });
      spellsByPerson.set(pseudonym, list);
    }
  }
  // One person lives in one dwelling at a time: a spell runs from its first day up to (not
  // including) the moving-out day.
  for (const list of spellsByPerson.values()) {
    list.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
    for (let i = 1; i < list.length; i++) {
      const before = list[i - 1] as (typeof list)[number];
      const spell = list[i] as (typeof list)[number];
      if (before.to === null || spell.from < before.to)
        problem(
          "residences.csv",
          spell.row,
          "valid_from",
          "bopæl i to boliger samtidig",
          `personen bor allerede et andet sted fra ${before.from}${before.to === null ? "" : ` til ${before.to}`} (række ${before.row})`,
        );
    }
  }

  const benefits: RegisterBatch["benefits"][number][] = [];
  const benefitKeys = new Set<string>();
  for (const { values: v, row } of read("benefits.csv")) {
    const f = "benefits.csv";
    const pseudonym = ref(f, row, "person", personIds, person(f, row, v.person ?? ""), "personen");
    const text = v.month ?? "";
    const month = /^\d{4}-\d{2}$/.test(text) ? `${text}-01` : text;
    if (!validDate(month) || !month.endsWith("-01"))
      problem(f, row, "month", "ugyldig dato", `"${text}": en måned ÅÅÅÅ-MM (eller ÅÅÅÅ-MM-01)`);
    else if (personIds.has(pseudonym) && !personsWithBadSpells.has(pseudonym)) {
      // The month must meet a residence spell: [first day, first day of the next month).
      const next = nextMonth(month);
      const spells = spellsByPerson.get(pseudonym) ?? [];
      if (!spells.some((s) => s.from < next && (s.to === null || s.to > month)))
        problem(
          f,
          row,
          "month",
          "ydelse uden bopæl",
          `personen bor ikke i nogen bolig i ${month.slice(0, 7)}`,
        );
    }
    const benefit_code = oneOf(
      f,
      row,
      "benefit_code",
      v.benefit_code ?? "",
      registerBenefitCodes,
      "ukendt ydelseskode",
    );
    unique(f, row, "month", benefitKeys, `${pseudonym} ${month} ${benefit_code}`);
    benefits.push({ pseudonym, month, benefit_code });
  }

  const personYears: RegisterBatch["personYears"][number][] = [];
  const personYearKeys = new Set<string>();
  for (const { values: v, row } of read("person_years.csv")) {
    const f = "person_years.csv";
    const pseudonym = ref(f, row, "person", personIds, person(f, row, v.person ?? ""), "personen");
    const year = integer(f, row, "year", v.year ?? "", REGISTER_YEARS.min, REGISTER_YEARS.max);
    unique(f, row, "year", personYearKeys, `${pseudonym} ${year}`);
    const fte = v.outside_fte ?? "";
    if (!/^[01](\.\d{1,4})?$/.test(fte) || Number(fte) > 1)
      problem(
        f,
        row,
        "outside_fte",
        "ugyldigt tal",
        `"${fte}": et tal fra 0 til 1 med højst 4 decimaler (punktum)`,
      );
    const income = v.gross_income ?? "";
    if (!/^-?\d{1,15}$/.test(income))
      problem(f, row, "gross_income", "ugyldigt tal", `"${income}": hele kroner`);
    personYears.push({
      pseudonym,
      year,
      labour_status: oneOf(f, row, "labour_status", v.labour_status ?? "", labourStatuses),
      outside_fte: fte,
      education: oneOf(f, row, "education", v.education ?? "", educationLevels),
      gross_income: income,
      convictions: integer(f, row, "convictions", v.convictions ?? "", 0, 1000),
      charges: integer(f, row, "charges", v.charges ?? "", 0, 1000),
    });
  }

  for (const [file, { first, count }] of cprRows)
    issues.push({
      source: file,
      row: first,
      field: "person",
      kind: "CPR-nummer",
      message: `${count} ${count === 1 ? "række har" : "rækker har"} et CPR-lignende nummer (10 cifre); indlæs med --pseudonymise, så det erstattes af et pseudonym`,
    });

  if (issues.length > 0) refuseBatch(issues);
  return {
    areas,
    areaYears,
    departments,
    dwellings,
    households,
    persons,
    residences,
    benefits,
    personYears,
    rowCounts,
  };
}
