import { describe, expect, it } from "vitest";
import { round2010 } from "../../../demo/report-2010/index.ts";
import { DomainError } from "../../errors.ts";
import { nextYearContent } from "./next-year-round.ts";
import { checkedRound, withBudgetCell, withStatedTotal, withStatusField } from "./round-edits.ts";

const TABLE = "i-relation-til-maal";

function refusal(edit: () => unknown): DomainError {
  try {
    edit();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("the edit was accepted");
}

describe("round edits are pure and say what they changed", () => {
  it("a status field from plain text, with before and after for the audit", () => {
    const { content, details } = withStatusField(round2010, "nexus", "status", "Nexus er i gang.");
    const nexus = content.initiatives.find((i) => i.id === "nexus");
    expect(nexus?.statusReport.fields).toMatchObject({
      status: [{ kind: "paragraph", text: "Nexus er i gang." }],
    });
    expect(details).toMatchObject({ initiativeId: "nexus", field: "status", after: "Nexus er i gang." });
    expect(round2010.initiatives.find((i) => i.id === "nexus")).not.toBe(nexus); // the input is untouched
  });

  it("refuses an unknown initiative and a field the schema does not have, naming them", () => {
    expect(refusal(() => withStatusField(round2010, "ukendt", "status", "x"))).toMatchObject({
      code: "not_found",
      details: [{ field: "initiativeId" }],
    });
    expect(refusal(() => withStatusField(round2010, "nexus", "colour", "x"))).toMatchObject({
      code: "invalid_input",
      details: [{ field: "field" }],
    });
  });

  it("one budget cell, recording what it was", () => {
    const { content, details } = withBudgetCell(round2010, TABLE, "vaeresteder", 2010, { kind: "dash" });
    const line = content.budget.tables.find((t) => t.id === TABLE)?.lines.find((l) => l.id === "vaeresteder");
    expect(line?.cells["2010"]).toEqual({ kind: "dash" });
    expect(line?.cells["2009"]).toMatchObject({ kind: "amount", amount: 3_600_000 });
    expect(details).toMatchObject({ year: 2010, before: { kind: "amount", amount: 10_350_000 } });
  });

  it("refuses a year the table does not have and a line that does not exist", () => {
    expect(
      refusal(() => withBudgetCell(round2010, TABLE, "vaeresteder", 2030, { kind: "dash" })),
    ).toMatchObject({
      code: "invalid_input",
      details: [{ field: "year" }],
    });
    expect(refusal(() => withBudgetCell(round2010, TABLE, "ukendt", 2010, { kind: "dash" })).code).toBe(
      "not_found",
    );
  });

  it("a stated total for a line, a year or the whole table, in the report's millions", () => {
    const table = (edit: ReturnType<typeof withStatedTotal>) =>
      edit.content.budget.tables.find((t) => t.id === TABLE);
    const line = table(
      withStatedTotal(round2010, TABLE, { kind: "line", lineId: "vaeresteder" }, 33_100_000),
    );
    expect(line?.lines.find((l) => l.id === "vaeresteder")?.statedTotal).toEqual({
      amount: 33_100_000,
      statedText: "33,10",
    });
    const year = table(withStatedTotal(round2010, TABLE, { kind: "year", year: 2010 }, null));
    expect(year?.statedYearTotals["2010"]).toBeNull();
    expect(year?.statedYearTotals["2009"]).toMatchObject({ amount: 69_400_000 });
    const grand = table(withStatedTotal(round2010, TABLE, { kind: "grand" }, 280_000_000));
    expect(grand?.statedGrandTotal).toMatchObject({ amount: 280_000_000 });
    expect(refusal(() => withStatedTotal(round2010, TABLE, { kind: "year", year: 1999 }, 1)).code).toBe(
      "invalid_input",
    );
  });

  it("a round made invalid by an edit is refused whole, with the path of each problem", () => {
    expect(checkedRound(round2010)).toEqual(round2010);
    const error = refusal(() => checkedRound({ ...round2010, title: "" }));
    expect(error.code).toBe("invalid_input");
    expect(error.details.map((d) => d.field)).toContain("title");
  });
});

describe("next year's round is a copy with the new year", () => {
  it("takes the new id, year and request date, and the year in the title", () => {
    const next = nextYearContent(round2010, 2010, {
      committee: "SUD",
      year: 2011,
      requestDate: "2011-03-01",
      deadline: null,
    });
    expect(next).toMatchObject({ id: "sud-2011", year: 2011, requestDate: "2011-03-01" });
    expect(next.title).toBe(
      "Bilag 1. Socialudvalgets redegørelse for opfyldelsen af målene i integrationspolitikken 2011",
    );
    expect(next.initiatives).toBe(round2010.initiatives);
    expect(() => checkedRound(next)).not.toThrow();
  });
});
