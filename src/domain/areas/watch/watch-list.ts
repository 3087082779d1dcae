import { DomainError } from "../../errors.ts";
import { formatDate } from "../../format.ts";
import type { Language } from "../../language.ts";
import type { IsoDate } from "../../law/iso-date.ts";
import type { ParameterSet } from "../../law/parameter.ts";
import { ParameterReader } from "../../law/parameter-reader.ts";
import { MINIMUM_CELL_PERSONS, type SuppressionReason, withheldText } from "../../statistics/disclosure.ts";
import { type AreaCategory, bySeverity, isListed } from "../area-category.ts";
import { type AreaClassification, categoriesWithoutList, classifyAreas } from "../classify-areas.ts";
import type { Criterion } from "../criterion.ts";
import { criteriaDisclosure } from "../criterion-disclosure.ts";
import type { DepartmentYearFacts, ReferenceFacts } from "../department-year-facts.ts";
import {
  AreaYearFacts,
  areaYearFacts,
  type FactsIndex,
  indexFacts,
  MissingFactsYear,
  noAreaYearFacts,
  requireFacts,
  rowsOf,
} from "../facts-index.ts";
import type { PublishedListEntry } from "../published-list.ts";
import type { AreaContext, AreaOutcome, ListKind } from "../rule-version.ts";
import {
  type CriterionDistance,
  criterionDistance,
  type DistanceUnit,
  type FactorOf,
  unitOf,
} from "./distance.ts";
import type { ListOfKind } from "./next-list.ts";
import { type ListSummary, type PlannedList, planWatch, summariseList } from "./plan.ts";
import { seededRandom } from "./random.ts";
import {
  type AreaModel,
  columnsToDraw,
  drawAreaYears,
  fitAreaModel,
  projectReference,
  type ReferenceProjection,
} from "./simulate.ts";
import { fitTrend, MIN_TREND_POINTS } from "./trend.ts";
import { listKindTexts, watchTexts } from "./watch-texts.ts";

/**
 * The early-warning watch list (issue 12, goal a "no new vulnerable areas"): for each area and
 * list, how far it is from each threshold of the rules in force and of the next list, where its
 * facts are heading by the next list's facts year, and the probability that it is on the next
 * list. The probability runs the real rule version's classifier (`classifyArea`) on facts drawn
 * from each department's linear trends plus noise (simulate.ts), with a seeded random source:
 * the same input gives the same output.
 */
export const DEFAULT_DRAWS = 1000;
export const DEFAULT_SEED = 2010;
/** When this many draws all agree, the rest would too with overwhelming probability: stop. */
export const MIN_DRAWS_BEFORE_STOP = 400;
/** The trends are fitted on at most this many of the latest known years. */
export const TREND_WINDOW_YEARS = 6;

export interface DistanceBlock {
  /** `current`: the list in force on the date; `next`: the next list's rules on the latest known facts. */
  readonly role: "current" | "next";
  readonly ruleVersionId: string;
  readonly listDate: IsoDate;
  readonly factsYear: number;
  readonly criteria: readonly CriterionDistance[];
}

/** A criterion's value in a year; `withheld`: it rests on a small cell (published as null). */
export interface ObservedPoint {
  readonly year: number;
  readonly value: number;
  readonly withheld?: true;
}

export interface ProjectedCriterion {
  readonly criterionId: string;
  readonly label: string;
  readonly unit: DistanceUnit;
  /** The criterion under the next list's rules in each known year of the trend window. */
  readonly observed: readonly ObservedPoint[];
  /** Change per year of `observed` (least squares); null with fewer than 3 years. */
  readonly trendPerYear: number | null;
  /** Median and 10 %/90 % quantiles of the drawn values at the next list's facts year. */
  readonly projected: number;
  readonly low: number;
  readonly high: number;
  readonly threshold: number;
  /** Share of draws where the criterion is met. */
  readonly probabilityMet: number;
}

export interface Projection {
  readonly factsYear: number;
  /** The years drawn (after the last known year); empty when the next list's facts are known. */
  readonly projectedYears: readonly number[];
  /** The known years the trends are fitted on. */
  readonly trendYears: readonly number[];
  readonly draws: number;
  readonly criteria: readonly ProjectedCriterion[];
}

