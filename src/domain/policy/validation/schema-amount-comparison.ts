import { type BudgetLine, type BudgetTable, cellAmount, cellOf } from "../budget/budget-overview.ts";
import type { AmountLine } from "../initiatives/amount-line.ts";
import type { Initiative } from "../initiatives/initiative.ts";
import type { ReportingRound } from "../report/reporting-round.ts";

/** Share of the overview amount an approximate figure (`ca. 63 mio.`) may differ by. */
const approximateTolerance = 0.05;

/** The outcome of comparing a status schema's amounts with the overview, one per year (or span). */
export type SchemaAmountComparison =
  | { readonly kind: "match"; readonly initiative: Initiative; readonly column: string }
  | {
      readonly kind: "mismatch";
      readonly initiative: Initiative;
      readonly table: BudgetTable;
      readonly line: BudgetLine;
      readonly column: string;
      readonly schemaAmount: number;
      readonly overviewAmount: number;
      readonly amountLines: readonly AmountLine[];
    }
  | {
      /** The schema gives an amount for years the overview has no column for. */
      readonly kind: "outside_overview";
      readonly initiative: Initiative;
      readonly table: BudgetTable;
      readonly line: BudgetLine;
      readonly years: readonly number[];
      readonly amountLines: readonly AmountLine[];
    }
  | {
      /** The overview line has no amount for a year the schema funds. */
      readonly kind: "no_overview_amount";
      readonly initiative: Initiative;
      readonly table: BudgetTable;
      readonly line: BudgetLine;
      readonly years: readonly number[];
      readonly amountLines: readonly AmountLine[];
    }
  | {
      readonly kind: "no_overview_line";
      readonly initiative: Initiative;
      readonly amountLines: readonly AmountLine[];
    };

interface Placed {
  readonly table: BudgetTable;
  readonly line: BudgetLine;
}

function lineFor(round: ReportingRound, initiativeId: string): Placed | undefined {
  for (const table of round.budget.tables) {
    const line = table.lines.find((l) => l.initiativeId === initiativeId);
    if (line !== undefined) return { table, line };
  }
  return undefined;
}

function yearsOf(amountLine: AmountLine, placed: Placed, round: ReportingRound): readonly number[] {
  switch (amountLine.period.kind) {
    case "years":
      return amountLine.period.years;
    case "every_year":
      return placed.table.years.filter((y) => cellAmount(cellOf(placed.line.cells, y)) !== null);
    case "unspecified":
      return [round.year];
    case "span":
      return [];
  }
}

function close(a: number, b: number, approximate: boolean): boolean {
  return approximate ? Math.abs(a - b) <= approximateTolerance * Math.max(Math.abs(b), 1) : a === b;
}

function compareSpan(initiative: Initiative, placed: Placed, amountLine: AmountLine): SchemaAmountComparison {
  if (amountLine.period.kind !== "span") throw new Error("not a span");
  const { table, line } = placed;
  if (line.distribution.kind === "not_distributed") {
    const overview = line.statedTotal?.amount ?? 0;
    return close(amountLine.amount, overview, amountLine.approximate)
      ? { kind: "match", initiative, column: "I alt" }
      : {
          kind: "mismatch",
          initiative,
          table,
          line,
          column: "I alt",
          schemaAmount: amountLine.amount,
          overviewAmount: overview,
          amountLines: [amountLine],
        };
  }
  const from = Number(amountLine.period.from.slice(0, 4));
  const to = Number(amountLine.period.to.slice(0, 4));
  const spanYears = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const outside = spanYears.filter((y) => !table.years.includes(y));
  if (outside.length > 0)
    return { kind: "outside_overview", initiative, table, line, years: outside, amountLines: [amountLine] };
  const overview = spanYears.reduce((s, y) => s + (cellAmount(cellOf(line.cells, y)) ?? 0), 0);
  return close(amountLine.amount, overview, amountLine.approximate)
    ? { kind: "match", initiative, column: `${from}-${to}` }
    : {
        kind: "mismatch",
        initiative,
        table,
        line,
        column: `${from}-${to}`,
        schemaAmount: amountLine.amount,
        overviewAmount: overview,
        amountLines: [amountLine],
      };
}

/**
 * Compares each initiative's captured amounts with its overview line, year by year. Per year the
 * schema's figure is its whole-initiative amount if it gives one, else the sum of its sub-unit
 * amounts, else its average; earmarked components are part of the whole and not compared.
 */
export function compareSchemaAmounts(round: ReportingRound): readonly SchemaAmountComparison[] {
  const results: SchemaAmountComparison[] = [];
  for (const initiative of round.initiatives) {
    const amountLines = initiative.statusReport.amountLines.filter((l) => l.kind !== "component");
    if (amountLines.length === 0) continue;
    const placed = lineFor(round, initiative.id);
    if (placed === undefined) {
      results.push({ kind: "no_overview_line", initiative, amountLines });
      continue;
    }
    const byYear = new Map<number, AmountLine[]>();
    for (const amountLine of amountLines) {
      if (amountLine.period.kind === "span") {
        results.push(compareSpan(initiative, placed, amountLine));
        continue;
      }
      for (const year of yearsOf(amountLine, placed, round))
        byYear.set(year, [...(byYear.get(year) ?? []), amountLine]);
    }
    const outside: number[] = [];
    const outsideLines = new Set<AmountLine>();
    const missing: number[] = [];
    const missingLines = new Set<AmountLine>();
    for (const [year, lines] of [...byYear.entries()].sort(([a], [b]) => a - b)) {
      if (!placed.table.years.includes(year)) {
        outside.push(year);
        for (const l of lines) outsideLines.add(l);
        continue;
      }
      const totals = lines.filter((l) => l.kind === "initiative_total");
      const subUnits = lines.filter((l) => l.kind === "sub_unit");
      const chosen = totals.length > 0 ? totals : subUnits.length > 0 ? subUnits : lines;
      const overview = cellAmount(cellOf(placed.line.cells, year));
      if (overview === null) {
        missing.push(year);
        for (const l of chosen) missingLines.add(l);
        continue;
      }
      const schemaAmount = chosen.reduce((s, l) => s + l.amount, 0);
      const approximate = chosen.some((l) => l.approximate);
      results.push(
        close(schemaAmount, overview, approximate)
          ? { kind: "match", initiative, column: String(year) }
          : {
              kind: "mismatch",
              initiative,
              ...placed,
              column: String(year),
              schemaAmount,
              overviewAmount: overview,
              amountLines: chosen,
            },
      );
    }
    if (outside.length > 0) {
      results.push({
        kind: "outside_overview",
        initiative,
        ...placed,
        years: outside,
        amountLines: [...outsideLines],
      });
    }
    if (missing.length > 0) {
      results.push({
        kind: "no_overview_amount",
        initiative,
        ...placed,
        years: missing,
        amountLines: [...missingLines],
      });
    }
  }
  return results;
}
