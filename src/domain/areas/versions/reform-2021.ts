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
 * Reform 2021 (bill L 23 of 2021-22, in force 30 November 2021), § 61 a and § 61 b:
 *   Udsat boligområde: the four criteria of 2018, mindst 2 af 4.
 *   Parallelsamfund (formerly ghettoområde): udsat, and ikke-vestlige > 50 pct.
 *   Omdannelsesområde (formerly hårdt ghettoområde): parallelsamfund i hvert af de seneste 5 år,
 *     the current list and the 4 before it, counted like the hard ghetto of 2018 (one parameter).
 *   Forebyggelsesområde (§ 61 b): ikke-vestlige > 30 pct. og mindst 2 af 4 with their own
 *     thresholds (30 pct.; 2 ×; 60 pct.; 65 pct.).
 * An area can be both udsat and forebyggelsesområde here; `category` shows the most severe
 * and `categories` all (whether § 61 b excludes udsatte områder is not verified).
 */
function classifyArea(area: AreaContext): AreaOutcome {
  const residents = residentsCriterion(area, "omraader.mindste_antal_beboere");
  const four = fourCriteria(area, "omraader");
  const count = criteriaCountCriterion(area, "omraader.mindste_antal_kriterier", four);
  const nonWestern = nonWesternCriterion(area, "omraader.ikke_vestlige_andel");
  const preventionFour = fourCriteria(area, "omraader.forebyggelse").map((c) => ({
    ...c,
    id: `prevention_${c.id}`,
  }));
  const preventionCount = criteriaCountCriterion(
    area,
    "omraader.forebyggelse.mindste_antal_kriterier",
    preventionFour,
    "prevention_criteria_count",
  );
  const preventionNonWestern = {
    ...nonWesternCriterion(area, "omraader.forebyggelse.ikke_vestlige_andel"),
    id: "prevention_non_western",
  };
  const criteria = [
    residents,
    ...four,
    count,
    nonWestern,
    preventionNonWestern,
    ...preventionFour,
    preventionCount,
  ];
  const categories: AreaCategory[] = [];
  if (residents.met && count.met) categories.push("udsat_boligomraade");
  if (categories.includes("udsat_boligomraade") && nonWestern.met) categories.push("parallelsamfund");
  if (categories.includes("parallelsamfund") && area.priorListing) {
    const streak = consecutiveYearsCriterion(
      area,
      consecutiveYearsParameter,
      "som parallelsamfund eller ghettoområde",
    );
    criteria.push(streak);
    if (streak.met) categories.push("omdannelsesomraade");
  }
  if (residents.met && preventionNonWestern.met && preventionCount.met)
    categories.push("forebyggelsesomraade");
  return { categories, criteria };
}

export const reform2021: RuleVersion = {
  id: "reform-2021",
  name: "Udsatte boligområder, parallelsamfund, omdannelsesområder og forebyggelsesområder (§§ 61 a-61 b, L 23 2021-22)",
  nameEn:
    "Vulnerable housing areas, parallel societies, transformation areas and prevention areas (\u00a7\u00a7 61 a-61 b, L 23 2021-22)",
  listKind: "vulnerable_areas",
  categories: ["udsat_boligomraade", "parallelsamfund", "omdannelsesomraade", "forebyggelsesomraade"],
  effectiveFrom: "2021-11-30",
  source: {
    section: "almenboligloven §§ 61 a og 61 b (2021)",
    bill: "L 23 (2021-22)",
    text: "Lovens nummer er ikke efterprøvet (verify).",
  },
  requiredColumns: fourCriteriaColumns.required,
  averagedColumns: fourCriteriaColumns.averaged,
  requiredYearOffsets: averagingOffsets,
  priorListsRead: consecutiveListsRead,
  publicationDayParameter: "omraader.offentliggoerelsesdag",
  classifyArea,
};