export interface AreaWatch {
  readonly areaId: string;
  readonly areaName: string;
  readonly municipality: string;
  readonly listKind: ListKind;
  /** On the list in force on the date (computed from the facts); null when there is none or the area cannot be assessed on it. */
  readonly listedNow: boolean | null;
  readonly categoryNow: AreaCategory | null;
  /** `listing`: the chance of coming on the next list; `leaving` (listed now): of staying on it is `probability`. */
  readonly question: "listing" | "leaving";
  /** Probability of being on the next list (any category); null when it cannot be assessed. */
  readonly probability: number | null;
  /** Why there is no probability ("Kan ikke vurderes: …"). */
  readonly reason?: string;
  readonly distances: readonly DistanceBlock[];
  /** The criterion closest to changing the area's status (unmet when unlisted, met when listed). */
  readonly nearest?: {
    readonly criterionId: string;
    readonly label: string;
    readonly text: string;
    readonly relativeDistance: number;
  };
  readonly projection: Projection | null;
  /** When the next list's facts are in the data: whether the rules put the area on it (what happened). */
  readonly outcome?: { readonly listed: boolean; readonly category: AreaCategory | null };
}

export interface WatchedList {
  readonly listKind: ListKind;
  readonly listName: string;
  /** The last facts year known on the date for this list (the list in force builds on it); the projection starts after it. */
  readonly knownFactsYear: number;
  readonly current: ListSummary | null;
  readonly next: ListSummary | null;
  readonly notes: readonly string[];
}

export interface WatchList {
  readonly date: IsoDate;
  readonly draws: number;
  readonly seed: number;
  readonly lists: readonly WatchedList[];
  /** Ranked: areas not on a list first (most likely to come on first), then areas on a list (most likely to come off first). */
  readonly areas: readonly AreaWatch[];
  readonly notes: readonly string[];
}

export interface WatchInput {
  readonly date: IsoDate;
  readonly listKind?: ListKind | undefined;
  /** Facts of the plan's years (`planWatch`); years after the known year are used only for `outcome`. */
  readonly facts: readonly DepartmentYearFacts[];
  readonly reference: ReferenceFacts;
  readonly published?: Partial<Record<ListKind, readonly PublishedListEntry[]>>;
  readonly params: ParameterSet;
  readonly draws?: number;
  readonly seed?: number;
  /** Disclosure control: criteria resting on fewer persons are withheld (default 5). */
  readonly minimumCell?: number;
  /** The language of the reasons, notes and criteria's labels. */
  readonly language?: Language;
}

const derivedIds = (c: Pick<Criterion, "id">) =>
  c.id.endsWith("criteria_count") || c.id === "consecutive_years";

function factorReader(params: ParameterSet, date: IsoDate): FactorOf {
  const reader = new ParameterReader(params, date);
  return (parameterId) => reader.threshold(parameterId).value;
}

/** The criterion's value and threshold in its distance unit, in floating point (for draws). */
function inUnit(c: Criterion, unit: DistanceUnit, factorOf: FactorOf): { value: number; threshold: number } {
  switch (unit) {
    case "procentpoint":
      return { value: c.value * 100, threshold: c.threshold * 100 };
    case "gange_landsgennemsnittet": {
      const m = factorOf(c.parameterId);
      const multiple = Number(m.num) / Number(m.den);
      return { value: c.threshold === 0 ? 0 : (c.value * multiple) / c.threshold, threshold: multiple };
    }
    case "procentpoint_af_regionens_gennemsnit": {
      const f = factorOf(c.parameterId);
      const factor = Number(f.num) / Number(f.den);
      return {
        value: c.threshold === 0 ? 0 : ((c.value * factor) / c.threshold) * 100,
        threshold: factor * 100,
      };
    }
    default:
      return { value: c.value, threshold: c.threshold };
  }
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.round(q * (sorted.length - 1))] as number;
}

function notAssessableText(error: unknown, language: Language): string {
  if (error instanceof MissingFactsYear) return watchTexts.missingYear(error, language);
  if (error instanceof DomainError) return watchTexts.refused(error.messageIn(language), language);
  throw error;
}

/** A draw's rows by year, with sums made once per draw (the rules read each sum more than once). */
function asAreaYearFacts(
  drawn: ReadonlyMap<number, readonly DepartmentYearFacts[]>,
): ReadonlyMap<number, AreaYearFacts> {
  return new Map([...drawn].map(([year, rows]) => [year, new AreaYearFacts(rows)]));
}

