import type { AreaContext, AreaOutcome, RuleVersion } from "../rule-version.ts";
import {
  averagingOffsets,
  convictedShareCriterion,
  criteriaCountCriterion,
  nonWesternCriterion,
  outsideWorkOrEducationCriterion,
  residentsCriterion,
} from "../vulnerable-area-criteria.ts";

/**
 * Ghettolisten 2010 (almenboligloven § 61 a as of 2010, bill L 60 of 2010-11; first list
 * 26 October 2010, then each 1 October). A physically connected social housing area with
 * mindst 1.000 beboere meeting mindst to af følgende tre kriterier (text after "mindst to af
 * føl…" not seen: verify):
 *   1) indvandrere og efterkommere fra ikke-vestlige lande overstiger 50 pct.;
 *   2) beboere 18-64 år uden tilknytning til arbejdsmarked eller uddannelse overstiger 40 pct.
 *      (gennemsnit over 4 år);
 *   3) dømte overstiger 270 pr. 10.000 beboere på 18 år og derover (gennemsnit over 4 år).
 */
function classifyArea(area: AreaContext): AreaOutcome {
  const residents = residentsCriterion(area, "omraader.mindste_antal_beboere");
  const three = [
    nonWesternCriterion(area, "omraader.ikke_vestlige_andel"),
    outsideWorkOrEducationCriterion(area, "omraader.uden_for_arbejde_eller_uddannelse_andel"),
    convictedShareCriterion(area, "omraader.domfaeldte_andel"),
  ];
  const count = criteriaCountCriterion(area, "omraader.mindste_antal_kriterier", three);
  return {
    categories: residents.met && count.met ? ["ghettoomraade"] : [],
    criteria: [residents, ...three, count],
  };
}

export const ghettoList2010: RuleVersion = {
  id: "ghetto-list-2010",
  name: "Ghettolisten 2010 (§ 61 a, L 60 2010-11)",
  nameEn: "The ghetto list 2010 (\u00a7 61 a, L 60 2010-11)",
  listKind: "vulnerable_areas",
  categories: ["ghettoomraade"],
  effectiveFrom: "2010-10-26",
  effectiveTo: "2014-01-31",
  source: {
    section: "almenboligloven § 61 a (2010)",
    bill: "L 60 (2010-11)",
    text: "Lovens nummer er ikke efterprøvet (verify).",
  },
  requiredColumns: ["residents", "non_western_immigrants_descendants"],
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
