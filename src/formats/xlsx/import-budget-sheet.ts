import type ExcelJS from "exceljs";
import { formatMillions } from "../../domain/format.ts";
import type { Texts } from "../../domain/language.ts";
import type { BudgetCell, BudgetLine, BudgetSubLine } from "../../domain/policy/budget/budget-overview.ts";
import {
  type CellRead,
  dataRows,
  type HeaderMap,
  type IssueCollector,
  readCell,
  readHeader,
} from "./sheet-reader.ts";
import {
  type BudgetWorkbook,
  budgetColumns,
  distributionWords,
  type ImportOptions,
  sheets,
} from "./template.ts";

const sheetName = sheets.budget;
const c = budgetColumns;
const idPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const markerPattern = /^(\*+|\d+)$/;

/** One data row of the sheet, read and checked on its own; the checks across rows come after. */
interface ParsedRow {
  readonly row: number;
  readonly table: string;
  readonly initiativeId: string | null;
  readonly label: string;
  readonly line: string;
  readonly subLine: string | null;
  readonly subLineName: string;
  readonly cells: Readonly<Record<string, BudgetCell>>;
  readonly statedTotal: number | null;
  readonly distribution: BudgetLine["distribution"];
  readonly markers: readonly string[];
}

/** Where the sheet's columns stand: the fixed ones by name, the year columns ascending. */
interface BudgetLayout {
  readonly header: HeaderMap;
  readonly years: readonly { readonly year: number; readonly index: number }[];
  /** The column index of a fixed column (all are known to be present). */
  column(name: string): number;
  /** How an issue names a fixed column, e.g. `C (Indsats)`. */
  columnName(name: string): string;
}

/** One cell of one data row, read as `CellRead`, and the issue collector bound to that row. */
interface RowReader {
  readonly r: number;
  readonly row: ExcelJS.Row;
  read(name: string): CellRead;
  add(column: string, message: Texts): void;
}

function text(read: CellRead): string {
  return read.kind === "text" ? read.value : read.kind === "number" ? String(read.value) : "";
}

/** The amount in a cell of whole, non-negative kroner; undefined for anything else. */
const wholeKroner = (read: CellRead): number | undefined =>
  read.kind === "number" && Number.isInteger(read.value) && read.value >= 0 ? read.value : undefined;

/**
 * Reads the Økonomi sheet; every problem goes to `issues`, and nothing is returned if there are any.
 * Rows are read one by one first, so a file with many problems reports all of them at once.
 */
export function importBudgetSheet(
  workbook: ExcelJS.Workbook,
  options: ImportOptions,
  issues: IssueCollector,
): Pick<BudgetWorkbook, "years" | "tables"> | null {
  const issuesBefore = issues.issues.length;
  const sheet = workbook.getWorksheet(sheetName);
  if (sheet === undefined) {
    issues.add(sheetName, undefined, undefined, {
      da: `arket »${sheetName}« mangler`,
      en: `the sheet »${sheetName}« is missing`,
    });
    return null;
  }
  const layout = readLayout(sheet, options, issues);
  if (layout === null) return null;
  const parsed = dataRows(sheet).map((r) => readRow(sheet, r, layout, issues));
  checkAcrossRows(parsed, layout, issues);
  if (issues.issues.length > issuesBefore) return null;
  return {
    years: layout.years.map((y) => y.year),
    tables: assembleTables(parsed),
  };
}

/** Row 1: every fixed column must be there, and at least one year column within the allowed range. */
function readLayout(
  sheet: ExcelJS.Worksheet,
  options: ImportOptions,
  issues: IssueCollector,
): BudgetLayout | null {
  const header = readHeader(sheet, issues);
  const required: readonly string[] = Object.values(budgetColumns);
  let complete = true;
  for (const name of required) {
    if (!header.columns.has(name)) {
      issues.add(sheetName, 1, name, {
        da: `kolonnen »${name}« mangler`,
        en: `the column »${name}« is missing`,
      });
      complete = false;
    }
  }
  const years: { year: number; index: number }[] = [];
  for (const [label, index] of header.columns) {
    if (required.includes(label)) continue;
    if (!/^\d{4}$/.test(label)) {
      issues.add(sheetName, 1, header.name(index), {
        da: `ukendt kolonne »${label}«`,
        en: `unknown column »${label}«`,
      });
      continue;
    }
    const year = Number(label);
    if (year < options.years.from || year > options.years.to) {
      issues.add(sheetName, 1, header.name(index), {
        da: `året ${year} ligger uden for ${options.years.from}–${options.years.to}`,
        en: `the year ${year} is outside ${options.years.from}–${options.years.to}`,
      });
      continue;
    }
    years.push({ year, index });
  }
  if (years.length === 0) {
    issues.add(sheetName, 1, undefined, {
      da: "der er ingen årskolonner (fx 2010)",
      en: "there are no year columns (e.g. 2010)",
    });
    complete = false;
  }
  if (!complete) return null;
  years.sort((a, b) => a.year - b.year);
  const column = (name: string) => header.columns.get(name) ?? 0;
  return { header, years, column, columnName: (name) => header.name(column(name)) };
}

