import type { Threshold } from "../../law/parameter-reader.ts";
import type { AreaCategory } from "../area-category.ts";
import { highestDepartmentShare } from "../area-measures.ts";
import { type Criterion, countCriterion, criterion } from "../criterion.ts";
import { countLabel, shareLabel } from "../labels.ts";
import { type AreaContext, type AreaOutcome, perList, type RuleVersion } from "../rule-version.ts";
import { criterionTexts } from "../texts.ts";

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

/** The thresholds and labels: the same for every area of a list. */
function shown(area: AreaContext) {
  return perList(area, "copenhagen_typology", () => {
    const language = area.language ?? "da";
    const department = (parameterId: string, name: string) => {
      const threshold = area.reader.threshold(parameterId);
      const label = shareLabel(threshold, criterionTexts.oneDepartment18Plus[language], language);
      return { threshold, label: `${name}: ${label.toLowerCase()}` };
    };
    const residents = area.reader.threshold(p.udsatResidents);
    const residentsLabel = countLabel(residents, criterionTexts.residentsInArea[language], language);
    return {
      udsat: department(p.udsatShare, criterionTexts.udsat[language]),
      highRisk: department(p.highRisk, criterionTexts.hoejrisiko[language]),
      risk: department(p.risk, criterionTexts.risiko[language]),
      residents: {
        threshold: residents,
        label: `${criterionTexts.udsat[language]}: ${residentsLabel.toLowerCase()}`,
      },
      years: [area.factsYear],
    };
  });
}

function classifyArea(area: AreaContext): AreaOutcome {
  const facts = area.facts(0);
  const highest = highestDepartmentShare(facts.rows, "outside_labour_market_18_plus", "residents_18_plus");
  const list = shown(area);
  const departmentCriterion = (id: string, test: { threshold: Threshold; label: string }): Criterion =>
    criterion({
      id,
      label: test.label,
      numerator: highest.numerator,
      denominator: highest.denominator,
      threshold: test.threshold,
      years: list.years,
      departmentId: highest.departmentId,
    });
  const residents = countCriterion({
    id: "udsat_residents",
    label: list.residents.label,
    count: facts.total("residents"),
    threshold: list.residents.threshold,
    years: list.years,
  });
  const udsat = departmentCriterion("udsat_department", list.udsat);
  const highRisk = departmentCriterion("hoejrisiko_department", list.highRisk);
  const risk = departmentCriterion("risiko_department", list.risk);
  const category: AreaCategory =
    udsat.met && residents.met ? "udsat" : highRisk.met ? "hoejrisiko" : risk.met ? "risiko" : "neutral";
  return { categories: [category], criteria: [udsat, residents, highRisk, risk] };
}

export const copenhagenTypology: RuleVersion = {
  id: "copenhagen-typology",
  name: "Københavns Kommunes områdetypologi (udsat, højrisiko/40+, risiko, neutral)",
  nameEn: "The City of Copenhagen's area typology (vulnerable, high risk/40+, risk, neutral)",
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
  priorListsRead: () => 0,
  publicationDayParameter: "kobenhavn.typologi.offentliggoerelsesdag",
  classifyArea,
};
