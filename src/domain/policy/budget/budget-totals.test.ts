import { describe, expect, it } from "vitest";
import type { BudgetLine, BudgetTable } from "./budget-overview.ts";
import { computeTableTotals } from "./budget-totals.ts";

const line = (
  id: string,
  cells: BudgetLine["cells"],
  distribution: BudgetLine["distribution"] = { kind: "by_year" },
): BudgetLine => ({
  id,
  initiativeId: null,
  label: id,
  cells,
  statedTotal: distribution.kind === "not_distributed" ? { amount: 9_000_000, statedText: "*9 mio." } : null,
  footnoteMarkers: [],
  distribution,
  subLines: [],
  fundingSources: [],
});

const table: BudgetTable = {
  id: "t",
  title: "T",
  years: [2010, 2011],
  lines: [
    line("a", { "2010": { kind: "amount", amount: 1_000_000 }, "2011": { kind: "dash" } }),
    line("b", { "2010": { kind: "amount", amount: 2_500_000 } }),
    line("lump", { "2010": { kind: "dash" } }, { kind: "not_distributed" }),
  ],
  statedYearTotals: {},
  statedGrandTotal: null,
};

describe("computeTableTotals", () => {
  it("sums lines by year, treating dash and blank as nothing", () => {
    const totals = computeTableTotals(table);
    expect(totals.yearTotals).toEqual({ "2010": 3_500_000, "2011": 0 });
    expect(totals.lineTotals).toEqual({ a: 1_000_000, b: 2_500_000, lump: 9_000_000 });
  });

  it("leaves a sum not distributed by year out of the year totals and the grand total", () => {
    const totals = computeTableTotals(table);
    expect(totals.grandTotal).toBe(3_500_000);
    expect(totals.excludedLineIds).toEqual(["lump"]);
  });
});
