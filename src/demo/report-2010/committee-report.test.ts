import { describe, expect, it } from "vitest";
import { DomainError } from "../../domain/errors.ts";
import { buildCommitteeReport } from "../../domain/policy/report/build-committee-report.ts";
import type {
  BudgetSection,
  StatusSchemasSection,
  TableView,
} from "../../domain/policy/report/committee-report.ts";
import { demoData, round2010 } from "./index.ts";

const model = buildCommitteeReport(demoData, { committee: "SUD", year: 2010 });

function budget(report = model): BudgetSection {
  const section = report.sections[3];
  if (section?.kind !== "budget_overview") throw new Error("section 4 is the overview");
  return section;
}

function row(table: TableView | undefined, label: string): readonly string[] {
  const found = table?.rows.find((r) => r.cells[0]?.text === label);
  return found?.cells.map((c) => `${c.text}${c.marker ?? ""}`) ?? [];
}

describe("buildCommitteeReport", () => {
  it("has the seed's title block and four numbered sections", () => {
    expect(model.title).toBe(
      "Bilag 1. Socialudvalgets redegørelse for opfyldelsen af målene i integrationspolitikken 2010",
    );
    expect(model.recipient).toBe("Til Beskæftigelses- og Integrationsforvaltningen");
    expect(model.date).toBe("4. marts 2010");
    expect(model.meta).toContainEqual({ label: "Sagsnr.", value: "2010-38835" });
    expect(model.sections.map((s) => s.heading.slice(0, 2))).toEqual(["1.", "2.", "3.", "4."]);
  });

  it("puts the goal assessments with status, recommendation, indicators and charts in section 1", () => {
    const section = model.sections[0];
    if (section?.kind !== "goal_assessments") throw new Error("section 1");
    expect(section.goals.map((g) => g.summary.map((s) => s.value).join(" / "))).toEqual([
      "Målet forventes nået / Målet fastholdes",
      "Målet forventes nået / Målet fastholdes",
      "Kan endnu ikke vurderes / Målet fastholdes",
    ]);
    const b = section.goals[1];
    expect(b?.blocks.some((block) => block.kind === "table")).toBe(true);
    expect(b?.charts.map((c) => c.id)).toEqual([
      "chart-b-andel-overfoerselsindkomst",
      "chart-flyttemoenster-2006-2008",
    ]);
    expect(section.goals[0]?.charts[0]?.reference?.value).toBe(2);
  });

  it("lays the status schemas out in the two layouts with the round's labels", () => {
    const [serving, beyond] = [model.sections[1], model.sections[2]] as StatusSchemasSection[];
    expect(serving?.schemas).toHaveLength(13);
    expect(beyond?.schemas).toHaveLength(5);
    expect(serving?.schemas[0]?.rows.map((r) => r.label)).toEqual([
      "Økonomi",
      "Målgruppe",
      "Beskriv aktiviteterne",
      "Indsatsens mål",
      "Hvordan bidrager indsatsen til opnåelse af mål i integrationspolitikken",
      "Planlagt opfølgning",
      "Status i forhold til målopfyldelse",
    ]);
    expect(beyond?.schemas[0]?.rows.map((r) => r.label)).toEqual([
      "Økonomi",
      "Målgruppe",
      "Aktivitet",
      "Mål i 2009/2010",
      "Status på indsatsen",
    ]);
    expect(serving?.schemas.find((s) => s.initiativeId === "nexus")?.heading).toBe("Nexus (ny)");
  });

  it("computes year totals and grand totals in mio. kr. with a decimal comma", () => {
    const [goals, beyond] = budget().tables;
    expect(row(goals, "I alt")).toEqual(["I alt", "69,40", "85,35", "66,55", "59,85", "281,15‡"]);
    expect(row(beyond, "I alt")).toEqual(["I alt", "1,30", "5,90", "4,00", "4,00", "15,20‡"]);
  });

  it("shows the computed line total and says what the report stated where they differ", () => {
    const [goals] = budget().tables;
    expect(row(goals, "Væresteder for unge mellem 18 og 23 år")).toEqual([
      "Væresteder for unge mellem 18 og 23 år",
      "3,60",
      "10,35",
      "9,55",
      "9,55",
      "33,05†",
    ]);
    expect(goals?.footnotes.find((f) => f.marker === "†")?.text).toContain("redegørelsen angav 41,00");
  });

  it("keeps the footnotes and makes the lump sums' exclusion explicit", () => {
    const [goals, beyond] = budget().tables;
    expect(row(goals, "Bydelsmødre og kommunale kvindeambassadører")).toEqual([
      "Bydelsmødre og kommunale kvindeambassadører",
      "-",
      "-",
      "0,00",
      "0,00",
      "2,37*",
    ]);
    expect(goals?.footnotes.map((f) => f.marker)).toEqual(["*", "†", "‡"]);
    expect(beyond?.footnotes.map((f) => f.marker)).toEqual(["**", "‡"]);
    expect(beyond?.footnotes[1]?.text).toContain("Helhedsplaner (319,00)");
    expect(row(beyond, "FAKTI")[1]).toBe("");
  });

  it("computes totals from the amounts, not from the stated figures", () => {
    const [table, ...rest] = round2010.budget.tables;
    if (table === undefined) throw new Error("fixture");
    const changed = {
      ...table,
      lines: table.lines.map((l) =>
        l.id === "nexus"
          ? { ...l, cells: { ...l.cells, "2010": { kind: "amount" as const, amount: 24_600_000 } } }
          : l,
      ),
    };
    const data = {
      ...demoData,
      rounds: [{ ...round2010, budget: { ...round2010.budget, tables: [changed, ...rest] } }],
    };
    const report = buildCommitteeReport(data, { committee: "SUD", year: 2010 });
    expect(row(budget(report).tables[0], "I alt")[2]).toBe("86,35");
  });

  it("refuses a committee or year without a round", () => {
    expect(() => buildCommitteeReport(demoData, { committee: "SUD", year: 2011 })).toThrow(DomainError);
    try {
      buildCommitteeReport(demoData, { committee: "BUU", year: 2010 });
    } catch (error) {
      expect((error as DomainError).code).toBe("not_found");
    }
  });
});
