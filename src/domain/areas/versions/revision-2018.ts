import type { AreaCategory } from "../area-category.ts";
import type { AreaContext, AreaOutcome, RuleVersion } from "../rule-version.ts";
import {
  averagingOffsets,
  consecutiveListsRead,
  consecutiveYearsCriterion,
  consecutiveYearsParameter,
  criteriaCountCriterion,
  nonWesternCriterion,
  residentsCriterion,
} from "../vulnerable-area-criteria.ts";
import { fourCriteria, fourCriteriaColumns } from "./four-criteria.ts";

/**
 * Revision 2018 (bill L 38 of 2018-19; first list 1 December 2018), § 61 a:
 *   Udsat boligområde: mindst 1.000 beboere og mindst 2 af 4 kriterier (arbejde/uddannelse
 *     > 40 pct., 2 år; dømte ≥ 3 × landsgennemsnittet, 2 år; grunduddannelse > 60 pct.;
 *     indkomst < 55 pct. af regionens).
 *   Ghettoområde: et udsat boligområde med ikke-vestlige > 50 pct.
 *   Hårdt ghettoområde: a ghettoområde that met the criteria in each of the preceding 4 years,
 *     i.e. 5 lists in a row with the current one (settled, RULES.md §10); years on lists before
 *     2018 count. The 2021 omdannelsesområde counts from the same parameter.
 */
function classifyArea(area: AreaContext): AreaOutcome {
  const residents = residentsCriterion(area, "omraader.mindste_antal_beboere");
  const four = fourCriteria(area, "omraader");
  const count = criteriaCountCriterion(area, "omraader.mindste_antal_kriterier", four);
  const nonWestern = nonWesternCriterion(area, "omraader.ikke_vestlige_andel");
  const criteria = [residents, ...four, count, nonWestern];
  const categories: AreaCategory[] = [];
  if (residents.met && count.met) categories.push("udsat_boligomraade");
  if (categories.includes("udsat_boligomraade") && nonWestern.met) categories.push("ghettoomraade");
  if (categories.includes("ghettoomraade") && area.priorListing) {
    const streak = consecutiveYearsCriterion(area, consecutiveYearsParameter, "som ghettoområde");
    criteria.push(streak);
    if (streak.met) categories.push("haardt_ghettoomraade");
  }
  return { categories, criteria };
}

export const revision2018: RuleVersion = {
  id: "revision-2018",
  name: "Udsatte boligområder, ghettoområder og hårde ghettoområder (§ 61 a, L 38 2018-19)",
  nameEn: "Vulnerable housing areas, ghetto areas and hard ghetto areas (\u00a7 61 a, L 38 2018-19)",
  listKind: "vulnerable_areas",
  categories: ["udsat_boligomraade", "ghettoomraade", "haardt_ghettoomraade"],
  effectiveFrom: "2018-12-01",
  effectiveTo: "2021-11-29",
  source: {
    section: "almenboligloven § 61 a (2018)",
    bill: "L 38 (2018-19)",
    text: "Lovens nummer er ikke efterprøvet (verify).",
  },
  requiredColumns: fourCriteriaColumns.required,
  averagedColumns: fourCriteriaColumns.averaged,
  requiredYearOffsets: averagingOffsets,
  priorListsRead: consecutiveListsRead,
  publicationDayParameter: "omraader.offentliggoerelsesdag",
  classifyArea,
};
