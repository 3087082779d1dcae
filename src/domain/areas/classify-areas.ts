import { DomainError } from "../errors.ts";
import { formatDate } from "../format.ts";
import type { Language } from "../language.ts";
import { covers, type IsoDate } from "../law/iso-date.ts";
import type { LegalSource, ParameterSet } from "../law/parameter.ts";
import { ParameterReader } from "../law/parameter-reader.ts";
import type { Rational } from "../law/rational.ts";
import type { ParameterUse } from "../law/value-on.ts";
import {
  type AreaCategory,
  bySeverity,
  categoryNames,
  ghettoLikeCategories,
  isListed,
} from "./area-category.ts";
import type { Criterion } from "./criterion.ts";
import {
  type DepartmentYearFacts,
  type FactColumn,
  noReferenceFacts,
  type ReferenceFacts,
} from "./department-year-facts.ts";
import {
  type AreaYearFacts,
  type FactsIndex,
  indexFacts,
  MissingFactsYear,
  noAreaYearFacts,
  requireFacts,
  rowsOf,
} from "./facts-index.ts";
import { earlierList, listInForce } from "./facts-year.ts";
import type { PublishedListEntry } from "./published-list.ts";
import {
  type AreaContext,
  type AreaOutcome,
  type ListKind,
  type PriorListing,
  type RuleVersion,
  ruleVersionName,
} from "./rule-version.ts";
import { ruleVersionOn } from "./rule-versions.ts";
import { categoryWithoutListText, notAssessableText } from "./texts.ts";

export interface AreaClassification {
  readonly areaId: string;
  readonly areaName: string;
  readonly municipality: string;
  readonly listed: boolean;
  /** The most severe category, or null when the area is on no list (or cannot be assessed). */
  readonly category: AreaCategory | null;
  readonly categories: readonly AreaCategory[];
  readonly criteria: readonly Criterion[];
  /**
   * False when the area cannot be assessed ("kan ikke vurderes"): a year the rule reads for it
   * is missing (too short a history for a multi-year average or an earlier list).
   */
  readonly assessable: boolean;
  readonly notAssessable?: { readonly missingYear: number; readonly message: string };
}

export interface Classification {
  readonly ruleVersion: { readonly id: string; readonly name: string; readonly source: LegalSource };
  readonly listKind: ListKind;
  readonly date: IsoDate;
  readonly listYear: number;
  readonly factsYear: number;
  readonly areas: readonly AreaClassification[];
  /** Danish sentences the reader must see, e.g. a category that has no list yet on the date. */
  readonly notes: readonly string[];
  readonly parametersUsed: readonly ParameterUse[];
}

/** The list date; `factsYear` overrides the convention (attribution runs new rules on old facts). */
export interface ClassificationDate {
  readonly date: IsoDate;
  readonly factsYear?: number;
}

/** The same order as `localeCompare(…, "da")`, with the collator made once. */
const danishOrder = new Intl.Collator("da");

const ranksOf = new WeakMap<FactsIndex, ReadonlyMap<string, number>>();

/**
 * Every area name of the facts by its place in Danish order (names the collator finds equal
 * share a place), made once per facts index: a list is then sorted by numbers, not by 2,000
 * names compared through the collator on every classification.
 */
function danishRanks(index: FactsIndex): ReadonlyMap<string, number> {
  let ranks = ranksOf.get(index);
  if (ranks === undefined) {
    const names = new Set<string>();
    for (const years of index.values())
      for (const facts of years.values()) {
        const first = facts.rows[0];
        if (first !== undefined) names.add(first.area_name);
      }
    const sorted = [...names].sort(danishOrder.compare);
    const ranked = new Map<string, number>();
    sorted.forEach((name, i) => {
      const previous = sorted[i - 1];
      const same = previous !== undefined && danishOrder.compare(previous, name) === 0;
      ranked.set(name, same ? (ranked.get(previous) as number) : i);
    });
    ranks = ranked;
    ranksOf.set(index, ranks);
  }
  return ranks;
}

interface Inputs {
  readonly index: FactsIndex;
  /** Each earlier list read ("N years in a row") by its date, shared by every area; undefined: no list. */
  readonly priorLists: Map<IsoDate, ListRun | undefined>;
  readonly params: ParameterSet;
  readonly reference: ReferenceFacts;
  readonly published: readonly PublishedListEntry[];
  readonly language?: Language;
}

