import type { Criterion } from "../criterion.ts";
import type { AreaContext } from "../rule-version.ts";
import {
  basicEducationCriterion,
  convictedVsNationalCriterion,
  incomeCriterion,
  outsideWorkOrEducationCriterion,
} from "../vulnerable-area-criteria.ts";

/**
 * The four criteria shared by "udsat boligområde" (2018, 2021) and "forebyggelsesområde"
 * (2021, with its own thresholds): work/education, convictions vs the national average,
 * basic education, income vs the region. `prefix` picks the parameter folder.
 */
export function fourCriteria(area: AreaContext, prefix: "omraader" | "omraader.forebyggelse"): Criterion[] {
  return [
    outsideWorkOrEducationCriterion(area, `${prefix}.uden_for_arbejde_eller_uddannelse_andel`),
    convictedVsNationalCriterion(area, `${prefix}.domfaeldte_gange_landsgennemsnit`),
    basicEducationCriterion(area, `${prefix}.grundskole_andel`),
    incomeCriterion(area, `${prefix}.indkomst_andel_af_regionens_gennemsnit`),
  ];
}

export const fourCriteriaColumns = {
  required: [
    "residents",
    "non_western_immigrants_descendants",
    "residents_30_59",
    "basic_education_only_30_59",
    "taxpayers_15_64_excl_students",
    "gross_income_sum_15_64_excl_students",
    "region",
  ],
  averaged: [
    "residents_18_64",
    "outside_labour_or_education_18_64",
    "residents_18_plus",
    "convicted_18_plus",
  ],
} as const;
