import type { Rational } from "../law/rational.ts";

/**
 * The input of area classification: one row per housing department (boligafdeling) per year of
 * facts. Counts, not shares, so departments add up to areas. Column names are those of
 * RULES.md and the CSV, so an error can name the column a user sees in the file.
 */
export const identityColumns = ["year", "area_id", "area_name", "municipality", "department_id"] as const;

export const countColumns = [
  "residents",
  "residents_18_plus",
  "outside_labour_market_18_plus",
  "residents_18_64",
  "outside_labour_market_18_64",
  "outside_labour_or_education_18_64",
  "non_western_immigrants_descendants",
  "convicted_18_plus",
  "residents_30_59",
  "basic_education_only_30_59",
  "taxpayers_15_64_excl_students",
  "gross_income_sum_15_64_excl_students",
] as const;
export type CountColumn = (typeof countColumns)[number];

/**
 * Counts the register measures in full-time equivalents, so a department's figure can have
 * decimals (RULES.md, "Facts": attachment to work or education in the ministry's method).
 * Every other count is a number of persons.
 */
export const fullTimeEquivalentColumns: readonly CountColumn[] = ["outside_labour_or_education_18_64"];

/** Columns a rule version can need; `region` is text (for the income criterion). */
export type FactColumn = CountColumn | "region";

export interface DepartmentYearFacts {
  readonly year: number;
  readonly area_id: string;
  readonly area_name: string;
  readonly municipality: string;
  readonly department_id: string;
  readonly residents: number;
  readonly residents_18_plus?: number;
  readonly outside_labour_market_18_plus?: number;
  readonly residents_18_64?: number;
  readonly outside_labour_market_18_64?: number;
  readonly outside_labour_or_education_18_64?: number;
  readonly non_western_immigrants_descendants?: number;
  readonly convicted_18_plus?: number;
  readonly residents_30_59?: number;
  readonly basic_education_only_30_59?: number;
  readonly taxpayers_15_64_excl_students?: number;
  readonly gross_income_sum_15_64_excl_students?: number;
  readonly region?: string;
}

/**
 * The base each count is a part of (a count can never exceed its base). The CSV import checks
 * these; the property tests keep generated facts inside them. The first base is the direct one
 * (a file with the count must have it); the others are checked when present. Income is a sum
 * in kroner, not a count of people, so it has no base.
 */
export const countBases: Readonly<Partial<Record<CountColumn, readonly CountColumn[]>>> = {
  residents_18_plus: ["residents"],
  outside_labour_market_18_plus: ["residents_18_plus"],
  residents_18_64: ["residents", "residents_18_plus"],
  outside_labour_market_18_64: ["residents_18_64"],
  outside_labour_or_education_18_64: ["residents_18_64"],
  non_western_immigrants_descendants: ["residents"],
  convicted_18_plus: ["residents_18_plus"],
  residents_30_59: ["residents", "residents_18_64"],
  basic_education_only_30_59: ["residents_30_59"],
  taxpayers_15_64_excl_students: ["residents"],
};

/** Reference facts are per year (and region), not per department. */
export interface NationalYearFacts {
  readonly year: number;
  readonly national_conviction_share_18_plus: Rational;
}

export interface RegionYearFacts {
  readonly year: number;
  readonly region: string;
  readonly region_mean_gross_income_15_64_excl_students: Rational;
}

export interface ReferenceFacts {
  readonly national: readonly NationalYearFacts[];
  readonly regions: readonly RegionYearFacts[];
}

export const noReferenceFacts: ReferenceFacts = { national: [], regions: [] };
