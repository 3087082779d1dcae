import { describe, expect, it } from "vitest";
import { testLine, testRound, withFields, withTable } from "../../../../../test/support/test-round.ts";
import type { AmountLine } from "../../initiatives/amount-line.ts";
import {
  amountTextRule,
  schemaAmountMismatchRule,
  schemaAmountNotComparableRule,
  schemaAmountNotInOverviewRule,
  schemaAmountOutsideOverviewRule,
  schemaWithoutOverviewLineRule,
} from "./schema-amount-rules.ts";

function withAmounts(amountLines: readonly AmountLine[], economy = "Der er afsat 2,0 mio. kr. i 2010.") {
  return withFields({ economy: [{ kind: "paragraph", text: economy }] }, amountLines);
}

const base = { field: "economy", approximate: false } as const;

describe("schema.amount_mismatch", () => {
  it("fires when the Økonomi amount differs from the overview line for the year", () => {
    const round = withAmounts([
      {
        ...base,
        kind: "initiative_total",
        id: "a",
        statedText: "2,5 mio. kr.",
        amount: 2_500_000,
        period: { kind: "years", years: [2010] },
      },
    ]);
    const hits = schemaAmountMismatchRule.check(round);
    expect(hits).toHaveLength(1);
    expect(hits[0]?.location).toMatchObject({ initiativeId: "x", row: "x", column: "2010" });
  });

  it("adds captured sub-unit amounts and compares the sum with the line", () => {
    const subUnits: AmountLine[] = [
      {
        ...base,
        kind: "sub_unit",
        id: "s1",
        subLineId: "s1",
        subUnit: "Del 1",
        statedText: "Del 1: 1,2 mio. kr.",
        amount: 1_200_000,
        period: { kind: "years", years: [2010] },
      },
      {
        ...base,
        kind: "sub_unit",
        id: "s2",
        subLineId: "s2",
        subUnit: "Del 2",
        statedText: "Del 2: 0,9 mio. kr.",
        amount: 900_000,
        period: { kind: "years", years: [2010] },
      },
    ];
    const line = {
      ...testLine,
      subLines: [
        { id: "s1", label: "Del 1", cells: {} },
        { id: "s2", label: "Del 2", cells: {} },
      ],
    };
    const round = { ...withAmounts(subUnits), budget: withTable({ lines: [line] }).budget };
    expect(schemaAmountMismatchRule.check(round)[0]?.message).toContain("2,10 mio. kr.");
  });

  it("compares an `årligt` amount with every year the overview funds", () => {
    const round = withAmounts([
      {
        ...base,
        kind: "initiative_total",
        id: "a",
        statedText: "2,0 mio. kr.",
        amount: 2_000_000,
        period: { kind: "every_year" },
      },
    ]);
    expect(schemaAmountMismatchRule.check(round).map((h) => h.location.column)).toEqual(["2011"]);
  });

  it("is silent when amounts agree, and never compares an earmarked component", () => {
    expect(schemaAmountMismatchRule.check(testRound)).toEqual([]);
    const round = withAmounts([
      {
        ...base,
        kind: "initiative_total",
        id: "a",
        statedText: "2,0 mio. kr.",
        amount: 2_000_000,
        period: { kind: "unspecified" },
      },
      {
        ...base,
        kind: "component",
        id: "c",
        label: "kurser",
        statedText: "0,4 mio. kr.",
        amount: 400_000,
        period: { kind: "years", years: [2010] },
      },
    ]);
    expect(schemaAmountMismatchRule.check(round)).toEqual([]);
  });
});