interface ListRun {
  readonly planned: PlannedList;
  readonly next: ListOfKind | undefined;
  readonly knownIndex: FactsIndex;
  readonly known: number;
  readonly reference: ReferenceProjection;
  readonly params: ParameterSet;
  readonly draws: number;
  readonly seed: number;
  readonly minimum: number;
  readonly language: Language;
}

function contextFor(
  run: ListRun,
  next: ListOfKind,
  reader: ParameterReader,
  areaId: string,
  factsYear: number,
  drawn: ReadonlyMap<number, AreaYearFacts> | undefined,
): AreaContext {
  const versionId = next.version.id;
  return {
    areaId,
    date: next.effectiveDate,
    factsYear,
    listYear: next.listYear - (next.factsYear - factsYear),
    reader,
    language: run.language,
    facts: (offset) => {
      const year = factsYear + offset;
      return year <= run.known
        ? areaYearFacts(run.knownIndex, areaId, year)
        : (drawn?.get(year) ?? noAreaYearFacts);
    },
    nationalConvictionShare: (year) => {
      const v = run.reference.national(year);
      if (v === undefined)
        throw new DomainError("missing_fact", {
          da: `referencefaktum national_conviction_share_18_plus mangler for ${year} (${versionId})`,
          en: `the reference fact national_conviction_share_18_plus is missing for ${year} (${versionId})`,
        });
      return v;
    },
    regionMeanIncome: (region, year) => {
      const v = run.reference.region(region, year);
      if (v === undefined)
        throw new DomainError("missing_fact", {
          da: `referencefaktum region_mean_gross_income_15_64_excl_students mangler for ${region} i ${year} (${versionId})`,
          en: `the reference fact region_mean_gross_income_15_64_excl_students is missing for ${region} in ${year} (${versionId})`,
        });
      return v;
    },
  };
}

/** The criteria of the next list's rules in each known year of the trend window (for display). */
function observedSeries(
  run: ListRun,
  next: ListOfKind,
  reader: ParameterReader,
  factorOf: FactorOf,
  areaId: string,
  years: readonly number[],
  minimum: number,
): Map<string, ObservedPoint[]> {
  const series = new Map<string, ObservedPoint[]>();
  for (const year of years) {
    let outcome: AreaOutcome;
    try {
      const columns = { current: next.version.requiredColumns, averaged: next.version.averagedColumns };
      requireFacts(
        run.knownIndex,
        areaId,
        year,
        next.version.requiredYearOffsets(reader),
        columns,
        next.version.id,
      );
      outcome = next.version.classifyArea(contextFor(run, next, reader, areaId, year, undefined));
    } catch (error) {
      if (error instanceof DomainError) continue;
      throw error;
    }
    const disclosure = criteriaDisclosure(outcome.criteria, minimum);
    for (const c of outcome.criteria) {
      if (derivedIds(c)) continue;
      const { value } = inUnit(c, unitOf(c), factorOf);
      const withheld = disclosure.get(c.id)?.reason !== undefined;
      series.set(c.id, [...(series.get(c.id) ?? []), withheld ? { year, value, withheld } : { year, value }]);
    }
  }
  return series;
}

interface Simulated {
  readonly probability: number | null;
  readonly reason?: string;
  readonly projection: Projection | null;
}

