import { DomainError } from "../errors.ts";
import { formatShare } from "../law/format-parameter.ts";
import type { ParameterReader, Threshold } from "../law/parameter-reader.ts";
import { multiply } from "../law/rational.ts";
import { regionOf, total } from "./area-measures.ts";
import { type AveragingMethod, averageShare, meanOf } from "./averaging.ts";
import { type Criterion, countCriterion, criterion } from "./criterion.ts";
import type { CountColumn } from "./department-year-facts.ts";
import { comparatorWordsIn, countLabel, ratioLabel, shareLabel, yearsText } from "./labels.ts";
import type { AreaContext } from "./rule-version.ts";
import { criteriaMetText, criterionTexts, incomeText } from "./texts.ts";

/**
 * The criteria of the national lists from 2010 (ghetto list, revisions, reform), one function
 * each, shared by the rule versions. Each takes the id of the parameter that holds its
 * threshold, so a version only says *which* dated threshold applies.
 */

const averagingYearsParameter = "omraader.gennemsnit_aar";
const averagingMethodParameter = "omraader.gennemsnit_metode";

/** Year offsets of the multi-year average: 0, -1, … (the number of years is a dated parameter). */
export function averagingOffsets(reader: ParameterReader): number[] {
  const years = reader.number(averagingYearsParameter);
  return Array.from({ length: years }, (_, i) => -i);
}

function averaged(area: AreaContext, numerator: CountColumn, denominator: CountColumn) {
  const method = area.reader.text(averagingMethodParameter) as AveragingMethod;
  const years = averagingOffsets(area.reader).map((offset) => {
    const rows = area.departments(offset);
    return {
      year: area.factsYear + offset,
      numerator: total(rows, numerator),
      denominator: total(rows, denominator),
    };
  });
  return { ...averageShare(years, method), years: years.map((y) => y.year) };
}

const lang = (area: AreaContext) => area.language ?? "da";

export function residentsCriterion(area: AreaContext, parameterId: string): Criterion {
  const threshold = area.reader.threshold(parameterId);
  return countCriterion({
    id: "residents",
    label: countLabel(threshold, criterionTexts.residents[lang(area)], lang(area)),
    count: total(area.departments(0), "residents"),
    threshold,
    years: [area.factsYear],
  });
}

export function nonWesternCriterion(area: AreaContext, parameterId: string): Criterion {
  const threshold = area.reader.threshold(parameterId);
  const rows = area.departments(0);
  return criterion({
    id: "non_western",
    label: shareLabel(threshold, criterionTexts.nonWestern[lang(area)], lang(area)),
    numerator: total(rows, "non_western_immigrants_descendants"),
    denominator: total(rows, "residents"),
    threshold,
    years: [area.factsYear],
  });
}

export function outsideWorkOrEducationCriterion(area: AreaContext, parameterId: string): Criterion {
  const threshold = area.reader.threshold(parameterId);
  const average = averaged(area, "outside_labour_or_education_18_64", "residents_18_64");
  return criterion({
    id: "outside_work_or_education",
    label: shareLabel(
      threshold,
      `${criterionTexts.outsideWorkOrEducation[lang(area)]} ${yearsText(average.years, lang(area))}`,
      lang(area),
    ),
    numerator: average.numerator,
    denominator: average.denominator,
    ...(average.value === undefined ? {} : { exactValue: average.value }),
    threshold,
    years: average.years,
  });
}

export function convictedShareCriterion(area: AreaContext, parameterId: string): Criterion {
  const threshold = area.reader.threshold(parameterId);
  const average = averaged(area, "convicted_18_plus", "residents_18_plus");
  return criterion({
    id: "convicted",
    label: shareLabel(
      threshold,
      `${criterionTexts.convicted[lang(area)]} ${yearsText(average.years, lang(area))}`,
      lang(area),
    ),
    numerator: average.numerator,
    denominator: average.denominator,
    ...(average.value === undefined ? {} : { exactValue: average.value }),
    threshold,
    years: average.years,
  });
}

