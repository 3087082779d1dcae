import tCdf from "@stdlib/stats-base-dists-t-cdf";
import tQuantile from "@stdlib/stats-base-dists-t-quantile";
import { describe, expect, it } from "vitest";
import type { Finding } from "../../domain/policy/validation/finding.ts";
import { forecastContradictionRule } from "../../domain/policy/validation/rules/forecast-rules.ts";
import { validateReport, validationRules } from "../../domain/policy/validation/validate-report.ts";
import { round2010 } from "./index.ts";

function key(f: Finding): string {
  const where =
    f.location.initiativeId ?? (f.location.goalCode === undefined ? "" : `mål ${f.location.goalCode}`);
  return `${f.severity} ${f.ruleId} ${where}${f.location.column === undefined ? "" : ` [${f.location.column}]`}`;
}

/**
 * Every inconsistency in the seed, checked by hand against the report (see the comments), and
 * nothing else: the rows and columns that add up give no finding.
 */
describe("validation of the 2010 report", () => {
  const findings = validateReport(round2010);

  it("gets no forecast warning: no indicator of the seed has three measurements in one series", () => {
    const rule = forecastContradictionRule({ cdf: tCdf, quantile: tQuantile });
    expect(validateReport(round2010, [...validationRules, rule])).toEqual(findings);
  });

  it("reports exactly the seed's real inconsistencies", () => {
    expect(findings.map(key)).toEqual([
      // Væresteder: 3,6 + 10,35 + 9,55 + 9,55 = 33,05, but the overview prints 41 mio.
      "error budget.row_total vaeresteder [I alt]",
      // Væresteder 2010: Kapelvej 3 + Guldbergsgade 3,8 + Haraldsgadekvarteret 3,6 = 10,4 vs 10,35 in the overview.
      "error schema.amount_mismatch vaeresteder [2010]",
      // Goal b says "reduceres med 10 %", the letting agreement "falde med 10 procentpoint".
      "warning goal.target_unit_ambiguous udlejningsaftalen",
      // "modtager … data … for 2009 den 1. april 2009" in a report of 4 March 2010 (later: "efter 1. april 2010").
      "warning dates.expected_before_round mål b",
      // Helhedsplaner: "enkelte helhedsplaner som først iværksættes i løbet af 2009" (future tense about 2009).
      "warning dates.expected_before_round helhedsplaner",
      // Bydelsmødre: "ca. 180 200 samtaler" — two numbers.
      "warning measurement.stated_value bydelsmoedre",
      // *2,37 mio. and **319,0 mio. are lump sums left out of the year totals and of I alt (15,2 = without 319).
      "info budget.not_distributed bydelsmoedre [I alt]",
      "info budget.not_distributed helhedsplaner [I alt]",
      // Helhedsplaner: "gennemsnitligt ca. 63 mio. kr. årligt" for 2009 and 2010 vs one lump sum.
      "info schema.amount_not_comparable helhedsplaner [2009,2010]",
      // Amounts the schemas give for years outside the overview's 2009–2012.
      "info schema.amount_outside_overview dansk-flygtningehjaelp",
      "info schema.amount_outside_overview kringlebakken",
      "info schema.amount_outside_overview fakti",
      "info schema.amount_outside_overview ikc",
    ]);
  });

  it("names the figures on both sides", () => {
    const messages = findings.map((f) => f.message);
    expect(messages).toContain(
      "Væresteder for unge mellem 18 og 23 år: i alt er angivet til 41,00 mio. kr. (trykt som »41 mio.«), men årene 2009–2012 summerer til 33,05 mio. kr. (forskel 7,95 mio. kr.).",
    );
    expect(messages.some((m) => m.includes("10,40 mio. kr.") && m.includes("10,35 mio. kr."))).toBe(true);
  });

  it("finds no column total error: 69,4 / 85,35 / 66,55 / 59,85 and 1,3 / 5,9 / 4,0 / 4,0 / 15,2 all add up", () => {
    expect(findings.filter((f) => f.ruleId === "budget.column_total")).toEqual([]);
  });
});
