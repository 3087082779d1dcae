import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { round2010 } from "../../../demo/report-2010/round.ts";
import { DomainError } from "../../errors.ts";
import { nextYearContent } from "./next-year-round.ts";
import type { ReportingRound } from "./reporting-round.ts";
import { roundChecklist } from "./round-checklist.ts";
import { checkedRound } from "./round-edits.ts";
import {
  applyPartEdit,
  assessmentBodyFromText,
  assessmentBodyToText,
  type RoundPartEdit,
  roundPartEditSchema,
} from "./round-parts.ts";

const round2011 = checkedRound(
  nextYearContent(round2010, 2010, {
    committee: "SUD",
    year: 2011,
    requestDate: "2011-03-01",
    deadline: null,
  }),
);

function refusal(edit: () => unknown): DomainError {
  try {
    edit();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("the edit was accepted");
}

/** Applies an edit as the API receives it (parsed) and validates the result as the use case does. */
function edited(content = round2010, edit: RoundPartEdit) {
  const result = applyPartEdit(content, roundPartEditSchema.parse(edit));
  return { ...result, content: checkedRound(result.content) };
}

const B = "b-andel-overfoerselsindkomst";

function trackedB(content: ReportingRound) {
  return content.goals.find((g) => g.code === "b")?.indicators.find((t) => t.indicator.id === B);
}

describe("every part of a round is editable, one tagged edit per kind of part", () => {
  it("the header: case and document numbers, sender, addressee, date, with what they were", () => {
    const { content, details } = edited(round2010, {
      part: "header",
      caseNumber: "2011-1234",
      documentNumber: null,
      caseworker: "Anna Andersen",
      requestDate: "2010-03-05",
    });
    expect(content).toMatchObject({
      caseNumber: "2011-1234",
      documentNumber: null,
      caseworker: "Anna Andersen",
      requestDate: "2010-03-05",
      requestedByCode: "BIF",
    });
    expect(details).toMatchObject({ part: "header", before: { caseNumber: "2010-38835" } });
  });

  it("a section heading and the introduction from plain text", () => {
    const heading = edited(round2010, {
      part: "text",
      field: "sectionHeadings.assessments",
      text: "1. Mål i 2011",
    });
    expect(heading.content.sectionHeadings.assessments).toBe("1. Mål i 2011");
    const intro = edited(round2010, { part: "text", field: "introduction", text: "Første.\n\n– a\n– b" });
    expect(intro.content.introduction).toEqual([
      { kind: "paragraph", text: "Første." },
      { kind: "list", marker: "dash", items: ["a", "b"] },
    ]);
    expect(
      refusal(() => edited(round2010, { part: "text", field: "sectionHeadings.budget", text: " " })).code,
    ).toBe("invalid_input");
  });

  it("a goal's text, an indicator's name and a target's baseline", () => {
    const goal = edited(round2010, {
      part: "goal",
      goalCode: "a",
      text: "Ingen nye udsatte områder i 2011.",
    });
    expect(goal.content.goals[0]?.text).toBe("Ingen nye udsatte områder i 2011.");
    const target = round2010.goals[0]?.indicators[0]?.target;
    if (target === null || target === undefined) throw new Error("goal a has a target");
    const changed = edited(round2010, {
      part: "target",
      goalCode: "a",
      indicatorId: "a-omraader-paa-listen",
      target: { ...target, baseline: { value: 3, period: { kind: "year", year: 2010 }, source: "SM" } },
    });
    expect(changed.content.goals[0]?.indicators[0]?.target?.baseline?.value).toBe(3);
    const named = edited(round2010, { part: "indicator", goalCode: "b", indicatorId: B, name: "Ny andel" });
    expect(trackedB(named.content)?.indicator.name).toBe("Ny andel");
    expect(
      refusal(() => edited(round2010, { part: "goal", goalCode: "x", text: "y" })).details[0]?.field,
    ).toBe("goalCode");
  });

  it("measurements: added, corrected, deleted with the reason kept; a cited one is not deleted", () => {
    const m = {
      id: "b-2010",
      period: { kind: "year", year: 2010 } as const,
      value: 30.1,
      statedText: "30,1 %",
      approximate: false,
      source: "Danmarks Statistik",
      date: "2010-02-01",
    };
    const added = edited(round2010, {
      part: "measurement",
      action: "add",
      goalCode: "b",
      indicatorId: B,
      measurement: m,
    });
    expect(trackedB(added.content)?.measurements.at(-1)).toMatchObject({ id: "b-2010" });
    expect(
      refusal(() =>
        edited(added.content, {
          part: "measurement",
          action: "add",
          goalCode: "b",
          indicatorId: B,
          measurement: m,
        }),
      ).code,
    ).toBe("conflict");
    const corrected = edited(added.content, {
      part: "measurement",
      action: "correct",
      goalCode: "b",
      indicatorId: B,
      measurement: { ...m, value: 30.2, statedText: "30,2 %" },
      reason: "tastefejl",
    });
    expect(corrected.details).toMatchObject({
      before: { value: 30.1 },
      after: { value: 30.2 },
      reason: "tastefejl",
    });
    const deleted = edited(corrected.content, {
      part: "measurement_delete",
      goalCode: "b",
      indicatorId: B,
      measurementId: "b-2010",
      reason: "dobbelt indtastet",
    });
    expect(trackedB(deleted.content)?.measurements.some((x) => x.id === "b-2010")).toBe(false);
    expect(deleted.details).toMatchObject({
      action: "delete",
      reason: "dobbelt indtastet",
      before: { value: 30.2 },
    });
    const cited = refusal(() =>
      edited(round2010, {
        part: "measurement_delete",
        goalCode: "b",
        indicatorId: B,
        measurementId: "b-overfoersel-2006",
        reason: "x x",
      }),
    );
    expect(cited.code).toBe("conflict");
    // A delete without a reason is refused by the schema the route uses.
    expect(
      roundPartEditSchema.safeParse({
        part: "measurement_delete",
        goalCode: "b",
        indicatorId: B,
        measurementId: "x",
      }).success,
    ).toBe(false);
  });

  it("an assessment: status, caveats, recommendation and its text with evidence tables kept in place", () => {
    const before = round2010.assessments[1];
    if (before === undefined) throw new Error("goal b is assessed");
    const text = assessmentBodyToText(before.body);
    expect(text).toContain("[dokumentation: b-ev-tabel]");
    const { content } = edited(round2010, {
      part: "assessment",
      goalCode: "b",
      status: "at_risk",
      statusBasis: "Målet er i fare.",
      body: `Målet er i fare.\n\n${text}`,
      caveats: [{ kind: "external_factors", text: "Krisen." }],
      recommendation: "change",
      recommendationText: "Målet ændres.",
    });
    const after = content.assessments[1];
    expect(after).toMatchObject({
      status: "at_risk",
      recommendation: "change",
      caveats: [{ text: "Krisen." }],
    });
    expect(after?.body.slice(1)).toEqual(before.body);
    // An evidence line naming no evidence is refused when the round is validated.
    expect(
      refusal(() =>
        edited(round2010, { part: "assessment", goalCode: "b", body: "[dokumentation: findes-ikke]" }),
      ).code,
    ).toBe("invalid_input");
  });

  it("an assessment's text survives the trip through plain text", () => {
    const line = fc.stringMatching(/^[a-zæøå][a-zæøå ,.]{0,20}[a-zæøå.]$/);
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            line.map((text) => ({ kind: "paragraph" as const, text })),
            fc.constantFrom("ev-1", "ev-2").map((evidenceId) => ({ kind: "evidence" as const, evidenceId })),
            fc.array(line, { minLength: 1, maxLength: 3 }).map((items) => ({
              kind: "list" as const,
              marker: "bullet" as const,
              items,
            })),
          ),
          { maxLength: 6 },
        ),
        (body) => {
          // Two lists in a row read back as one list: the plain text cannot tell them apart.
          const merged = body.filter((b, i) => !(b.kind === "list" && body[i + 1]?.kind === "list"));
          expect(assessmentBodyFromText(assessmentBodyToText(merged))).toEqual(merged);
        },
      ),
    );
  });

  it("an initiative added (empty schema of its layout) and retired (its overview lines stay)", () => {
    const added = edited(round2010, {
      part: "initiative_add",
      initiativeId: "lektiecafe",
      name: "Lektiecafé",
      kind: "serving_goals",
      goalCodes: ["b"],
    });
    const cafe = added.content.initiatives.at(-1);
    expect(cafe).toMatchObject({ id: "lektiecafe", isNew: true, goalLinks: [{ goalCode: "b" }] });
    expect(Object.keys(cafe?.statusReport.fields ?? {})).toContain("plannedFollowUp");
    const retired = edited(round2010, { part: "initiative_retire", initiativeId: "nexus", reason: "Ophørt" });
    expect(retired.content.initiatives.some((i) => i.id === "nexus")).toBe(false);
    const lines = retired.content.budget.tables.flatMap((t) => t.lines).filter((l) => l.id === "nexus");
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((l) => l.initiativeId === null)).toBe(true);
    expect(retired.details).toMatchObject({ reason: "Ophørt", name: "Nexus" });
  });

  it("a budget cell and a stated total go through the same tagged edit as every other part", () => {
    const TABLE = "i-relation-til-maal";
    const tableOf = (content: ReportingRound) => content.budget.tables.find((t) => t.id === TABLE);
    const cell = edited(round2010, {
      part: "budget_cell",
      tableId: TABLE,
      lineId: "vaeresteder",
      year: 2010,
      cell: { kind: "amount", amount: 10_400_000 },
    });
    const line = tableOf(cell.content)?.lines.find((l) => l.id === "vaeresteder");
    expect(line?.cells["2010"]).toEqual({ kind: "amount", amount: 10_400_000 });
    expect(cell.details).toMatchObject({
      part: "budget_cell",
      before: { kind: "amount", amount: 10_350_000 },
    });

    const line2010 = edited(round2010, {
      part: "stated_total",
      tableId: TABLE,
      year: 2010,
      amount: 85_400_000,
    });
    expect(tableOf(line2010.content)?.statedYearTotals["2010"]?.amount).toBe(85_400_000);
    const grand = edited(round2010, { part: "stated_total", tableId: TABLE, amount: null });
    expect(tableOf(grand.content)?.statedGrandTotal).toBeNull();
    // A line and a year at once name no one total.
    const both = roundPartEditSchema.safeParse({
      part: "stated_total",
      tableId: TABLE,
      lineId: "nexus",
      year: 2010,
      amount: 1,
    });
    expect(both.success ? [] : both.error.issues.map((i) => i.path.join("."))).toEqual(["year"]);
    expect(
      refusal(() =>
        edited(round2010, {
          part: "budget_cell",
          tableId: TABLE,
          lineId: "nexus",
          year: 1999,
          cell: { kind: "dash" },
        }),
      ),
    ).toMatchObject({ details: [{ field: "year" }] });
  });
});

