import { DomainError } from "../errors.ts";
import { covers, type IsoDate } from "../law/iso-date.ts";
import type { LegalSource, ParameterSet } from "../law/parameter.ts";
import { ParameterReader } from "../law/parameter-reader.ts";
import type { Rational } from "../law/rational.ts";
import type { ParameterUse } from "../law/value-on.ts";
import { type AreaCategory, bySeverity, ghettoLikeCategories, isListed } from "./area-category.ts";
import type { Criterion } from "./criterion.ts";
import { type DepartmentYearFacts, noReferenceFacts, type ReferenceFacts } from "./department-year-facts.ts";
import { type FactsIndex, indexFacts, requireFacts, rowsOf } from "./facts-index.ts";
import { listInForce } from "./facts-year.ts";
import type { PublishedListEntry } from "./published-list.ts";
import type { AreaContext, AreaOutcome, ListKind, PriorListing, RuleVersion } from "./rule-version.ts";
import { ruleVersions } from "./rule-versions.ts";

export interface AreaClassification {
  readonly areaId: string;
  readonly areaName: string;
  readonly municipality: string;
  readonly listed: boolean;
  /** The most severe category, or null when the area is on no list. */
  readonly category: AreaCategory | null;
  readonly categories: readonly AreaCategory[];
  readonly criteria: readonly Criterion[];
}

export interface Classification {
  readonly ruleVersion: { readonly id: string; readonly name: string; readonly source: LegalSource };
  readonly listKind: ListKind;
  readonly date: IsoDate;
  readonly listYear: number;
  readonly factsYear: number;
  readonly areas: readonly AreaClassification[];
  readonly parametersUsed: readonly ParameterUse[];
}

/** The list date; `factsYear` overrides the convention (attribution runs new rules on old facts). */
export interface ClassificationDate {
  readonly date: IsoDate;
  readonly factsYear?: number;
}

interface Inputs {
  readonly index: FactsIndex;
  readonly params: ParameterSet;
  readonly reference: ReferenceFacts;
  readonly published: readonly PublishedListEntry[];
}

/**
 * Applies one rule version to every area present in the facts year. Refuses (missing_fact)
 * before computing when a column or year the version reads is missing. "N consecutive years"
 * categories look at earlier lists: a published list for that year when given (it is the legal
 * record), otherwise the rule version then in force recomputed on that year's facts.
 */
export function classifyAreas(
  version: RuleVersion,
  facts: readonly DepartmentYearFacts[],
  when: ClassificationDate,
  params: ParameterSet,
  referenceFacts: ReferenceFacts = noReferenceFacts,
  publishedLists: readonly PublishedListEntry[] = [],
): Classification {
  const inputs: Inputs = {
    index: indexFacts(facts),
    params,
    reference: referenceFacts,
    published: publishedLists,
  };
  const reader = new ParameterReader(params, when.date);
  const run = prepare(version, when, reader, inputs);
  const areaIds = [...inputs.index.keys()].filter((id) => rowsOf(inputs.index, id, run.factsYear).length > 0);
  if (areaIds.length === 0) {
    throw new DomainError(
      "missing_fact",
      `Ingen fakta for år ${run.factsYear}; regelversion ${version.id} læser det år`,
      [{ field: "year", message: `år ${run.factsYear} mangler` }],
    );
  }
  const areas = areaIds
    .map((areaId) => {
      const outcome = classifyOne(version, areaId, run, reader, inputs, true);
      const first = rowsOf(inputs.index, areaId, run.factsYear)[0] as DepartmentYearFacts;
      const categories = bySeverity(outcome.categories);
      return {
        areaId,
        areaName: first.area_name,
        municipality: first.municipality,
        listed: isListed(categories),
        category: categories[0] ?? null,
        categories,
        criteria: outcome.criteria,
      } satisfies AreaClassification;
    })
    .sort((a, b) => a.areaName.localeCompare(b.areaName, "da"));
  return {
    ruleVersion: { id: version.id, name: version.name, source: version.source },
    listKind: version.listKind,
    date: when.date,
    listYear: run.listYear,
    factsYear: run.factsYear,
    areas,
    parametersUsed: reader.used(),
  };
}

interface Run {
  readonly date: IsoDate;
  readonly listYear: number;
  readonly factsYear: number;
  /** The facts year the convention gives for `date`; differs from `factsYear` when overridden. */
  readonly conventionFactsYear: number;
}

function checkFacts(
  version: RuleVersion,
  index: FactsIndex,
  areaId: string,
  factsYear: number,
  reader: ParameterReader,
): void {
  const columns = { current: version.requiredColumns, averaged: version.averagedColumns };
  requireFacts(index, areaId, factsYear, version.requiredYearOffsets(reader), columns, version.id);
}

