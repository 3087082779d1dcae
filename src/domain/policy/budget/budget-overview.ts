import { z } from "zod";
import { type FundingSource, fundingSourceSchema } from "./funding-source.ts";

/**
 * One cell of the overview. The seed tells `-` (nothing / not given per year) apart from `0` and
 * from an empty cell, so the data does too. Amounts are kroner; `statedText` keeps the cell as
 * printed when it differs from what udsyn would print (e.g. `3. mio.`).
 */
export type BudgetCell =
  | { readonly kind: "amount"; readonly amount: number; readonly statedText?: string }
  | { readonly kind: "dash" }
  | { readonly kind: "blank" };

/** A figure as the report states it (totals are kept apart from what udsyn computes). */
export interface StatedAmount {
  readonly amount: number;
  readonly statedText: string;
}

/** Cells keyed by year (`"2010"`); a missing year is a blank cell. */
export type YearCells = Readonly<Record<string, BudgetCell>>;

export interface BudgetSubLine {
  readonly id: string;
  readonly label: string;
  readonly cells: YearCells;
}

/**
 * How a line's total relates to its years. `not_distributed`: the line has one sum for a period
 * that the report does not split by year (e.g. `*2,37 mio.`); it cannot enter the year totals,
 * and udsyn leaves it out of the grand total too, saying so in a finding.
 */
export type LineDistribution = { readonly kind: "by_year" } | { readonly kind: "not_distributed" };

export interface BudgetLine {
  readonly id: string;
  /** Initiative the line funds; null for a line without a status schema. */
  readonly initiativeId: string | null;
  /** Label as the overview prints it (it may differ from the initiative's name). */
  readonly label: string;
  readonly cells: YearCells;
  readonly statedTotal: StatedAmount | null;
  /** Footnote markers on the line, e.g. `["*"]`. */
  readonly footnoteMarkers: readonly string[];
  readonly distribution: LineDistribution;
  readonly subLines: readonly BudgetSubLine[];
  readonly fundingSources: readonly FundingSource[];
}

export interface Footnote {
  readonly marker: string;
  readonly text: string;
}

export interface BudgetTable {
  readonly id: string;
  /** Heading of the first column as printed, e.g. `Integrationsindsatser i relation til mål …` */
  readonly title: string;
  readonly years: readonly number[];
  readonly lines: readonly BudgetLine[];
  /** The `I alt` row as printed, per year; null where the report prints nothing. */
  readonly statedYearTotals: Readonly<Record<string, StatedAmount | null>>;
  readonly statedGrandTotal: StatedAmount | null;
}

/** The committee's economic overview (økonomisk oversigt): tables and the footnotes under them. */
export interface BudgetOverview {
  readonly heading: string;
  readonly tables: readonly BudgetTable[];
  readonly footnotes: readonly Footnote[];
}

export const budgetCellSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("amount"), amount: z.number().int(), statedText: z.string().min(1).optional() }),
  z.object({ kind: z.literal("dash") }),
  z.object({ kind: z.literal("blank") }),
]);

const yearKey = z.string().regex(/^\d{4}$/, "år skal være fire cifre");
const yearCellsSchema = z.record(yearKey, budgetCellSchema);
const statedAmountSchema = z.object({ amount: z.number().int(), statedText: z.string().min(1) });

export const budgetLineSchema = z.object({
  id: z.string().min(1),
  initiativeId: z.string().min(1).nullable(),
  label: z.string().min(1),
  cells: yearCellsSchema,
  statedTotal: statedAmountSchema.nullable(),
  footnoteMarkers: z.array(z.string().regex(/^\*+$|^\d+$/)),
  distribution: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("by_year") }),
    z.object({ kind: z.literal("not_distributed") }),
  ]),
  subLines: z.array(z.object({ id: z.string().min(1), label: z.string().min(1), cells: yearCellsSchema })),
  fundingSources: z.array(fundingSourceSchema),
});

export const budgetTableSchema = z
  .object({
    id: z.string().min(1),
    title: z.string().min(1),
    years: z.array(z.number().int().min(1900).max(2200)).min(1),
    lines: z.array(budgetLineSchema),
    statedYearTotals: z.record(yearKey, statedAmountSchema.nullable()),
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
  });

export const budgetOverviewSchema = z.object({
  heading: z.string().min(1),
  tables: z.array(budgetTableSchema),
  footnotes: z.array(z.object({ marker: z.string().min(1), text: z.string().min(1) })),
});

export function cellOf(cells: YearCells, year: number): BudgetCell {
  return cells[String(year)] ?? { kind: "blank" };
}

export function cellAmount(cell: BudgetCell): number | null {
  return cell.kind === "amount" ? cell.amount : null;
}