function simulate(run: ListRun, areaId: string): Simulated {
  const next = run.next;
  if (!next) {
    return {
      probability: null,
      reason: watchTexts.noNextList(run.language),
      projection: null,
    };
  }
  const reader = new ParameterReader(run.params, next.effectiveDate);
  const factorOf = factorReader(run.params, next.effectiveDate);
  const withheld = new Set(categoriesWithoutList(next.version, reader).map((w) => w.category));
  const offsets = next.version.requiredYearOffsets(reader);
  const projectedYears = [...new Set(offsets.map((o) => next.factsYear + o))]
    .filter((y) => y > run.known)
    .sort((a, b) => a - b);
  const windowYears = Array.from(
    { length: TREND_WINDOW_YEARS },
    (_, i) => run.known - TREND_WINDOW_YEARS + 1 + i,
  );
  const history = new Map<number, readonly DepartmentYearFacts[]>();
  for (const year of windowYears) {
    const rows = rowsOf(run.knownIndex, areaId, year);
    if (rows.length > 0) history.set(year, rows);
  }
  const trendYears = [...history.keys()].sort((a, b) => a - b);
  let model: AreaModel | undefined;
  if (projectedYears.length > 0) {
    if (trendYears.length < MIN_TREND_POINTS) {
      return {
        probability: null,
        reason: watchTexts.tooFewYears(
          trendYears,
          { from: windowYears[0] as number, to: run.known },
          MIN_TREND_POINTS,
          run.language,
        ),
        projection: null,
      };
    }
    model = fitAreaModel(
      history,
      columnsToDraw([...next.version.requiredColumns, ...next.version.averagedColumns]),
    );
    if (!model) {
      return {
        probability: null,
        reason: watchTexts.noModel(trendYears, MIN_TREND_POINTS, run.language),
        projection: null,
      };
    }
  }
  const columns = { current: next.version.requiredColumns, averaged: next.version.averagedColumns };
  const knownOffsets = offsets.filter((o) => next.factsYear + o <= run.known);
  try {
    requireFacts(run.knownIndex, areaId, next.factsYear, knownOffsets, columns, next.version.id);
  } catch (error) {
    return { probability: null, reason: notAssessableText(error, run.language), projection: null };
  }
  const random = seededRandom(run.seed, `${next.listKind}:${areaId}`);
  const draws = model ? run.draws : 1;
  let listedCount = 0;
  let used = 0;
  const values = new Map<
    string,
    { label: string; unit: DistanceUnit; threshold: number; values: number[]; met: number }
  >();
  for (let i = 0; i < draws; i++) {
    const drawn = model ? asAreaYearFacts(drawAreaYears(model, projectedYears, random)) : undefined;
    let outcome: AreaOutcome;
    try {
      outcome = next.version.classifyArea(contextFor(run, next, reader, areaId, next.factsYear, drawn));
    } catch (error) {
      return { probability: null, reason: notAssessableText(error, run.language), projection: null };
    }
    used = i + 1;
    if (isListed(outcome.categories.filter((c) => !withheld.has(c)))) listedCount++;
    for (const c of outcome.criteria) {
      if (derivedIds(c)) continue;
      const unit = unitOf(c);
      const { value, threshold } = inUnit(c, unit, factorOf);
      const entry = values.get(c.id) ?? { label: c.label, unit, threshold, values: [], met: 0 };
      entry.values.push(value);
      if (c.met) entry.met++;
      values.set(c.id, entry);
    }
    if (used >= MIN_DRAWS_BEFORE_STOP && (listedCount === 0 || listedCount === used)) break;
  }
  const observed = observedSeries(run, next, reader, factorOf, areaId, trendYears, run.minimum);
  const criteria = [...values.entries()].map(([criterionId, e]): ProjectedCriterion => {
    const sorted = [...e.values].sort((a, b) => a - b);
    const points = observed.get(criterionId) ?? [];
    const trend = fitTrend(points);
    return {
      criterionId,
      label: e.label,
      unit: e.unit,
      observed: points,
      trendPerYear: trend ? trend.slope : null,
      projected: quantile(sorted, 0.5),
      low: quantile(sorted, 0.1),
      high: quantile(sorted, 0.9),
      threshold: e.threshold,
      probabilityMet: e.met / used,
    };
  });
  return {
    probability: listedCount / used,
    projection: { factsYear: next.factsYear, projectedYears, trendYears, draws: used, criteria },
  };
}

function distanceBlock(
  role: DistanceBlock["role"],
  list: ListOfKind,
  listDate: IsoDate,
  factsYear: number,
  area: AreaClassification | undefined,
  factorOf: FactorOf,
  minimum: number,
): DistanceBlock | undefined {
  if (!area?.assessable) return undefined;
  const disclosure = criteriaDisclosure(area.criteria, minimum);
  return {
    role,
    ruleVersionId: list.version.id,
    listDate,
    factsYear,
    criteria: area.criteria.map((c) =>
      withheldDistance(criterionDistance(c, factorOf), disclosure.get(c.id)?.reason, minimum),
    ),
  };
}

/**
 * A distance resting on a small cell is shown as withheld: its text says so, and the numbers are
 * kept only for ranking inside the domain (the use case publishes them as null).
 */
function withheldDistance(
  d: CriterionDistance,
  reason: SuppressionReason | undefined,
  minimum: number,
): CriterionDistance {
  if (reason === undefined) return d;
  const withheld = withheldText(reason, minimum);
  return { ...d, text: `vises ikke (${withheld})`, withheld };
}