describe("a round rolled forward to the next year", () => {
  it("moves the overview's years, clears the case numbers and starts every goal unassessed", () => {
    expect(round2011.title).toContain("2011");
    expect(round2011).toMatchObject({
      year: 2011,
      caseNumber: null,
      documentNumber: null,
      requestDate: "2011-03-01",
    });
    const table = round2011.budget.tables[0];
    expect(table?.years).toEqual([2010, 2011, 2012, 2013]);
    const line = table?.lines.find((l) => l.id === "vaeresteder");
    const source = round2010.budget.tables[0]?.lines.find((l) => l.id === "vaeresteder");
    expect(line?.cells["2010"]).toEqual(source?.cells["2010"]);
    expect(line?.cells["2009"]).toBeUndefined();
    expect(line?.cells["2013"]).toBeUndefined();
    expect(round2011.assessments.every((a) => a.status === "not_yet_assessable")).toBe(true);
  });

  it("flags each text that names the old year, once per field, and the checklist shrinks as they are fixed", () => {
    const keys = roundChecklist(round2011).map((i) => i.key);
    expect(keys).toEqual(expect.arrayContaining(["caseNumber", "documentNumber", "assessment.a.status"]));
    expect(keys).toContain("sectionHeadings.assessments"); // "… målene i integrationspolitikken i 2010"
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).not.toContain("title"); // the title's year is replaced
    const heading = roundChecklist(round2011).find((i) => i.key === "sectionHeadings.assessments");
    expect(heading?.message).toBe(
      "Overskrift, afsnit 1: teksten nævner 2010 og er overført fra sidste års redegørelse; gennemgå den.",
    );

    let content = edited(round2011, { part: "header", caseNumber: "2011-1" }).content;
    content = edited(content, {
      part: "text",
      field: "sectionHeadings.assessments",
      text: "1. Vurdering af opfyldelsen af integrationspolitikkenes mål i 2011",
    }).content;
    content = edited(content, { part: "assessment", goalCode: "a", status: "on_track" }).content;
    const left = roundChecklist(content).map((i) => i.key);
    expect(left).toHaveLength(keys.length - 3);
    expect(left).not.toContain("caseNumber");
    // Reviewed and kept as it stands.
    const kept = left.find((k) => k.startsWith("initiative."));
    if (kept === undefined) throw new Error("a status schema names 2010");
    expect(roundChecklist(edited(content, { part: "review", key: kept }).content)).toHaveLength(
      left.length - 1,
    );
    expect(refusal(() => edited(content, { part: "review", key: "caseNumber" })).code).toBe("not_found");
  });
});