/** One data row: the keys, the amounts per year, the stated total, the distribution and the footnotes. */
function readRow(
  sheet: ExcelJS.Worksheet,
  r: number,
  layout: BudgetLayout,
  issues: IssueCollector,
): ParsedRow {
  const row = sheet.getRow(r);
  const reader: RowReader = {
    r,
    row,
    read: (name) => readCell(row.getCell(layout.column(name))),
    add: (column, message) => issues.add(sheetName, r, column, message),
  };
  const required = (name: string, what: Texts): string => {
    const value = text(reader.read(name));
    if (value === "")
      reader.add(layout.columnName(name), { da: `${what.da} mangler`, en: `${what.en} is missing` });
    return value;
  };
  const table = required(c.table, { da: "tabel", en: "the table" });
  const line = required(c.line, { da: "linje-id", en: "the line id" });
  const label = required(c.initiative, { da: "indsatsens navn", en: "the initiative's name" });
  const initiativeId = text(reader.read(c.initiativeId));
  if (initiativeId !== "" && !idPattern.test(initiativeId)) {
    reader.add(layout.columnName(c.initiativeId), {
      da: `indsats-id »${initiativeId}« skal være små bogstaver og bindestreger`,
      en: `the initiative id »${initiativeId}« must be lower-case letters and hyphens`,
    });
  }
  const subLine = text(reader.read(c.subLine));
  const subLineName = text(reader.read(c.subLineName));
  if (subLine !== "" && subLineName === "")
    reader.add(layout.columnName(c.subLineName), {
      da: "dellinjens navn mangler",
      en: "the sub-line's name is missing",
    });

  const cells = readAmounts(reader, layout);
  const statedTotal = readStatedTotal(reader, layout);
  const distributionText = text(reader.read(c.distribution));
  const distribution = readDistribution(reader, layout, distributionText);
  const markers = readMarkers(reader, layout);
  // A sub-line is part of its line's total: only the line states a total, a distribution or a note.
  if (subLine !== "" && (statedTotal !== null || distributionText !== "" || markers.length > 0)) {
    reader.add(layout.columnName(c.statedTotal), {
      da: "en dellinje har ikke eget i alt, fordeling eller fodnote",
      en: "a sub-line has no total, distribution or footnote of its own",
    });
  }
  return {
    row: r,
    table,
    initiativeId: initiativeId === "" ? null : initiativeId,
    label,
    line,
    subLine: subLine === "" ? null : subLine,
    subLineName,
    cells,
    statedTotal,
    distribution,
    markers,
  };
}

/** The year cells: whole kroner, `-` (the report's dash), or empty (blank, left out). */
function readAmounts(reader: RowReader, layout: BudgetLayout): Record<string, BudgetCell> {
  const cells: Record<string, BudgetCell> = {};
  for (const { year, index } of layout.years) {
    const value = readCell(reader.row.getCell(index));
    const where = layout.header.name(index);
    const amount = wholeKroner(value);
    if (value.kind === "empty") continue;
    if (value.kind === "text" && value.value === "-") {
      cells[String(year)] = { kind: "dash" };
    } else if (amount !== undefined) {
      cells[String(year)] = { kind: "amount", amount };
    } else if (value.kind === "number") {
      reader.add(where, {
        da: `beløbet ${value.value} skal være et helt, ikke-negativt antal kroner`,
        en: `the amount ${value.value} must be a whole, non-negative number of kroner`,
      });
    } else {
      const shown: Texts =
        value.kind === "text"
          ? { da: `teksten »${value.value}«`, en: `the text »${value.value}«` }
          : value.description;
      reader.add(where, {
        da: `${shown.da} står i et beløbsfelt; skriv et beløb i kroner, - eller lad feltet stå tomt`,
        en: `${shown.en} is in an amount field; write an amount in kroner, - or leave the field empty`,
      });
    }
  }
  return cells;
}

