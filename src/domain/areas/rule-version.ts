import type { Language } from "../language.ts";
import type { IsoDate } from "../law/iso-date.ts";
import type { LegalSource } from "../law/parameter.ts";
import type { ParameterReader } from "../law/parameter-reader.ts";
import type { Rational } from "../law/rational.ts";
import type { AreaCategory } from "./area-category.ts";
import type { Criterion } from "./criterion.ts";
import type { FactColumn } from "./department-year-facts.ts";
import type { AreaYearFacts } from "./facts-index.ts";

/**
 * Several lists are in force at once (the combined-letting list and the ghetto list are
 * different lists), so a caller picks the kind and the registry picks the version by date.
 */
export const listKinds = ["combined_letting", "vulnerable_areas", "copenhagen_typology"] as const;
export type ListKind = (typeof listKinds)[number];

/** One earlier year's status, for "N consecutive years" categories. */
export interface PriorListing {
  readonly listYear: number;
  readonly ghettoLike: boolean;
  /** `published`: from the published list; `facts`: recomputed; `no_list`: no list that year. */
  readonly basis: "published" | "facts" | "no_list";
  readonly ruleVersionId?: string;
}

/** What a rule version sees of one area; classify-areas.ts has checked the columns and years. */
export interface AreaContext {
  readonly areaId: string;
  /** The list date the area is classified on; parameters are read on this date. */
  readonly date: IsoDate;
  readonly factsYear: number;
  /** Year the list in force on `date` was published (the "year" of "each of the last N years"). */
  readonly listYear: number;
  readonly reader: ParameterReader;
  /** The language of the criteria's labels and notes (Danish unless the reader asked for English). */
  readonly language?: Language;
  /** The area's departments in `factsYear + offset` (offset 0 or negative), with their sums. */
  facts(offset: number): AreaYearFacts;
  nationalConvictionShare(year: number): Rational;
  regionMeanIncome(region: string, year: number): Rational;
  /**
   * What is the same for every area of one list (a label, a threshold derived from reference
   * facts), kept while the list is computed (`perList`); absent, it is made for each area.
   */
  readonly perList?: Map<string, unknown>;
  /** Status on the list `yearsBack` years before this one; absent in nested (prior-year) runs. */
  readonly priorListing?: (yearsBack: number) => PriorListing;
}

export interface AreaOutcome {
  readonly categories: readonly AreaCategory[];
  readonly criteria: readonly Criterion[];
}

export interface RuleVersion {
  readonly id: string;
  /** Danish name, e.g. "Ghettolisten 2010 (L 60)". */
  readonly name: string;
  /** The name in English, for a reader who chose English. */
  readonly nameEn: string;
  readonly listKind: ListKind;
  /** Every category the version can give, so a category that has no list yet can be named. */
  readonly categories: readonly AreaCategory[];
  readonly effectiveFrom: IsoDate;
  readonly effectiveTo?: IsoDate;
  readonly source: LegalSource;
  /** Columns read for the facts year. */
  readonly requiredColumns: readonly FactColumn[];
  /** Columns read for every year of a multi-year average. */
  readonly averagedColumns: readonly FactColumn[];
  /** Year offsets read (0 = facts year, -1 = the year before, …); may depend on a dated parameter. */
  requiredYearOffsets(reader: ParameterReader): readonly number[];
  /**
   * How many earlier lists a category reads on the list's date ("N years in a row",
   * `AreaContext.priorListing`), 0 for none. Those lists are recomputed on earlier years' facts,
   * so the facts read reach back further than `requiredYearOffsets` (facts-year.ts).
   */
  priorListsRead(reader: ParameterReader): number;
  /** The month_day parameter giving the list's yearly publication day (facts year convention). */
  readonly publicationDayParameter: string;
  classifyArea(area: AreaContext): AreaOutcome;
}

/** The version's name in `language`. */
export function ruleVersionName(version: Pick<RuleVersion, "name" | "nameEn">, language: Language): string {
  return language === "en" ? version.nameEn : version.name;
}

/** `make()` once per list when the caller keeps list-wide values, else once per area. */
export function perList<T>(area: AreaContext, key: string, make: () => T): T {
  if (area.perList === undefined) return make();
  let value = area.perList.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    area.perList.set(key, value);
  }
  return value;
}