const firstListParameter = (category: AreaCategory) => `lister.foerste_liste.${category}`;

/**
 * The categories of the version that have no list yet on the date: a category cannot exist
 * before the first list that named it (RULES.md §10), e.g. forebyggelsesområde before the list
 * of 1 December 2021, although the reform is in force from 30 November 2021.
 */
export function categoriesWithoutList(
  version: RuleVersion,
  reader: ParameterReader,
): { readonly category: AreaCategory; readonly firstList: IsoDate }[] {
  return version.categories.flatMap((category) => {
    const found = reader.tryRead(firstListParameter(category));
    const firstList = found?.value.kind === "text" ? found.value.value : undefined;
    return firstList !== undefined && reader.date < firstList ? [{ category, firstList }] : [];
  });
}

/**
 * Applies one rule version to every area present in the facts year. Refuses (missing_fact)
 * before computing when a column the version reads is missing, or when no area has the facts
 * year. An area whose history is too short (a year of a multi-year average, or of an earlier
 * list, is missing) is reported as "kan ikke vurderes" naming the year; the others are
 * classified. "N consecutive years" categories look at earlier lists: a published list for that
 * year when given (it is the legal record), otherwise the rule version then in force recomputed
 * on that year's facts.
 */
export function classifyAreas(
  version: RuleVersion,
  facts: readonly DepartmentYearFacts[],
  when: ClassificationDate,
  params: ParameterSet,
  referenceFacts: ReferenceFacts = noReferenceFacts,
  publishedLists: readonly PublishedListEntry[] = [],
  /** The language of the criteria's labels, notes and explanations. */
  language: Language = "da",
): Classification {
  const reader = new ParameterReader(params, when.date);
  requireInForce(version, when.date);
  const inputs: Inputs = {
    index: indexFacts(facts),
    params,
    reference: referenceFacts,
    published: publishedLists,
    language,
    priorLists: new Map(),
  };
  const run = prepare(version, when, reader, inputs, facts);
  const list = listRun(version, run, reader, true);
  const withoutList = categoriesWithoutList(version, reader);
  const withheld = new Set(withoutList.map((w) => w.category));
  const areaIds = [...inputs.index.keys()].filter((id) => rowsOf(inputs.index, id, run.factsYear).length > 0);
  const rank = danishRanks(inputs.index);
  const areas = areaIds
    .map((areaId): AreaClassification => {
      const first = rowsOf(inputs.index, areaId, run.factsYear)[0] as DepartmentYearFacts;
      let outcome: AreaOutcome;
      try {
        checkFacts(list, inputs.index, areaId);
        outcome = classifyOne(list, areaId, inputs);
      } catch (error) {
        if (!(error instanceof MissingFactsYear)) throw error;
        return {
          areaId,
          areaName: first.area_name,
          municipality: first.municipality,
          listed: false,
          category: null,
          categories: [],
          criteria: [],
          assessable: false,
          notAssessable: {
            missingYear: error.year,
            message: notAssessableText(error, language),
          },
        };
      }
      const categories = bySeverity(
        withheld.size === 0 ? outcome.categories : outcome.categories.filter((c) => !withheld.has(c)),
      );
      return {
        areaId,
        areaName: first.area_name,
        municipality: first.municipality,
        listed: isListed(categories),
        category: categories[0] ?? null,
        categories,
        criteria: outcome.criteria,
        assessable: true,
      };
    })
    .sort((a, b) => (rank.get(a.areaName) as number) - (rank.get(b.areaName) as number));
  const notes = withoutList.map(({ category, firstList }) =>
    categoryWithoutListText(
      categoryNames[category],
      formatDate(when.date, language),
      formatDate(firstList, language),
      language,
    ),
  );
  return {
    ruleVersion: { id: version.id, name: ruleVersionName(version, language), source: version.source },
    listKind: version.listKind,
    date: when.date,
    listYear: run.listYear,
    factsYear: run.factsYear,
    areas,
    notes,
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

/** Refuses an area that lacks a year or a column the list reads (facts-index.ts `requireFacts`). */
function checkFacts(list: ListRun, index: FactsIndex, areaId: string): void {
  requireFacts(index, areaId, list.run.factsYear, list.offsets, list.columns, list.version.id);
}

function requireInForce(version: RuleVersion, date: IsoDate): void {
  if (!covers(version, date)) {
    throw new DomainError(
      "rule_not_in_force",
      {
        da: `Regelversionen ${version.id} gælder fra ${version.effectiveFrom}${version.effectiveTo ? ` til ${version.effectiveTo}` : ""}, ikke den ${date}`,
        en: `The rule version ${version.id} applies from ${version.effectiveFrom}${version.effectiveTo ? ` to ${version.effectiveTo}` : ""}, not on ${date}`,
      },
      [
        {
          field: "date",
          message: `${version.id} er ikke i kraft den ${date}`,
          en: `${version.id} is not in force on ${date}`,
        },
      ],
    );
  }
}

function prepare(
  version: RuleVersion,
  when: ClassificationDate,
  reader: ParameterReader,
  inputs: Inputs,
  facts: readonly DepartmentYearFacts[],
): Run {
  requireInForce(version, when.date);
  const list = listInForce(reader, version, when.date);
  const factsYear = when.factsYear ?? list.factsYear;
  if (![...inputs.index.values()].some((years) => (years.get(factsYear)?.rows.length ?? 0) > 0)) {
    const known = [...new Set(facts.map((f) => f.year))].sort((a, b) => a - b);
    const available =
      known.length === 0 ? "der er ingen områdefakta" : `der er fakta for ${yearsSpan(known)}`;
    const availableEn =
      known.length === 0 ? "there are no area facts" : `there are facts for ${yearsSpan(known)}`;
    throw new DomainError(
      "missing_fact",
      {
        da: `Der er ingen områdefakta for år ${factsYear}, som ${when.factsYear === undefined ? `listen i kraft ${formatDate(when.date)} bygger på` : "er valgt som faktaår"} (regelversion ${version.id}). Indlæs fakta for ${factsYear}, eller vælg et andet faktaår med --year (${available}).`,
        en: `There are no area facts for ${factsYear}, the year ${when.factsYear === undefined ? `the list in force on ${formatDate(when.date, "en")} builds on` : "chosen as the facts year"} (rule version ${version.id}). Import facts for ${factsYear}, or choose another facts year with --year (${availableEn}).`,
      },
      [
        {
          field: "year",
          message: `år ${factsYear} mangler; ${available}`,
          en: `${factsYear} is missing; ${availableEn}`,
        },
      ],
    );
  }
  return { date: when.date, listYear: list.listYear, factsYear, conventionFactsYear: list.factsYear };
}

/** One list being computed: the rule version, its dates and what is the same for all its areas. */
interface ListRun {
  readonly version: RuleVersion;
  readonly run: Run;
  readonly reader: ParameterReader;
  readonly perList: Map<string, unknown>;
  /** Whether its areas see earlier lists: the list asked for, when its version reads any (not the earlier lists themselves). */
  readonly readsPriorLists: boolean;
  /** The year offsets and columns the version reads (checked for each area before it is classified). */
  readonly offsets: readonly number[];
  readonly columns: { readonly current: readonly FactColumn[]; readonly averaged: readonly FactColumn[] };
}

function listRun(version: RuleVersion, run: Run, reader: ParameterReader, withPriorYears: boolean): ListRun {
  return {
    version,
    run,
    reader,
    perList: new Map(),
    readsPriorLists: withPriorYears && version.priorListsRead(reader) > 0,
    offsets: version.requiredYearOffsets(reader),
    columns: { current: version.requiredColumns, averaged: version.averagedColumns },
  };
}

function classifyOne(list: ListRun, areaId: string, inputs: Inputs): AreaOutcome {
  return list.version.classifyArea(new AreaInList(list, areaId, inputs));
}

/** What a rule version sees of one area (AreaContext); a class, so an area costs one object. */
class AreaInList implements AreaContext {
  readonly areaId: string;
  readonly date: IsoDate;
  readonly factsYear: number;
  readonly listYear: number;
  readonly reader: ParameterReader;
  readonly language: Language | undefined;
  readonly perList: Map<string, unknown>;
  readonly priorListing?: (yearsBack: number) => PriorListing;
  readonly #list: ListRun;
  readonly #inputs: Inputs;
  #years: ReadonlyMap<number, AreaYearFacts> | undefined;

  constructor(list: ListRun, areaId: string, inputs: Inputs) {
    this.areaId = areaId;
    this.date = list.run.date;
    this.factsYear = list.run.factsYear;
    this.listYear = list.run.listYear;
    this.reader = list.reader;
    this.language = inputs.language;
    this.perList = list.perList;
    this.#list = list;
    this.#inputs = inputs;
    if (list.readsPriorLists) this.priorListing = (back) => priorListing(list, areaId, back, inputs);
  }

  facts(offset: number): AreaYearFacts {
    // The area's years, looked up once: a rule asks for a year's facts a dozen times.
    this.#years ??= this.#inputs.index.get(this.areaId) ?? new Map();
    return this.#years.get(this.factsYear + offset) ?? noAreaYearFacts;
  }

  nationalConvictionShare(year: number): Rational {
    return nationalShare(this.#inputs.reference, year, this.#list.version.id);
  }

  regionMeanIncome(region: string, year: number): Rational {
    return regionMean(this.#inputs.reference, region, year, this.#list.version.id);
  }
}

/** The earlier list `back` lists before this one (facts-year.ts `earlierList`), for "N years in a row". */
function priorListing(list: ListRun, areaId: string, back: number, inputs: Inputs): PriorListing {
  const { version, run } = list;
  // The facts window (facts-year.ts) reaches back to as many earlier lists as the version says it reads.
  if (back > version.priorListsRead(list.reader))
    throw new Error(`${version.id} læser flere tidligere lister end den siger (priorListsRead)`);
  const earlier = earlierList(run, back);
  const { listYear } = earlier;
  const published = inputs.published.filter((e) => e.year === listYear);
  if (published.length > 0) {
    const ghettoLike = published.some((e) => e.areaId === areaId && ghettoLikeCategories.has(e.category));
    return { listYear, ghettoLike, basis: "published" };
  }
  const prior = priorList(version, earlier, inputs);
  if (!prior) return { listYear, ghettoLike: false, basis: "no_list" };
  try {
    checkFacts(prior, inputs.index, areaId);
  } catch (error) {
    if (error instanceof MissingFactsYear) error.forList ??= listYear;
    throw error;
  }
  const outcome = classifyOne(prior, areaId, inputs);
  return {
    listYear,
    ghettoLike: outcome.categories.some((c) => ghettoLikeCategories.has(c)),
    basis: "facts",
    ruleVersionId: prior.version.id,
  };
}

/** The earlier list of a date, made once per classification and shared by every area that reads it. */
function priorList(version: RuleVersion, earlier: Run, inputs: Inputs): ListRun | undefined {
  if (inputs.priorLists.has(earlier.date)) return inputs.priorLists.get(earlier.date);
  const priorVersion = ruleVersionOn(version.listKind, earlier.date);
  const prior =
    priorVersion && listRun(priorVersion, earlier, new ParameterReader(inputs.params, earlier.date), false);
  inputs.priorLists.set(earlier.date, prior);
  return prior;
}

function nationalShare(reference: ReferenceFacts, year: number, ruleVersionId: string): Rational {
  const found = reference.national.find((n) => n.year === year);
  if (!found) {
    throw new DomainError(
      "missing_fact",
      {
        da: `Referencefaktum national_conviction_share_18_plus mangler for år ${year}; regelversion ${ruleVersionId} læser det`,
        en: `The reference fact national_conviction_share_18_plus is missing for ${year}; rule version ${ruleVersionId} reads it`,
      },
      [
        {
          field: "national_conviction_share_18_plus",
          message: `mangler for år ${year}`,
          en: `missing for ${year}`,
        },
      ],
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
      {
        da: `Referencefaktum region_mean_gross_income_15_64_excl_students mangler for ${region} i år ${year}; regelversion ${ruleVersionId} læser det`,
        en: `The reference fact region_mean_gross_income_15_64_excl_students is missing for ${region} in ${year}; rule version ${ruleVersionId} reads it`,
      },
      [
        {
          field: "region_mean_gross_income_15_64_excl_students",
          message: `mangler for ${region} i år ${year}`,
          en: `missing for ${region} in ${year}`,
        },
      ],
    );
  }
  return found.region_mean_gross_income_15_64_excl_students;
}

/** "2006-2024", or "2006, 2008-2009" when years are missing in between. */
function yearsSpan(years: readonly number[]): string {
  const parts: string[] = [];
  let start = years[0] as number;
  years.forEach((year, i) => {
    const next = years[i + 1];
    if (next === year + 1) return;
    parts.push(start === year ? String(year) : `${start}-${year}`);
    if (next !== undefined) start = next;
  });
  return parts.join(", ");
}
