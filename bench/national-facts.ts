import {
  countColumns,
  type DepartmentYearFacts,
  type ReferenceFacts,
} from "../src/domain/areas/department-year-facts.ts";
import { parseRational } from "../src/domain/law/rational.ts";
import { seededRandom } from "../src/domain/register/synth/synthesise.ts";

/**
 * Deterministic national-scale area facts: about 2,000 areas with 8,000 housing departments,
 * every year 2006–2022 (about 136,000 rows at scale 1). An area has a fixed "vulnerability"
 * (most areas low, a tail high) with small yearly noise, so some areas sit on every list for
 * years in a row (hard ghetto, omdannelsesområde) and some sit on the thresholds.
 * Same seed and scale, same rows: the benchmark's lists can be compared between runs.
 */

export const FIRST_YEAR = 2006;
export const LAST_YEAR = 2022;
export const NATIONAL_AREAS = 2000;
const REGIONS = [
  "Region Hovedstaden",
  "Region Sjælland",
  "Region Syddanmark",
  "Region Midtjylland",
  "Region Nordjylland",
];

const regionMean = (year: number) => Math.round(300_000 * 1.025 ** (year - FIRST_YEAR));
const nationalShare = (year: number) => (0.012 - 0.0002 * (year - FIRST_YEAR)).toFixed(5);

export interface NationalFacts {
  readonly facts: DepartmentYearFacts[];
  readonly reference: ReferenceFacts;
}

export function nationalFacts(scale = 1, seed = 2026): NationalFacts {
  const random = seededRandom(seed);
  const between = (lo: number, hi: number) => lo + (hi - lo) * random();
  const areas = Math.max(1, Math.round(NATIONAL_AREAS * scale));
  const facts: DepartmentYearFacts[] = [];
  for (let a = 0; a < areas; a++) {
    const id = `a${String(a + 1).padStart(4, "0")}`;
    const vulnerability = random() ** 3;
    const region = REGIONS[Math.floor(random() * REGIONS.length)] as string;
    const municipality = `Kommune ${String((a % 98) + 1).padStart(2, "0")}`;
    const departments = Array.from({ length: 1 + Math.floor(random() * 7) }, () =>
      Math.round(between(150, 1800)),
    );
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      const v = Math.min(1, Math.max(0, vulnerability + between(-0.04, 0.04)));
      departments.forEach((base, d) => {
        const residents = Math.round(base * between(0.97, 1.03));
        const adults = Math.round(residents * between(0.7, 0.8));
        const workingAge = Math.round(adults * between(0.75, 0.85));
        const middleAge = Math.round(workingAge * between(0.55, 0.65));
        const taxpayers = Math.round(residents * between(0.5, 0.6));
        const share = (lo: number, hi: number) => Math.min(1, lo + hi * v + between(-0.03, 0.03));
        facts.push({
          year,
          area_id: id,
          area_name: `Område ${id.slice(1)}`,
          municipality,
          department_id: `${id}-${d + 1}`,
          residents,
          residents_18_plus: adults,
          outside_labour_market_18_plus: Math.round(adults * share(0.15, 0.55)),
          residents_18_64: workingAge,
          outside_labour_market_18_64: Math.round(workingAge * share(0.12, 0.5)),
          // Full-time equivalents: one decimal, so sums must be exact.
          outside_labour_or_education_18_64: Math.round(workingAge * share(0.1, 0.5) * 10) / 10,
          non_western_immigrants_descendants: Math.round(residents * share(0.08, 0.6)),
          convicted_18_plus: Math.round(adults * Math.max(0, share(0.004, 0.05))),
          residents_30_59: middleAge,
          basic_education_only_30_59: Math.round(middleAge * share(0.2, 0.55)),
          taxpayers_15_64_excl_students: taxpayers,
          gross_income_sum_15_64_excl_students:
            taxpayers * Math.round(regionMean(year) * (1.15 - 0.75 * v) * between(0.95, 1.05)),
          region,
        });
      });
    }
  }
  const years = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);
  const rational = (text: string) => parseRational(text) as NonNullable<ReturnType<typeof parseRational>>;
  return {
    facts,
    reference: {
      national: years.map((year) => ({
        year,
        national_conviction_share_18_plus: rational(nationalShare(year)),
      })),
      regions: years.flatMap((year) =>
        REGIONS.map((region) => ({
          year,
          region,
          region_mean_gross_income_15_64_excl_students: rational(String(regionMean(year))),
        })),
      ),
    },
  };
}

const header = [
  "year",
  "area_id",
  "area_name",
  "municipality",
  "department_id",
  ...countColumns,
  "region",
] as const;

/** The facts in udsyn's area-facts CSV format (the import's and \copy's input). */
export function factsCsv(facts: readonly DepartmentYearFacts[]): string {
  const lines = facts.map((f) => header.map((column) => f[column] ?? "").join(","));
  return `${header.join(",")}\n${lines.join("\n")}\n`;
}

export const factsCsvColumns: readonly string[] = header;

/** The reference facts in udsyn's reference CSV format. */
export function referenceCsv(scaleIndependent = nationalFacts(0.0005)): string {
  const lines = scaleIndependent.reference.regions.map((r) => {
    const national = scaleIndependent.reference.national.find((n) => n.year === r.year);
    return [r.year, r.region, regionMean(r.year), national ? nationalShare(r.year) : ""].join(",");
  });
  return `year,region,region_mean_gross_income_15_64_excl_students,national_conviction_share_18_plus\n${lines.join("\n")}\n`;
}