function prepare(
  version: RuleVersion,
  when: ClassificationDate,
  reader: ParameterReader,
  inputs: Inputs,
): Run {
  if (!covers(version, when.date)) {
    throw new DomainError(
      "rule_not_in_force",
      `Regelversionen ${version.id} gælder fra ${version.effectiveFrom}${version.effectiveTo ? ` til ${version.effectiveTo}` : ""}, ikke den ${when.date}`,
      [{ field: "date", message: `${version.id} er ikke i kraft den ${when.date}` }],
    );
  }
  const list = listInForce(reader, version, when.date);
  const factsYear = when.factsYear ?? list.factsYear;
  for (const areaId of inputs.index.keys()) {
    if (rowsOf(inputs.index, areaId, factsYear).length > 0)
      checkFacts(version, inputs.index, areaId, factsYear, reader);
  }
  return { date: when.date, listYear: list.listYear, factsYear, conventionFactsYear: list.factsYear };
}

function classifyOne(
  version: RuleVersion,
  areaId: string,
  run: Run,
  reader: ParameterReader,
  inputs: Inputs,
  withPriorYears: boolean,
): AreaOutcome {
  const context: AreaContext = {
    areaId,
    date: run.date,
    factsYear: run.factsYear,
    listYear: run.listYear,
    reader,
    departments: (offset) => rowsOf(inputs.index, areaId, run.factsYear + offset),
    nationalConvictionShare: (year) => nationalShare(inputs.reference, year, version.id),
    regionMeanIncome: (region, year) => regionMean(inputs.reference, region, year, version.id),
    ...(withPriorYears
      ? { priorListing: (back: number) => priorListing(version, areaId, run, back, inputs) }
      : {}),
  };
  return version.classifyArea(context);
}

/**
 * The list `back` lists before this one. Its facts year is this run's facts year minus `back`,
 * also when the facts year is overridden (`--year Y`): the earlier lists then read Y-1, Y-2, …,
 * so no year is counted twice and none is skipped. Its list year moves with the facts year, and
 * the list of a year is the one in force at the end of that year (every list kind publishes once
 * a year, before 31 December), which picks its rule version and the date its parameters are read.
 */
function priorListing(
  version: RuleVersion,
  areaId: string,
  run: Run,
  back: number,
  inputs: Inputs,
): PriorListing {
  const listYear = run.listYear + (run.factsYear - run.conventionFactsYear) - back;
  const factsYear = run.factsYear - back;
  const priorDate: IsoDate = `${String(listYear).padStart(4, "0")}-12-31`;
  const priorVersion = ruleVersions.find((v) => v.listKind === version.listKind && covers(v, priorDate));
  const published = inputs.published.filter((e) => e.year === listYear);
  if (published.length > 0) {
    const ghettoLike = published.some((e) => e.areaId === areaId && ghettoLikeCategories.has(e.category));
    return { listYear, ghettoLike, basis: "published" };
  }
  if (!priorVersion) return { listYear, ghettoLike: false, basis: "no_list" };
  const reader = new ParameterReader(inputs.params, priorDate);
  checkFacts(priorVersion, inputs.index, areaId, factsYear, reader);
  const prior: Run = { date: priorDate, listYear, factsYear, conventionFactsYear: factsYear };
  const outcome = classifyOne(priorVersion, areaId, prior, reader, inputs, false);
  return {
    listYear,
    ghettoLike: outcome.categories.some((c) => ghettoLikeCategories.has(c)),
    basis: "facts",
    ruleVersionId: priorVersion.id,
  };
}

function nationalShare(reference: ReferenceFacts, year: number, ruleVersionId: string): Rational {
  const found = reference.national.find((n) => n.year === year);
  if (!found) {
    throw new DomainError(
      "missing_fact",
      `Referencefaktum national_conviction_share_18_plus mangler for år ${year}; regelversion ${ruleVersionId} læser det`,
      [{ field: "national_conviction_share_18_plus", message: `mangler for år ${year}` }],
    );
  }
  return found.national_conviction_share_18_plus;
}

function regionMean(
  reference: ReferenceFacts,
  region: string,
  year: number,
  ruleVersionId: string,
): Rational {
  const found = reference.regions.find((r) => r.region === region && r.year === year);
  if (!found) {
    throw new DomainError(
      "missing_fact",
      `Referencefaktum region_mean_gross_income_15_64_excl_students mangler for ${region} i år ${year}; regelversion ${ruleVersionId} læser det`,
      [
        {
          field: "region_mean_gross_income_15_64_excl_students",
          message: `mangler for ${region} i år ${year}`,
        },
      ],
    );
  }
  return found.region_mean_gross_income_15_64_excl_students;
}
