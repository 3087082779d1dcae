import { DomainError } from "../errors.ts";
import { formatShare } from "../law/format-parameter.ts";
import type { ParameterReader, Threshold } from "../law/parameter-reader.ts";
import { multiply } from "../law/rational.ts";
import { DECIMAL_SCALE } from "../law/scaled-decimal.ts";
import { type AveragingMethod, averageShare, meanOf } from "./averaging.ts";
import { type Criterion, countCriterion, criterion } from "./criterion.ts";
import type { CountColumn } from "./department-year-facts.ts";
import { comparatorWordsIn, countLabel, ratioLabel, shareLabel, yearsText } from "./labels.ts";
import { type AreaContext, perList } from "./rule-version.ts";
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

/** The averaging's years and method: the same for every area of a list. */
function averaging(area: AreaContext) {
  return perList(area, "averaging", () => ({
    method: area.reader.text(averagingMethodParameter) as AveragingMethod,
    offsets: averagingOffsets(area.reader),
    years: averagingOffsets(area.reader).map((offset) => area.factsYear + offset),
  }));
}

function averaged(area: AreaContext, numerator: CountColumn, denominator: CountColumn) {
  const { method, offsets, years } = averaging(area);
  if (method === "samlet") {
    // Σ numerators ÷ Σ denominators (averaging.ts), added in ten-thousandths as the sums are kept:
    // exact, and without a list per area; a sum that is not exact that way goes the general way.
    let numeratorSum = 0;
    let denominatorSum = 0;
    for (const offset of offsets) {
      const facts = area.facts(offset);
      numeratorSum += facts.scaledTotal(numerator);
      denominatorSum += facts.scaledTotal(denominator);
    }
    if (Number.isSafeInteger(numeratorSum) && Number.isSafeInteger(denominatorSum)) {
      return { numerator: numeratorSum / DECIMAL_SCALE, denominator: denominatorSum / DECIMAL_SCALE, years };
    }
  }
  const yearShares = offsets.map((offset, i) => {
    const facts = area.facts(offset);
    return {
      year: years[i] as number,
      numerator: facts.total(numerator),
      denominator: facts.total(denominator),
    };
  });
  return { ...averageShare(yearShares, method), years };
}

const lang = (area: AreaContext) => area.language ?? "da";

/** The facts year alone, as the years a criterion read (one array per list, not per area). */
const factsYearOnly = (area: AreaContext) => perList(area, "facts_year", () => [area.factsYear]);

export function residentsCriterion(area: AreaContext, parameterId: string): Criterion {
  const { threshold, label } = perList(area, `residents|${parameterId}`, () => {
    const threshold = area.reader.threshold(parameterId);
    return { threshold, label: countLabel(threshold, criterionTexts.residents[lang(area)], lang(area)) };
  });
  return countCriterion({
    id: "residents",
    label,
    count: area.facts(0).total("residents"),
    threshold,
    years: factsYearOnly(area),
  });
}

export function nonWesternCriterion(area: AreaContext, parameterId: string): Criterion {
  const { threshold, label } = perList(area, `non_western|${parameterId}`, () => {
    const threshold = area.reader.threshold(parameterId);
    return { threshold, label: shareLabel(threshold, criterionTexts.nonWestern[lang(area)], lang(area)) };
  });
  const facts = area.facts(0);
  return criterion({
    id: "non_western",
    label,
    numerator: facts.total("non_western_immigrants_descendants"),
    denominator: facts.total("residents"),
    threshold,
    years: factsYearOnly(area),
  });
}

/** A share averaged over the averaging's years, against a threshold read as it is. */
function averagedShareCriterion(
  area: AreaContext,
  id: "outside_work_or_education" | "convicted",
  parameterId: string,
  text: string,
  numerator: CountColumn,
  denominator: CountColumn,
): Criterion {
  const { threshold, label } = perList(area, `${id}|${parameterId}`, () => {
    const threshold = area.reader.threshold(parameterId);
    return {
      threshold,
      label: shareLabel(threshold, `${text} ${yearsText(averaging(area).years, lang(area))}`, lang(area)),
    };
  });
  const average = averaged(area, numerator, denominator);
  return criterion({
    id,
    label,
    numerator: average.numerator,
    denominator: average.denominator,
    ...(average.exactValue === undefined ? {} : { exactValue: average.exactValue }),
    threshold,
    years: average.years,
  });
}

