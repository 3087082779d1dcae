import { z } from "zod";
import { fundingSourceSchema } from "./funding-source.ts";

/**
 * One cell of the overview. The seed tells `-` (nothing / not given per year) apart from `0` and
 * from an empty cell, so the data does too. Amounts are kroner; `statedText` keeps the cell as
 * printed when it differs from what udsyn would print (e.g. `3. mio.`).
 */
export const budgetCellSchema = z
  .discriminatedUnion("kind", [
    z.object({
      kind: z.literal("amount"),
      amount: z.number().int(),
      statedText: z.string().min(1).optional(),
    }),
    z.object({ kind: z.literal("dash") }),
    z.object({ kind: z.literal("blank") }),
  ])
  .readonly();
export type BudgetCell = z.infer<typeof budgetCellSchema>;

/** A figure as the report states it (totals are kept apart from what udsyn computes). */
export const statedAmountSchema = z
  .object({ amount: z.number().int(), statedText: z.string().min(1) })
  .readonly();
export type StatedAmount = z.infer<typeof statedAmountSchema>;

const yearKey = z.string().regex(/^\d{4}$/, "år skal være fire cifre");

/** Cells keyed by year (`"2010"`); a missing year is a blank cell. */
export const yearCellsSchema = z.record(yearKey, budgetCellSchema).readonly();
export type YearCells = z.infer<typeof yearCellsSchema>;

export const budgetSubLineSchema = z
  .object({ id: z.string().min(1), label: z.string().min(1), cells: yearCellsSchema })
  .readonly();
export type BudgetSubLine = z.infer<typeof budgetSubLineSchema>;

/**
 * How a line's total relates to its years. `not_distributed`: the line has one sum for a period
 * that the report does not split by year (e.g. `*2,37 mio.`); it cannot enter the year totals,
 * and udsyn leaves it out of the grand total too, saying so in a finding.
 */
export const lineDistributionSchema = z
  .discriminatedUnion("kind", [
    z.object({ kind: z.literal("by_year") }),
    z.object({ kind: z.literal("not_distributed") }),
  ])
  .readonly();
export type LineDistribution = z.infer<typeof lineDistributionSchema>;

export const budgetLineSchema = z
  .object({
    id: z.string().min(1),
    /** Initiative the line funds; null for a line without a status schema. */
    initiativeId: z.string().min(1).nullable(),
    /** Label as the overview prints it (it may differ from the initiative's name). */
    label: z.string().min(1),
    cells: yearCellsSchema,
    statedTotal: statedAmountSchema.nullable(),
    /** Footnote markers on the line, e.g. `["*"]`. */
    footnoteMarkers: z.array(z.string().regex(/^\*+$|^\d+$/)).readonly(),
    distribution: lineDistributionSchema,
    subLines: z.array(budgetSubLineSchema).readonly(),
    fundingSources: z.array(fundingSourceSchema).readonly(),
  })
  .readonly();
export type BudgetLine = z.infer<typeof budgetLineSchema>;

export const footnoteSchema = z.object({ marker: z.string().min(1), text: z.string().min(1) }).readonly();
export type Footnote = z.infer<typeof footnoteSchema>;

export const budgetTableSchema = z
  .object({
    id: z.string().min(1),
    /** Heading of the first column as printed, e.g. `Integrationsindsatser i relation til mål …` */
    title: z.string().min(1),
    years: z.array(z.number().int().min(1900).max(2200)).min(1).readonly(),
    lines: z.array(budgetLineSchema).readonly(),
    /** The `I alt` row as printed, per year; null where the report prints nothing. */
    statedYearTotals: z.record(yearKey, statedAmountSchema.nullable()).readonly(),
    statedGrandTotal: statedAmountSchema.nullable(),
  })
  .superRefine((table, ctx) => {
    const years = new Set(table.years.map(String));
    table.lines.forEach((line, index) => {
      for (const cells of [line.cells, ...line.subLines.map((s) => s.cells)]) {
        for (const year of Object.keys(cells)) {
          if (!years.has(year)) {
            ctx.addIssue({
              code: "custom",
              message: `år ${year} er ikke en kolonne i tabellen`,
              path: ["lines", index, "cells", year],
            });
          }
        }
      }
    });
  })
  .readonly();
export type BudgetTable = z.infer<typeof budgetTableSchema>;

/** The committee's economic overview (økonomisk oversigt): tables and the footnotes under them. */
export const budgetOverviewSchema = z
  .object({
    heading: z.string().min(1),
    tables: z.array(budgetTableSchema).readonly(),
    footnotes: z.array(footnoteSchema).readonly(),
  })
  .readonly();
export type BudgetOverview = z.infer<typeof budgetOverviewSchema>;

export function cellOf(cells: YearCells, year: number): BudgetCell {
  return cells[String(year)] ?? { kind: "blank" };
}

export function cellAmount(cell: BudgetCell): number | null {
  return cell.kind === "amount" ? cell.amount : null;
}