function readStatedTotal(reader: RowReader, layout: BudgetLayout): number | null {
  const read = reader.read(c.statedTotal);
  const amount = wholeKroner(read);
  if (amount !== undefined) return amount;
  if (read.kind !== "empty") {
    reader.add(layout.columnName(c.statedTotal), {
      da: "angivet i alt skal være et helt antal kroner eller tomt",
      en: "the stated total must be a whole number of kroner or empty",
    });
  }
  return null;
}

/** `år` or empty: split by year; `samlet`: one sum not split by year. */
function readDistribution(
  reader: RowReader,
  layout: BudgetLayout,
  distributionText: string,
): BudgetLine["distribution"] {
  if (distributionText === distributionWords.not_distributed) return { kind: "not_distributed" };
  if (distributionText !== "" && distributionText !== distributionWords.by_year) {
    reader.add(layout.columnName(c.distribution), {
      da: `fordeling skal være »år« eller »samlet«, ikke »${distributionText}«`,
      en: `the distribution must be »år« (by year) or »samlet« (one sum), not »${distributionText}«`,
    });
  }
  return { kind: "by_year" };
}

function readMarkers(reader: RowReader, layout: BudgetLayout): readonly string[] {
  const markers = text(reader.read(c.footnote))
    .split(/[\s,]+/)
    .filter((m) => m !== "");
  for (const marker of markers) {
    if (!markerPattern.test(marker))
      reader.add(layout.columnName(c.footnote), {
        da: `ugyldig fodnotemarkør »${marker}«`,
        en: `invalid footnote marker »${marker}«`,
      });
  }
  return markers;
}

/**
 * The checks that need every row: a line or sub-line stands once, an initiative has one line per
 * table, and a sub-line's line exists.
 */
function checkAcrossRows(parsed: readonly ParsedRow[], layout: BudgetLayout, issues: IssueCollector): void {
  const seen = new Map<string, number>();
  const initiativeLines = new Map<string, { line: string; row: number }>();
  for (const p of parsed) {
    const key = `${p.table}/${p.line}/${p.subLine ?? ""}`;
    const first = seen.get(key);
    if (first !== undefined) {
      const what: Texts =
        p.subLine === null
          ? { da: `linjen ${p.table}/${p.line}`, en: `the line ${p.table}/${p.line}` }
          : {
              da: `dellinjen ${p.table}/${p.line}/${p.subLine}`,
              en: `the sub-line ${p.table}/${p.line}/${p.subLine}`,
            };
      issues.add(sheetName, p.row, layout.columnName(c.line), {
        da: `${what.da} står også i række ${first}`,
        en: `${what.en} also stands in row ${first}`,
      });
    } else {
      seen.set(key, p.row);
    }
    if (p.subLine === null && p.initiativeId !== null) {
      const k = `${p.table}/${p.initiativeId}`;
      const other = initiativeLines.get(k);
      if (other !== undefined && other.line !== p.line) {
        issues.add(sheetName, p.row, layout.columnName(c.initiativeId), {
          da: `indsatsen ${p.initiativeId} har allerede linjen ${other.line} i række ${other.row}`,
          en: `the initiative ${p.initiativeId} already has the line ${other.line} in row ${other.row}`,
        });
      } else if (other === undefined) {
        initiativeLines.set(k, { line: p.line, row: p.row });
      }
    }
  }
  for (const p of parsed) {
    if (p.subLine !== null && !seen.has(`${p.table}/${p.line}/`)) {
      issues.add(sheetName, p.row, layout.columnName(c.line), {
        da: `dellinjen hører til linjen ${p.table}/${p.line}, som ikke findes`,
        en: `the sub-line belongs to the line ${p.table}/${p.line}, which does not exist`,
      });
    }
  }
}

/** Checked rows as overview tables, in sheet order: each line with its sub-lines. */
function assembleTables(parsed: readonly ParsedRow[]): BudgetWorkbook["tables"] {
  const tables = new Map<string, BudgetLine[]>();
  for (const p of parsed.filter((x) => x.subLine === null)) {
    const subLines: BudgetSubLine[] = parsed
      .filter((x) => x.subLine !== null && x.table === p.table && x.line === p.line)
      .map((x) => ({ id: x.subLine ?? "", label: x.subLineName, cells: x.cells }));
    const line: BudgetLine = {
      id: p.line,
      initiativeId: p.initiativeId,
      label: p.label,
      cells: p.cells,
      statedTotal:
        p.statedTotal === null ? null : { amount: p.statedTotal, statedText: formatMillions(p.statedTotal) },
      footnoteMarkers: p.markers,
      distribution: p.distribution,
      subLines,
      fundingSources: [],
    };
    tables.set(p.table, [...(tables.get(p.table) ?? []), line]);
  }
  return [...tables.entries()].map(([id, lines]) => ({ id, lines }));
}
