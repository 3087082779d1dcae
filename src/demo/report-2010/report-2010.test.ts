import { describe, expect, it } from "vitest";
import {
  policyFollowUpDataSchema,
  reportingRoundSchema,
} from "../../domain/policy/report/reporting-round.ts";
import { demoData, round2010 } from "./index.ts";
import { normaliseText, quotedPieces, readSource } from "./verbatim.ts";

describe("the 2010 report as data", () => {
  it("parses with the round schema (ids unique, references resolve)", () => {
    const parsed = reportingRoundSchema.safeParse(round2010);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(policyFollowUpDataSchema.safeParse(demoData).success).toBe(true);
  });

  it("is SUD's answer to BIF of 4 March 2010 on goals a, b and c", () => {
    expect(round2010).toMatchObject({
      committeeCode: "SUD",
      requestedByCode: "BIF",
      requestDate: "2010-03-04",
      year: 2010,
    });
    expect(round2010.goals.map((g) => g.code)).toEqual(["a", "b", "c"]);
    expect(round2010.assessments.map((a) => a.goalCode)).toEqual(["a", "b", "c"]);
  });

  it("holds all 18 initiatives, 13 serving the goals and 5 beyond them, in the report's order", () => {
    const names = round2010.initiatives.map((i) => i.name);
    expect(names).toEqual([
      "Aftalen med de almene boligorganisationer om nye udlejningsmodeller",
      "Styrket SSP indsats, herunder SSP+",
      "Den Korte Snor",
      "Den Korte Snor +",
      "Helhedsorienteret gadeplansindsats",
      "Socialrådgivere på Skolerne",
      "Ressourcecenter Ydre Nørrebro",
      "Gadepulsen",
      "Væresteder for unge over 18 år",
      "Den Flyvende Hollænder",
      "Nexus",
      "Projekt Bydelsmødre",
      "Partnerskabsaftale med Dansk Flygtningehjælp",
      "§ 18 midler til integrationsformål",
      "Kringlebakken",
      "FAKTI",
      "Indvandrere Kvindecenter (IKC)",
      "Helhedsplaner",
    ]);
    expect(round2010.initiatives.filter((i) => i.statusReport.kind === "serving_goals")).toHaveLength(13);
    expect(round2010.initiatives.filter((i) => i.statusReport.kind === "beyond_goals")).toHaveLength(5);
    expect(round2010.initiatives.filter((i) => i.isNew).map((i) => i.id)).toEqual([
      "den-korte-snor-plus",
      "ressourcecenter-ydre-noerrebro",
      "vaeresteder",
      "nexus",
    ]);
  });

  it("quotes the report verbatim everywhere it claims to", () => {
    const source = readSource();
    const missing = quotedPieces(round2010).filter((p) => !source.includes(normaliseText(p.text)));
    expect(missing).toEqual([]);
    expect(quotedPieces(round2010).length).toBeGreaterThan(250);
  });

  it("keeps every status-schema field non-empty", () => {
    for (const initiative of round2010.initiatives) {
      for (const [field, text] of Object.entries(initiative.statusReport.fields)) {
        expect(text.length, `${initiative.id}.${field}`).toBeGreaterThan(0);
      }
    }
  });

  it("keeps the stated totals as printed, even where they do not add up", () => {
    const table = round2010.budget.tables[0];
    const vaeresteder = table?.lines.find((l) => l.id === "vaeresteder");
    expect(vaeresteder?.statedTotal).toEqual({ amount: 41_000_000, statedText: "41 mio." });
    expect(table?.statedYearTotals["2010"]).toEqual({ amount: 85_350_000, statedText: "85,35" });
    expect(round2010.budget.tables[1]?.statedGrandTotal).toEqual({ amount: 15_200_000, statedText: "15,2" });
  });

  it("carries the success criteria named in the text", () => {
    const targets = round2010.initiatives.flatMap((i) =>
      i.successCriteria.flatMap((c) =>
        c.target === null ? [] : [`${i.id}:${c.target.value}:${c.target.unit}:${c.target.deadline}`],
      ),
    );
    expect(targets).toEqual([
      "udlejningsaftalen:10:percentage_points:2010-12-31",
      "bydelsmoedre:100:count:2010-06-30",
      "bydelsmoedre:80:percent:2010-12-31",
      "bydelsmoedre:60:percent:2010-12-31",
      "dansk-flygtningehjaelp:750:count:2010-12-31",
      "dansk-flygtningehjaelp:30:count:2010-12-31",
      "kringlebakken:70:percent:2010-12-31",
      "kringlebakken:70:percent:2010-12-31",
      "kringlebakken:50:percent:2010-12-31",
      "kringlebakken:40:percent:2010-12-31",
      "fakti:60:count:2010-12-31",
    ]);
    const absence = round2010.initiatives
      .find((i) => i.id === "socialraadgivere-paa-skolerne")
      ?.successCriteria[0]?.measurements.map((m) => m.value);
    expect(absence).toEqual([3.0, 1.7]);
    expect(round2010.goals[1]?.indicators[0]?.target).toMatchObject({
      value: 10,
      unit: "percent_of_baseline",
    });
  });
});
