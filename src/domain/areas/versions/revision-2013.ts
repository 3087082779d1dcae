import type { AreaContext, AreaOutcome, RuleVersion } from "../rule-version.ts";
import {
  averagingOffsets,
  basicEducationCriterion,
  convictedShareCriterion,
  criteriaCountCriterion,
  incomeCriterion,
  nonWesternCriterion,
  outsideWorkOrEducationCriterion,
  residentsCriterion,
} from "../vulnerable-area-criteria.ts";

/**
 * Revision 2013 (bill L 45 of 2013-14; first list 1 February 2014, then each 1 December).
 * Mindst 1.000 beboere and mindst tre af følgende fem kriterier:
 *   1) 18-64 år uden arbejde eller uddannelse > 40 pct. (gennemsnit over 2 år);
 *   2) ikke-vestlige indvandrere og efterkommere > 50 pct.;
 *   3) dømte > 2,7 pct. af beboerne på 18 år og derover (gennemsnit over 2 år);
 *   4) 30-59 år med kun grunduddannelse > 50 pct. (uoplyst tæller som grunduddannelse);
 *   5) gennemsnitlig bruttoindkomst (15-64 år uden studerende) < 55 pct. af regionens.
 */
function classifyArea(area: AreaContext): AreaOutcome {
  const residents = residentsCriterion(area, "omraader.mindste_antal_beboere");
  const five = [
    outsideWorkOrEducationCriterion(area, "omraader.uden_for_arbejde_eller_uddannelse_andel"),
    nonWesternCriterion(area, "omraader.ikke_vestlige_andel"),
    convictedShareCriterion(area, "omraader.domfaeldte_andel"),
    basicEducationCriterion(area, "omraader.grundskole_andel"),
    incomeCriterion(area, "omraader.indkomst_andel_af_regionens_gennemsnit"),
  ];
  const count = criteriaCountCriterion(area, "omraader.mindste_antal_kriterier", five);
  return {
    categories: residents.met && count.met ? ["ghettoomraade"] : [],
    criteria: [residents, ...five, count],
  };
}

export const revision2013: RuleVersion = {
  id: "revision-2013",
  name: "Ghettolisten efter revisionen 2013 (§ 61 a, L 45 2013-14)",
  nameEn: "The ghetto list after the 2013 revision (\u00a7 61 a, L 45 2013-14)",
  listKind: "vulnerable_areas",
  categories: ["ghettoomraade"],
  effectiveFrom: "2014-02-01",
  effectiveTo: "2018-11-30",
  source: {
    section: "almenboligloven § 61 a (2013)",
    bill: "L 45 (2013-14)",
    text: "Lovens nummer er ikke efterprøvet (verify).",
  },
  requiredColumns: [
    "residents",
    "non_western_immigrants_descendants",
    "residents_30_59",
    "basic_education_only_30_59",
    "taxpayers_15_64_excl_students",
    "gross_income_sum_15_64_excl_students",
    "region",
  ],
  averagedColumns: [
    "residents_18_64",
    "outside_labour_or_education_18_64",
    "residents_18_plus",
    "convicted_18_plus",
  ],
  requiredYearOffsets: averagingOffsets,
  priorListsRead: () => 0,
  publicationDayParameter: "omraader.offentliggoerelsesdag",
  classifyArea,
};
