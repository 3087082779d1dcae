import type { AreaCategory } from "../area-category.ts";
import { highestDepartmentShare, total } from "../area-measures.ts";
import { type Criterion, countCriterion, criterion } from "../criterion.ts";
import { countLabel, shareLabel } from "../labels.ts";
import type { AreaContext, AreaOutcome, RuleVersion } from "../rule-version.ts";

/**
 * Københavns Kommunes own typology (the municipality's parameters, not law): udsatte områder,
 * højrisikoområder (= "40+ områder": an area with a department over 40 % of adults outside the
 * labour market), risikoområder, neutrale områder. Every test looks at the department with the
 * highest share of residents 18+ outside the labour market; "udsat" also needs enough residents.
 * The seed gives no thresholds beyond 40 %: the others are constructed parameters (verify).
 */
const p = {
  udsatShare: "kobenhavn.typologi.udsat_afdeling_andel",
  udsatResidents: "kobenhavn.typologi.udsat_mindste_antal_beboere",
  highRisk: "kobenhavn.typologi.hoejrisiko_afdeling_andel",
  risk: "kobenhavn.typologi.risiko_afdeling_andel",
} as const;

function classifyArea(area: AreaContext): AreaOutcome {
  const highest = highestDepartmentShare(
    area.departments(0),
    "outside_labour_market_18_plus",
    "residents_18_plus",
  );
  const departmentCriterion = (id: string, parameterId: string, name: string): Criterion => {
    const threshold = area.reader.threshold(parameterId);
    return criterion({
      id,
      label: `${name}: ${shareLabel(threshold, "af beboerne på 18 år og derover i mindst én afdeling er uden for arbejdsmarkedet").toLowerCase()}`,
      numerator: highest.numerator,
      denominator: highest.denominator,
      threshold,
      years: [area.factsYear],
      departmentId: highest.departmentId,
    });
  };
  const residentsThreshold = area.reader.threshold(p.udsatResidents);
  const residents = countCriterion({
    id: "udsat_residents",
    label: `Udsat: ${countLabel(residentsThreshold, "beboere i området").toLowerCase()}`,
    count: total(area.departments(0), "residents"),
    threshold: residentsThreshold,
    years: [area.factsYear],
  });
  const udsat = departmentCriterion("udsat_department", p.udsatShare, "Udsat");
  const highRisk = departmentCriterion("hoejrisiko_department", p.highRisk, "Højrisiko (40+)");
  const risk = departmentCriterion("risiko_department", p.risk, "Risiko");
  const category: AreaCategory =
    udsat.met && residents.met ? "udsat" : highRisk.met ? "hoejrisiko" : risk.met ? "risiko" : "neutral";
  return { categories: [category], criteria: [udsat, residents, highRisk, risk] };
}

export const copenhagenTypology: RuleVersion = {
  id: "copenhagen-typology",
  name: "Københavns Kommunes områdetypologi (udsat, højrisiko/40+, risiko, neutral)",
  listKind: "copenhagen_typology",
  categories: ["udsat", "hoejrisiko", "risiko", "neutral"],
  effectiveFrom: "2006-01-01",
  source: {
    document:
      'Københavns Kommunes områdetypologi (seedet, afsnit "Ad a" og evalueringen af udlejningsaftalen)',
    text: "Kommunens egne parametre; kun 40 %-grænsen står i seedet.",
  },
  requiredColumns: ["residents", "residents_18_plus", "outside_labour_market_18_plus"],
  averagedColumns: [],
  requiredYearOffsets: () => [0],
  publicationDayParameter: "kobenhavn.typologi.offentliggoerelsesdag",
  classifyArea,
};
