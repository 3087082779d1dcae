import type { DepartmentYearFacts, ReferenceFacts } from "../../src/domain/areas/department-year-facts.ts";
import { rational } from "../../src/domain/law/rational.ts";

/**
 * Builders for hand-computed classification tests. A department defaults to 1,000 residents
 * with round bases (1,000 aged 18+, 1,000 aged 18-64, 1,000 aged 30-59, 100 taxpayers) so a
 * count reads directly as per mille, and every criterion is comfortably *not* met; a test
 * then sets only the column it is about.
 */
export function department(
  fields: Partial<DepartmentYearFacts> & {
    readonly year: number;
    readonly area_id?: string;
    readonly department_id?: string;
  },
): DepartmentYearFacts {
  const areaId = fields.area_id ?? "a";
  return {
    area_id: areaId,
    area_name: `Område ${areaId.toUpperCase()}`,
    municipality: "København",
    department_id: `${areaId}-1`,
    residents: 1000,
    residents_18_plus: 1000,
    outside_labour_market_18_plus: 100,
    residents_18_64: 1000,
    outside_labour_market_18_64: 100,
    outside_labour_or_education_18_64: 100,
    non_western_immigrants_descendants: 100,
    convicted_18_plus: 5,
    residents_30_59: 1000,
    basic_education_only_30_59: 100,
    taxpayers_15_64_excl_students: 100,
    gross_income_sum_15_64_excl_students: 100 * 300_000,
    region: "Region Hovedstaden",
    ...fields,
  };
}

/** The same department in several years, with per-year overrides. */
export function years(
  list: readonly number[],
  fields: (year: number) => Partial<DepartmentYearFacts> = () => ({}),
  base: Partial<DepartmentYearFacts> = {},
): DepartmentYearFacts[] {
  return list.map((year) => department({ ...base, ...fields(year), year }));
}

export function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** National conviction share 1 % and a regional mean income of 300,000 kr. in every year. */
export const reference: ReferenceFacts = {
  national: range(2000, 2030).map((year) => ({ year, national_conviction_share_18_plus: rational(1, 100) })),
  regions: range(2000, 2030).map((year) => ({
    year,
    region: "Region Hovedstaden",
    region_mean_gross_income_15_64_excl_students: rational(300_000),
  })),
};
