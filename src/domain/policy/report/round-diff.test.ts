import { describe, expect, it } from "vitest";
import { round2010 } from "../../../demo/report-2010/index.ts";
import type { BudgetTable } from "../budget/budget-overview.ts";
import { paragraph } from "../goals/rich-text.ts";
import type { Initiative } from "../initiatives/initiative.ts";
import type { ReportingRound } from "./reporting-round.ts";
import { diffRounds } from "./round-diff.ts";

function withFirstInitiative(round: ReportingRound, change: (i: Initiative) => Initiative): ReportingRound {
  const [first, ...rest] = round.initiatives;
  if (first === undefined) throw new Error("no initiatives");
  return { ...round, initiatives: [change(first), ...rest] };
}

describe("diffRounds", () => {
  it("finds nothing between a round and itself", () => {
    expect(diffRounds(round2010, round2010)).toEqual([]);
  });

  it("names the initiative and field whose text changed, with before and after", () => {
    const edited = withFirstInitiative(round2010, (i) => ({
      ...i,
      statusReport: {
        ...i.statusReport,
        fields: { ...i.statusReport.fields, status: [paragraph("Ny status.")] },
      } as Initiative["statusReport"],
    }));
    const changes = diffRounds(round2010, edited);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      kind: "status_field",
      initiativeId: round2010.initiatives[0]?.id,
      field: "status",
      after: "Ny status.",
    });
  });

  it("names the budget line and year of a changed amount", () => {
    const table = round2010.budget.tables[0] as BudgetTable;
    const line = table.lines.find((l) => l.cells["2010"]?.kind === "amount");
    if (line === undefined) throw new Error("no amount line");
    const changedTable: BudgetTable = {
      ...table,
      lines: table.lines.map((l) =>
        l.id === line.id ? { ...l, cells: { ...l.cells, "2010": { kind: "amount", amount: 123 } } } : l,
      ),
    };
    const edited: ReportingRound = {
      ...round2010,
      budget: { ...round2010.budget, tables: [changedTable, ...round2010.budget.tables.slice(1)] },
    };
    expect(diffRounds(round2010, edited)).toEqual([
      expect.objectContaining({
        kind: "budget_cell",
        tableId: table.id,
        lineId: line.id,
        year: 2010,
        after: "123",
      }),
    ]);
  });

  it("reports a corrected stated total of a line and of a year", () => {
    const table = round2010.budget.tables[0] as BudgetTable;
    const line = table.lines[0];
    if (line === undefined) throw new Error("no line");
    const changedTable: BudgetTable = {
      ...table,
      lines: table.lines.map((l) =>
        l.id === line.id ? { ...l, statedTotal: { amount: 7, statedText: "0,00" } } : l,
      ),
      statedYearTotals: { ...table.statedYearTotals, "2010": { amount: 9, statedText: "0,00" } },
    };
    const edited: ReportingRound = {
      ...round2010,
      budget: { ...round2010.budget, tables: [changedTable, ...round2010.budget.tables.slice(1)] },
    };
    const changes = diffRounds(round2010, edited);
    expect(changes).toContainEqual(
      expect.objectContaining({ kind: "stated_total", lineId: line.id, after: "7" }),
    );
    expect(changes).toContainEqual(expect.objectContaining({ kind: "stated_total", year: 2010, after: "9" }));
    expect(changes).toHaveLength(2);
  });

  it("reports initiatives that came and went", () => {
    const removed: ReportingRound = { ...round2010, initiatives: round2010.initiatives.slice(1) };
    const first = round2010.initiatives[0] as Initiative;
    expect(diffRounds(round2010, removed)).toContainEqual(
      expect.objectContaining({ kind: "initiative_removed", initiativeId: first.id }),
    );
    expect(diffRounds(removed, round2010)).toContainEqual(
      expect.objectContaining({ kind: "initiative_added", initiativeId: first.id }),
    );
  });
});