export function outsideWorkOrEducationCriterion(area: AreaContext, parameterId: string): Criterion {
  const text = criterionTexts.outsideWorkOrEducation[lang(area)];
  return averagedShareCriterion(
    area,
    "outside_work_or_education",
    parameterId,
    text,
    "outside_labour_or_education_18_64",
    "residents_18_64",
  );
}

export function convictedShareCriterion(area: AreaContext, parameterId: string): Criterion {
  const text = criterionTexts.convicted[lang(area)];
  return averagedShareCriterion(
    area,
    "convicted",
    parameterId,
    text,
    "convicted_18_plus",
    "residents_18_plus",
  );
}

/** "At least N × the national average": the threshold is N × the mean of the years' national shares. */
export function convictedVsNationalCriterion(area: AreaContext, parameterId: string): Criterion {
  const { threshold, label } = perList(area, `convicted_vs_national|${parameterId}`, () => {
    const multiple = area.reader.threshold(parameterId);
    const { years } = averaging(area);
    const national = meanOf(years.map((year) => area.nationalConvictionShare(year)));
    const text = criterionTexts.convictedVsNational[lang(area)];
    return {
      threshold: { ...multiple, value: multiply(multiple.value, national) } satisfies Threshold,
      label: ratioLabel(multiple, `${text} ${yearsText(years, lang(area))}`, lang(area)),
    };
  });
  const average = averaged(area, "convicted_18_plus", "residents_18_plus");
  return criterion({
    id: "convicted",
    label,
    numerator: average.numerator,
    denominator: average.denominator,
    ...(average.exactValue === undefined ? {} : { exactValue: average.exactValue }),
    threshold,
    years: average.years,
    note: criterionTexts.convictedVsNationalNote[lang(area)],
  });
}

export function basicEducationCriterion(area: AreaContext, parameterId: string): Criterion {
  const { threshold, label } = perList(area, `basic_education|${parameterId}`, () => {
    const threshold = area.reader.threshold(parameterId);
    return { threshold, label: shareLabel(threshold, criterionTexts.basicEducation[lang(area)], lang(area)) };
  });
  const facts = area.facts(0);
  return criterion({
    id: "basic_education",
    label,
    numerator: facts.total("basic_education_only_30_59"),
    denominator: facts.total("residents_30_59"),
    threshold,
    years: factsYearOnly(area),
  });
}

/** Mean income (sum ÷ taxpayers) compared with a fraction of the region's mean for the same group. */
export function incomeCriterion(area: AreaContext, parameterId: string): Criterion {
  const facts = area.facts(0);
  const region = facts.region(area.areaId);
  // The threshold is the region's: one per region and list.
  const { threshold, label } = perList(area, `income|${parameterId}|${region}`, () => {
    const ratio = area.reader.threshold(parameterId);
    const regionMean = area.regionMeanIncome(region, area.factsYear);
    return {
      threshold: { ...ratio, value: multiply(ratio.value, regionMean) } satisfies Threshold,
      label: incomeText(
        comparatorWordsIn[lang(area)][ratio.comparator],
        formatShare(ratio.value, lang(area)),
        lang(area),
      ),
    };
  });
  return criterion({
    id: "income",
    label,
    numerator: facts.total("gross_income_sum_15_64_excl_students"),
    denominator: facts.total("taxpayers_15_64_excl_students"),
    threshold,
    years: factsYearOnly(area),
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

/** N of "each of the preceding N years" (2018 and 2021: the hard ghetto and transformation areas). */
export const consecutiveYearsParameter = "omraader.foregaaende_aar_i_traek";

/** The earlier lists `consecutiveYearsCriterion` reads at most: N, the threshold. */
export function consecutiveListsRead(reader: ParameterReader): number {
  const { value } = reader.threshold(consecutiveYearsParameter);
  return Number(value.num / value.den);
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
