import { describe, expect, it } from "vitest";
import { testLine, testRound, withTable } from "../../../../../test/support/test-round.ts";
import type { BudgetLine } from "../../budget/budget-overview.ts";
import {
  columnTotalRule,
  notDistributedRule,
  rowTotalRule,
  silentExclusionRule,
  subLinesRule,
} from "./budget-totals-rules.ts";

const lumpSum: BudgetLine = {
  ...testLine,
  id: "lump",
  initiativeId: null,
  label: "Samlet beløb",
  cells: { "2010": { kind: "dash" }, "2011": { kind: "dash" } },
  statedTotal: { amount: 9_000_000, statedText: "*9,0 mio." },
  footnoteMarkers: ["*"],
  distribution: { kind: "not_distributed" },
};

describe("budget.row_total", () => {
  it("fires when a line's stated total is not the sum of its years", () => {
    const round = withTable({
      lines: [{ ...testLine, statedTotal: { amount: 4_000_000, statedText: "4 mio." } }],
    });
    const hits = rowTotalRule.check(round);
    expect(hits).toHaveLength(1);
    expect(hits[0]?.location).toMatchObject({ table: "t", row: "x", column: "I alt" });
    expect(hits[0]?.message).toContain("4,00 mio. kr.");
    expect(hits[0]?.message).toContain("3,00 mio. kr.");
  });

  it("is silent when the years add up, and on a line not distributed by year", () => {
    expect(rowTotalRule.check(testRound)).toEqual([]);
    expect(
      rowTotalRule.check(withTable({ lines: [testLine, lumpSum] }, [{ marker: "*", text: "Fodnote" }])),
    ).toEqual([]);
  });
});

describe("budget.column_total", () => {
  it("fires on a year total and on the grand total that do not add up", () => {
    const round = withTable({
      statedYearTotals: {
        "2010": { amount: 2_500_000, statedText: "2,5" },
        "2011": { amount: 1_000_000, statedText: "1,0" },
      },
      statedGrandTotal: { amount: 3_500_000, statedText: "3,5" },
    });
    const hits = columnTotalRule.check(round);
    expect(hits.map((h) => h.location.column)).toEqual(["2010", "I alt"]);
  });

  it("leaves a footnoted lump sum out of the totals it checks", () => {
    expect(
      columnTotalRule.check(withTable({ lines: [testLine, lumpSum] }, [{ marker: "*", text: "Fodnote" }])),
    ).toEqual([]);
  });

  it("is silent where no total is stated", () => {
    expect(columnTotalRule.check(withTable({ statedYearTotals: {}, statedGrandTotal: null }))).toEqual([]);
  });
});

describe("budget.not_distributed and budget.exclusion_without_footnote", () => {
  it("makes a footnoted exclusion explicit as info", () => {
    const hits = notDistributedRule.check(
      withTable({ lines: [testLine, lumpSum] }, [{ marker: "*", text: "Fodnote" }]),
    );
    expect(hits).toHaveLength(1);
    expect(hits[0]?.message).toContain("fodnote *");
  });

  it("warns on an exclusion no footnote explains", () => {
    const round = withTable({ lines: [testLine, { ...lumpSum, footnoteMarkers: [] }] });
    expect(silentExclusionRule.check(round)).toHaveLength(1);
    expect(notDistributedRule.check(round)).toEqual([]);
  });

  it("is silent when every line is distributed by year", () => {
    expect(notDistributedRule.check(testRound)).toEqual([]);
    expect(silentExclusionRule.check(testRound)).toEqual([]);
  });
});

describe("budget.sub_lines", () => {
  const subLines = [
    { id: "s1", label: "Del 1", cells: { "2010": { kind: "amount", amount: 1_200_000 } } },
    { id: "s2", label: "Del 2", cells: { "2010": { kind: "amount", amount: 900_000 } } },
  ] as const;

  it("fires when the sub-lines of a year do not add up to the line", () => {
    const hits = subLinesRule.check(withTable({ lines: [{ ...testLine, subLines }] }));
    expect(hits).toHaveLength(1);
    expect(hits[0]?.location.column).toBe("2010");
  });

  it("is silent when they add up, and for years where a sub-line has no amount", () => {
    const fitting = [
      subLines[0],
      { ...subLines[1], cells: { "2010": { kind: "amount" as const, amount: 800_000 } } },
    ];
    expect(subLinesRule.check(withTable({ lines: [{ ...testLine, subLines: fitting }] }))).toEqual([]);
  });
});