const sameThresholds = (a: DistanceBlock, b: DistanceBlock) =>
  a.ruleVersionId === b.ruleVersionId &&
  a.factsYear === b.factsYear &&
  a.criteria.length === b.criteria.length &&
  a.criteria.every(
    (c, i) => c.criterionId === b.criteria[i]?.criterionId && c.threshold === b.criteria[i]?.threshold,
  );

function nearestOf(blocks: readonly DistanceBlock[], listed: boolean): AreaWatch["nearest"] {
  const block = blocks.at(-1);
  // A withheld distance is never the one named: its text would be the only thing shown anyway.
  const candidates = (block?.criteria ?? []).filter(
    (c) => !c.derived && c.met === listed && c.withheld === undefined,
  );
  const best = candidates.reduce<CriterionDistance | undefined>(
    (a, c) => (a === undefined || c.relativeDistance < a.relativeDistance ? c : a),
    undefined,
  );
  return best
    ? {
        criterionId: best.criterionId,
        label: best.label,
        text: best.text,
        relativeDistance: best.relativeDistance,
      }
    : undefined;
}

function watchOneList(input: WatchInput, planned: PlannedList): { list: WatchedList; areas: AreaWatch[] } {
  const { current, next, listKind } = planned;
  const known = planned.knownFactsYear;
  const knownFacts = input.facts.filter((f) => f.year <= known);
  const knownIndex = indexFacts(knownFacts);
  if (![...knownIndex.values()].some((years) => (years.get(known)?.rows.length ?? 0) > 0)) {
    throw new DomainError(
      "missing_fact",
      {
        da: `Der er ingen områdefakta for ${known}, det seneste faktaår, listen ${listKindTexts[listKind].da} i kraft den ${formatDate(input.date)} bygger på; indlæs fakta for ${known}, eller vælg en anden dato.`,
        en: `There are no area facts for ${known}, the latest facts year the list of ${listKindTexts[listKind].en} in force on ${formatDate(input.date, "en")} builds on; import facts for ${known}, or choose another date.`,
      },
      [{ field: "rules", message: `år ${known} mangler`, en: `year ${known} is missing` }],
    );
  }
  const reference = projectReference(input.reference, known);
  const published = input.published?.[listKind] ?? [];
  const language = input.language ?? "da";
  const notes: string[] = [watchTexts.basis(known, input.date, language)];
  const currentClass = current
    ? classifyAreas(
        current.version,
        knownFacts,
        { date: input.date },
        input.params,
        input.reference,
        published,
        language,
      )
    : undefined;
  if (!current && next) {
    notes.push(watchTexts.noCurrentRule(listKind, input.date, next.version.id, next.effectiveDate, language));
  }
  let nextClass: ReturnType<typeof classifyAreas> | undefined;
  let outcomeClass: ReturnType<typeof classifyAreas> | undefined;
  if (next) {
    const factsYear = Math.min(next.factsYear, known);
    try {
      nextClass = classifyAreas(
        next.version,
        knownFacts,
        { date: next.effectiveDate, factsYear },
        input.params,
        input.reference,
        published,
        language,
      );
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      notes.push(watchTexts.noDistances(error.messageIn(language), language));
    }
    if (next.factsYear <= known) {
      notes.push(watchTexts.nextYearKnown(next.effectiveDate, next.factsYear, language));
    } else if (input.facts.some((f) => f.year === next.factsYear)) {
      try {
        outcomeClass = classifyAreas(
          next.version,
          input.facts,
          { date: next.effectiveDate },
          input.params,
          input.reference,
          published,
          language,
        );
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
      }
    }
    if (next.version.categories.some((c) => c === "haardt_ghettoomraade" || c === "omdannelsesomraade")) {
      notes.push(watchTexts.anyCategory(language));
    }
  }
  const run: ListRun = {
    planned,
    next,
    knownIndex,
    known,
    reference,
    params: input.params,
    draws: Math.max(1, Math.floor(input.draws ?? DEFAULT_DRAWS)),
    seed: input.seed ?? DEFAULT_SEED,
    minimum: input.minimumCell ?? MINIMUM_CELL_PERSONS,
    language,
  };
  const currentFactor = current ? factorReader(input.params, input.date) : undefined;
  const nextFactor = next ? factorReader(input.params, next.effectiveDate) : undefined;
  const areaIds = [...knownIndex.keys()].filter((id) => rowsOf(knownIndex, id, known).length > 0);
  const areas = areaIds.map((areaId): AreaWatch => {
    const first = rowsOf(knownIndex, areaId, known)[0] as DepartmentYearFacts;
    const now = currentClass?.areas.find((a) => a.areaId === areaId);
    const blocks: DistanceBlock[] = [];
    const currentBlock =
      current && currentFactor
        ? distanceBlock("current", current, input.date, current.factsYear, now, currentFactor, run.minimum)
        : undefined;
    if (currentBlock) blocks.push(currentBlock);
    const nextBlock =
      next && nextFactor && nextClass
        ? distanceBlock(
            "next",
            next,
            next.effectiveDate,
            nextClass.factsYear,
            nextClass.areas.find((a) => a.areaId === areaId),
            nextFactor,
            run.minimum,
          )
        : undefined;
    if (nextBlock && !(currentBlock && sameThresholds(currentBlock, nextBlock))) blocks.push(nextBlock);
    const listedNow = now?.assessable ? now.listed : null;
    const simulated = simulate(run, areaId);
    const outcome = outcomeClass?.areas.find((a) => a.areaId === areaId);
    const nearest = nearestOf(blocks, listedNow === true);
    return {
      areaId,
      areaName: first.area_name,
      municipality: first.municipality,
      listKind,
      listedNow,
      categoryNow: now?.assessable ? now.category : null,
      question: listedNow ? "leaving" : "listing",
      probability: simulated.probability,
      ...(simulated.reason === undefined ? {} : { reason: simulated.reason }),
      distances: blocks,
      ...(nearest === undefined ? {} : { nearest }),
      projection: simulated.projection,
      ...(outcome?.assessable
        ? { outcome: { listed: outcome.listed, category: bySeverity(outcome.categories)[0] ?? null } }
        : {}),
    };
  });
  return {
    list: {
      listKind,
      listName: listKindTexts[listKind][input.language ?? "da"],
      knownFactsYear: known,
      current: current ? summariseList(current, input.language) : null,
      next: next ? summariseList(next, input.language) : null,
      notes: [...(currentClass?.notes ?? []), ...notes],
    },
    areas,
  };
}

