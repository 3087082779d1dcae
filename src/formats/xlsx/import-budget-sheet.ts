import type ExcelJS from "exceljs";
import { formatMillions } from "../../domain/format.ts";
import type { BudgetCell, BudgetLine, BudgetSubLine } from "../../domain/policy/budget/budget-overview.ts";
import { type CellRead, dataRows, type IssueCollector, readCell, readHeader } from "./sheet-reader.ts";
import {
  type BudgetWorkbook,
  budgetColumns,
  distributionWords,
  type ImportOptions,
  sheets,
} from "./template.ts";

const idPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const markerPattern = /^(\*+|\d+)$/;

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

function text(read: CellRead): string {
  return read.kind === "text" ? read.value : read.kind === "number" ? String(read.value) : "";
}

/** Reads the Økonomi sheet; every problem goes to `issues`, and nothing is returned if there are any. */
export function importBudgetSheet(
  workbook: ExcelJS.Workbook,
  options: ImportOptions,
  issues: IssueCollector,
): Pick<BudgetWorkbook, "years" | "tables"> | null {
  const sheetName = sheets.budget;
  const issuesBefore = issues.issues.length;
  const sheet = workbook.getWorksheet(sheetName);
  if (sheet === undefined) {
    issues.add(sheetName, undefined, undefined, `arket »${sheetName}« mangler`);
    return null;
  }
  const header = readHeader(sheet, issues);
  const required = Object.values(budgetColumns);
  let complete = true;
  for (const name of required) {
    if (!header.columns.has(name)) {
      issues.add(sheetName, 1, name, `kolonnen »${name}« mangler`);
      complete = false;
    }
  }
  const yearColumns: { year: number; index: number }[] = [];
  for (const [label, index] of header.columns) {
    if ((required as readonly string[]).includes(label)) continue;
    if (!/^\d{4}$/.test(label)) {
      issues.add(sheetName, 1, header.name(index), `ukendt kolonne »${label}«`);
      continue;
    }
    const year = Number(label);
    if (year < options.years.from || year > options.years.to) {
      issues.add(
        sheetName,
        1,
        header.name(index),
        `året ${year} ligger uden for ${options.years.from}–${options.years.to}`,
      );
      continue;
    }
    yearColumns.push({ year, index });
  }
  if (yearColumns.length === 0) {
    issues.add(sheetName, 1, undefined, "der er ingen årskolonner (fx 2010)");
    complete = false;
  }
  if (!complete) return null;
  yearColumns.sort((a, b) => a.year - b.year);
  const col = (name: string) => header.columns.get(name) ?? 0;
  const c = budgetColumns;

  const parsed: ParsedRow[] = [];
  for (const r of dataRows(sheet)) {
    const row = sheet.getRow(r);
    const read = (name: string) => readCell(row.getCell(col(name)));
    const required = (name: string, what: string): string => {
      const value = text(read(name));
      if (value === "") issues.add(sheetName, r, header.name(col(name)), `${what} mangler`);
      return value;
    };
    const table = required(c.table, "tabel");
    const line = required(c.line, "linje-id");
    const label = required(c.initiative, "indsatsens navn");
    const initiativeId = text(read(c.initiativeId));
    if (initiativeId !== "" && !idPattern.test(initiativeId)) {
      issues.add(
        sheetName,
        r,
        header.name(col(c.initiativeId)),
        `indsats-id »${initiativeId}« skal være små bogstaver og bindestreger`,
      );
    }
    const subLine = text(read(c.subLine));
    const subLineName = text(read(c.subLineName));
    if (subLine !== "" && subLineName === "")
      issues.add(sheetName, r, header.name(col(c.subLineName)), "dellinjens navn mangler");

    const cells: Record<string, BudgetCell> = {};
    for (const { year, index } of yearColumns) {
      const value = readCell(row.getCell(index));
      const where = header.name(index);
      if (value.kind === "empty") continue;
      if (value.kind === "text" && value.value === "-") {
        cells[String(year)] = { kind: "dash" };
      } else if (value.kind === "number" && Number.isInteger(value.value) && value.value >= 0) {
        cells[String(year)] = { kind: "amount", amount: value.value };
      } else if (value.kind === "number") {
        issues.add(
          sheetName,
          r,
          where,
          `beløbet ${value.value} skal være et helt, ikke-negativt antal kroner`,
        );
      } else {
        const shown = value.kind === "text" ? `teksten »${value.value}«` : value.description;
        issues.add(
          sheetName,
          r,
          where,
          `${shown} står i et beløbsfelt; skriv et beløb i kroner, - eller lad feltet stå tomt`,
        );
      }
    }
    const totalRead = read(c.statedTotal);
    let statedTotal: number | null = null;
    if (totalRead.kind === "number" && Number.isInteger(totalRead.value) && totalRead.value >= 0) {
      statedTotal = totalRead.value;
    } else if (totalRead.kind !== "empty") {
      issues.add(
        sheetName,
        r,
        header.name(col(c.statedTotal)),
        "angivet i alt skal være et helt antal kroner eller tomt",
      );
    }
    const distributionText = text(read(c.distribution));
    let distribution: BudgetLine["distribution"] = { kind: "by_year" };
    if (distributionText === distributionWords.not_distributed) distribution = { kind: "not_distributed" };
    else if (distributionText !== "" && distributionText !== distributionWords.by_year) {
      issues.add(
        sheetName,
        r,
        header.name(col(c.distribution)),
        `fordeling skal være »år« eller »samlet«, ikke »${distributionText}«`,
      );
    }
    const markers = text(read(c.footnote))
      .split(/[\s,]+/)
      .filter((m) => m !== "");
    for (const marker of markers) {
      if (!markerPattern.test(marker))
        issues.add(sheetName, r, header.name(col(c.footnote)), `ugyldig fodnotemarkør »${marker}«`);
    }
    if (subLine !== "" && (statedTotal !== null || distributionText !== "" || markers.length > 0)) {
      issues.add(
        sheetName,
        r,
        header.name(col(c.statedTotal)),
        "en dellinje har ikke eget i alt, fordeling eller fodnote",
      );
    }
    parsed.push({
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
    });
  }

  const seen = new Map<string, number>();
  const initiativeLines = new Map<string, { line: string; row: number }>();
  for (const p of parsed) {
    const key = `${p.table}/${p.line}/${p.subLine ?? ""}`;
    const first = seen.get(key);
    if (first !== undefined) {
      const what =
        p.subLine === null ? `linjen ${p.table}/${p.line}` : `dellinjen ${p.table}/${p.line}/${p.subLine}`;
      issues.add(sheetName, p.row, header.name(col(c.line)), `${what} står også i række ${first}`);
    } else {
      seen.set(key, p.row);
    }
    if (p.subLine === null && p.initiativeId !== null) {
      const k = `${p.table}/${p.initiativeId}`;
      const other = initiativeLines.get(k);
      if (other !== undefined && other.line !== p.line) {
        issues.add(
          sheetName,
          p.row,
          header.name(col(c.initiativeId)),
          `indsatsen ${p.initiativeId} har allerede linjen ${other.line} i række ${other.row}`,
        );
      } else if (other === undefined) {
        initiativeLines.set(k, { line: p.line, row: p.row });
      }
    }
  }
  for (const p of parsed) {
    if (p.subLine !== null && !seen.has(`${p.table}/${p.line}/`)) {
      issues.add(
        sheetName,
        p.row,
        header.name(col(c.line)),
        `dellinjen hører til linjen ${p.table}/${p.line}, som ikke findes`,
      );
    }
  }
  if (issues.issues.length > issuesBefore) return null;

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
  return {
    years: yearColumns.map((y) => y.year),
    tables: [...tables.entries()].map(([id, lines]) => ({ id, lines })),
  };
}