describe("schema.amount_outside_overview / amount_without_overview_amount / amount_not_comparable", () => {
  it("reports years the overview has no column for as info", () => {
    const round = withAmounts([
      {
        ...base,
        kind: "initiative_total",
        id: "a",
        statedText: "2,0 mio. kr.",
        amount: 2_000_000,
        period: { kind: "years", years: [2010, 2013] },
      },
    ]);
    const hits = schemaAmountOutsideOverviewRule.check(round);
    expect(hits).toHaveLength(1);
    expect(hits[0]?.message).toContain("2013");
    expect(schemaAmountMismatchRule.check(round)).toEqual([]);
  });

  it("warns when the overview line shows no amount for a year the schema funds", () => {
    const line = {
      ...testLine,
      cells: {
        "2010": { kind: "dash" as const },
        "2011": testLine.cells["2011"] ?? { kind: "blank" as const },
      },
    };
    const round = { ...testRound, budget: withTable({ lines: [{ ...line, statedTotal: null }] }).budget };
    expect(schemaAmountNotInOverviewRule.check(round)).toHaveLength(1);
    expect(schemaAmountNotComparableRule.check(round)).toEqual([]);
  });

  it("treats a line not distributed by year as not comparable (info), not as missing", () => {
    const line = {
      ...testLine,
      cells: { "2010": { kind: "dash" as const }, "2011": { kind: "dash" as const } },
      footnoteMarkers: ["*"],
      distribution: { kind: "not_distributed" as const },
    };
    const round = { ...testRound, budget: withTable({ lines: [line] }, [{ marker: "*", text: "f" }]).budget };
    expect(schemaAmountNotComparableRule.check(round)).toHaveLength(1);
    expect(schemaAmountNotInOverviewRule.check(round)).toEqual([]);
  });

  it("compares a period sum with the line's stated lump sum", () => {
    const line = {
      ...testLine,
      cells: {},
      statedTotal: { amount: 2_370_000, statedText: "*2,37 mio." },
      footnoteMarkers: ["*"],
      distribution: { kind: "not_distributed" as const },
    };
    const span = (amount: number): AmountLine => ({
      ...base,
      kind: "initiative_total",
      id: "span",
      statedText: "2,37 mill kr.",
      amount,
      period: { kind: "span", from: "2008-11-01", to: "2010-12-31" },
    });
    const budget = withTable({ lines: [line], statedYearTotals: {}, statedGrandTotal: null }, [
      { marker: "*", text: "f" },
    ]).budget;
    expect(
      schemaAmountMismatchRule.check({ ...withAmounts([span(2_370_000)], "i alt 2,37 mill kr."), budget }),
    ).toEqual([]);
    expect(
      schemaAmountMismatchRule.check({ ...withAmounts([span(2_000_000)], "i alt 2,37 mill kr."), budget }),
    ).toHaveLength(1);
  });

  it("is silent on a schema whose years are all in the overview", () => {
    expect(schemaAmountOutsideOverviewRule.check(testRound)).toEqual([]);
    expect(schemaAmountNotInOverviewRule.check(testRound)).toEqual([]);
    expect(schemaAmountNotComparableRule.check(testRound)).toEqual([]);
  });
});

describe("schema.no_overview_line", () => {
  it("fires when an initiative with amounts has no overview line", () => {
    const round = withTable({ lines: [{ ...testLine, initiativeId: null }] });
    expect(schemaWithoutOverviewLineRule.check(round)).toHaveLength(1);
  });

  it("is silent when it has one", () => {
    expect(schemaWithoutOverviewLineRule.check(testRound)).toEqual([]);
  });
});

describe("schema.amount_text", () => {
  it("fires when the captured text is not in the field, or reads as another amount", () => {
    const missing = withAmounts([
      {
        ...base,
        kind: "initiative_total",
        id: "a",
        statedText: "3 mio. kr.",
        amount: 3_000_000,
        period: { kind: "unspecified" },
      },
    ]);
    expect(amountTextRule.check(missing)[0]?.message).toContain("står ikke i feltet");
    const misread = withAmounts([
      {
        ...base,
        kind: "initiative_total",
        id: "a",
        statedText: "2,0 mio. kr.",
        amount: 20_000_000,
        period: { kind: "unspecified" },
      },
    ]);
    expect(amountTextRule.check(misread)[0]?.message).toContain("læses som 2,00 mio. kr.");
  });

  it("is silent when the text is there and reads as the amount", () => {
    expect(amountTextRule.check(testRound)).toEqual([]);
  });
});