/** Unlisted before listed; then the most likely to change status first; then the nearest threshold. */
export function compareWatched(a: AreaWatch, b: AreaWatch): number {
  const group = (x: AreaWatch) => (x.listedNow === true ? 1 : 0);
  if (group(a) !== group(b)) return group(a) - group(b);
  // The chance of a change: coming on for unlisted areas, coming off for listed ones.
  const change = (x: AreaWatch) =>
    x.probability === null ? -1 : x.listedNow === true ? 1 - x.probability : x.probability;
  if (change(a) !== change(b)) return change(b) - change(a);
  const near = (x: AreaWatch) => x.nearest?.relativeDistance ?? Number.POSITIVE_INFINITY;
  if (near(a) !== near(b)) return near(a) - near(b);
  return a.areaName.localeCompare(b.areaName, "da") || a.listKind.localeCompare(b.listKind);
}

export function watchAreas(input: WatchInput): WatchList {
  const plan = planWatch(input.date, input.listKind, input.params, input.language);
  const skipped: string[] = [];
  const failures: DomainError[] = [];
  const results = plan.lists.flatMap((planned) => {
    try {
      return [watchOneList(input, planned)];
    } catch (error) {
      // Without a chosen list, a list whose facts are missing is left out (and said so), not the others.
      if (input.listKind !== undefined || !(error instanceof DomainError) || error.code !== "missing_fact")
        throw error;
      failures.push(error);
      skipped.push(
        watchTexts.listLeftOut(
          planned.listKind,
          error.messageIn(input.language ?? "da"),
          input.language ?? "da",
        ),
      );
      return [];
    }
  });
  if (results.length === 0 && failures[0]) throw failures[0];
  return {
    date: input.date,
    draws: Math.max(1, Math.floor(input.draws ?? DEFAULT_DRAWS)),
    seed: input.seed ?? DEFAULT_SEED,
    lists: results.map((r) => r.list),
    areas: results.flatMap((r) => r.areas).sort(compareWatched),
    notes: [...plan.notes, ...skipped],
  };
}

/** "37 %", "under 1 %", "over 99 %": a Monte Carlo share is not exactly 0 or 1. */
export function probabilityText(p: number | null): string {
  if (p === null) return "kan ikke vurderes";
  if (p < 0.005) return "under 1 %";
  if (p > 0.995) return "over 99 %";
  return `${Math.round(p * 100)} %`;
}