/** "At least N × the national average": the threshold is N × the mean of the years' national shares. */
export function convictedVsNationalCriterion(area: AreaContext, parameterId: string): Criterion {
  const multiple = area.reader.threshold(parameterId);
  const average = averaged(area, "convicted_18_plus", "residents_18_plus");
  const national = meanOf(average.years.map((year) => area.nationalConvictionShare(year)));
  const threshold: Threshold = { ...multiple, value: multiply(multiple.value, national) };
  return criterion({
    id: "convicted",
    label: ratioLabel(
      multiple,
      `${criterionTexts.convictedVsNational[lang(area)]} ${yearsText(average.years, lang(area))}`,
      lang(area),
    ),
    numerator: average.numerator,
    denominator: average.denominator,
    ...(average.value === undefined ? {} : { exactValue: average.value }),
    threshold,
    years: average.years,
    note: criterionTexts.convictedVsNationalNote[lang(area)],
  });
}

export function basicEducationCriterion(area: AreaContext, parameterId: string): Criterion {
  const threshold = area.reader.threshold(parameterId);
  const rows = area.departments(0);
  return criterion({
    id: "basic_education",
    label: shareLabel(threshold, criterionTexts.basicEducation[lang(area)], lang(area)),
    numerator: total(rows, "basic_education_only_30_59"),
    denominator: total(rows, "residents_30_59"),
    threshold,
    years: [area.factsYear],
  });
}

/** Mean income (sum ÷ taxpayers) compared with a fraction of the region's mean for the same group. */
export function incomeCriterion(area: AreaContext, parameterId: string): Criterion {
  const ratio = area.reader.threshold(parameterId);
  const rows = area.departments(0);
  const regionMean = area.regionMeanIncome(regionOf(rows, area.areaId), area.factsYear);
  return criterion({
    id: "income",
    label: incomeText(
      comparatorWordsIn[lang(area)][ratio.comparator],
      formatShare(ratio.value, lang(area)),
      lang(area),
    ),
    numerator: total(rows, "gross_income_sum_15_64_excl_students"),
    denominator: total(rows, "taxpayers_15_64_excl_students"),
    threshold: { ...ratio, value: multiply(ratio.value, regionMean) },
    years: [area.factsYear],
    note: criterionTexts.incomeNote[lang(area)],
  });
}

/** "At least K of the criteria": the count is the numerator, so it shows like any criterion. */
export function criteriaCountCriterion(
  area: AreaContext,
  parameterId: string,
  criteria: readonly Criterion[],
  id = "criteria_count",
): Criterion {
  const threshold = area.reader.threshold(parameterId);
  return countCriterion({
    id,
    label: countLabel(threshold, criteriaMetText(criteria.length, lang(area)), lang(area)),
    count: criteria.filter((c) => c.met).length,
    threshold,
  });
}

/**
 * "Has met the criteria in each of the preceding N years": the area is ghetto-like on the
 * current list (the caller checked it) and on the N lists before it, so N + 1 lists in a row.
 * The threshold is N, the preceding lists (RULES.md §10: an area on the lists 2016-2020 is hard
 * in 2020). Counts back list by list and stops at the first list the area was not on; each
 * list's basis (published list or recomputed from facts) is named in the note.
 */
export function consecutiveYearsCriterion(area: AreaContext, parameterId: string, what: string): Criterion {
  const threshold = area.reader.threshold(parameterId);
  if (!area.priorListing) {
    throw new DomainError("invalid_input", {
      da: "consecutiveYearsCriterion kræver tidligere års status",
      en: "consecutiveYearsCriterion needs the status of earlier years",
    });
  }
  const needed = Number(threshold.value.num / threshold.value.den);
  const years = [area.listYear];
  const bases = [`${area.listYear}: i år`];
  for (let back = 1; back <= needed; back++) {
    const prior = area.priorListing(back);
    bases.push(
      `${prior.listYear}: ${prior.ghettoLike ? "ja" : "nej"} (${basisText[prior.basis]}${prior.ruleVersionId ? ` ${prior.ruleVersionId}` : ""})`,
    );
    if (!prior.ghettoLike) break;
    years.push(prior.listYear);
  }
  return countCriterion({
    id: "consecutive_years",
    label: countLabel(
      threshold,
      `foregående år i træk ${what} ud over i år (${needed + 1} lister i træk med den aktuelle)`,
    ),
    count: years.length - 1,
    threshold,
    years,
    note: bases.join("; "),
  });
}

const basisText = {
  published: "offentliggjort liste",
  facts: "genberegnet på fakta",
  no_list: "ingen liste",
} as const;
