import { type BudgetLine, type BudgetTable, cellAmount, cellOf } from "./budget-overview.ts";

/** What udsyn computes for a table; stated totals are compared against these, never shown as them. */
export interface TableTotals {
  /** Per line id: sum of its years, or its one sum when not distributed by year. */
  readonly lineTotals: Readonly<Record<string, number>>;
  /** Per year: sum of the lines distributed by year. */
  readonly yearTotals: Readonly<Record<string, number>>;
  /** Sum of the year totals = sum of the totals of lines distributed by year. */
  readonly grandTotal: number;
  /** Lines whose sum is not distributed by year and so is not in the year totals or the grand total. */
  readonly excludedLineIds: readonly string[];
}

export function sumOfYears(line: Pick<BudgetLine, "cells">, years: readonly number[]): number {
  return years.reduce((sum, year) => sum + (cellAmount(cellOf(line.cells, year)) ?? 0), 0);
}

export function computeLineTotal(line: BudgetLine, years: readonly number[]): number {
  if (line.distribution.kind === "not_distributed") return line.statedTotal?.amount ?? 0;
  return sumOfYears(line, years);
}

export function computeTableTotals(table: BudgetTable): TableTotals {
  const lineTotals: Record<string, number> = {};
  const yearTotals: Record<string, number> = {};
  const excludedLineIds: string[] = [];
  for (const year of table.years) yearTotals[String(year)] = 0;
  for (const line of table.lines) {
    lineTotals[line.id] = computeLineTotal(line, table.years);
    if (line.distribution.kind === "not_distributed") {
      excludedLineIds.push(line.id);
      continue;
    }
    for (const year of table.years) {
      yearTotals[String(year)] =
        (yearTotals[String(year)] ?? 0) + (cellAmount(cellOf(line.cells, year)) ?? 0);
    }
  }
  const grandTotal = table.years.reduce((sum, year) => sum + (yearTotals[String(year)] ?? 0), 0);
  return { lineTotals, yearTotals, grandTotal, excludedLineIds };
}
