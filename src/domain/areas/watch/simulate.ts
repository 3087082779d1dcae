import type { Rational } from "../../law/rational.ts";
import { rational } from "../../law/rational.ts";
import {
  type CountColumn,
  countBases,
  countColumns,
  type DepartmentYearFacts,
  type FactColumn,
  type ReferenceFacts,
} from "../department-year-facts.ts";
import type { Random } from "./random.ts";
import { fitTrend, type LinearTrend, type TrendPoint, trendAt } from "./trend.ts";

/**
 * The facts model of the Monte Carlo: every department's facts in the years after the last
 * known facts year, drawn from a linear trend per quantity plus noise. Quantities: the number
 * of residents (a level), each other count as a share of its base (countBases, first entry),
 * and income as the mean per taxpayer. Shares are kept in [0, 1], and person counts are
 * rounded to whole persons by unbiased random rounding, so a draw is a set of facts the CSV
 * import would accept. Noise: each quantity's own trend uncertainty (the line's intercept and
 * slope) and a new residual each year, scaled by a t-distributed factor on the residual spread
 * (few years give wide draws), independent between quantities, departments and years.
 */

type Quantity =
  | { readonly kind: "level"; readonly column: "residents" }
  | { readonly kind: "share"; readonly column: CountColumn; readonly base: CountColumn }
  | {
      readonly kind: "mean";
      readonly column: "gross_income_sum_15_64_excl_students";
      readonly base: CountColumn;
    };

const incomeColumn = "gross_income_sum_15_64_excl_students";
const taxpayersColumn = "taxpayers_15_64_excl_students";

/** The count columns to draw, in an order where every base comes before the counts built on it. */
export function columnsToDraw(needed: readonly FactColumn[]): CountColumn[] {
  const wanted = new Set<CountColumn>(["residents"]);
  const addWithBases = (column: CountColumn) => {
    wanted.add(column);
    const base = column === incomeColumn ? taxpayersColumn : countBases[column]?.[0];
    if (base !== undefined && !wanted.has(base)) addWithBases(base);
  };
  for (const column of needed) if (column !== "region") addWithBases(column);
  return countColumns.filter((c) => wanted.has(c));
}

function quantityOf(column: CountColumn): Quantity {
  if (column === "residents") return { kind: "level", column };
  if (column === incomeColumn) return { kind: "mean", column, base: taxpayersColumn };
  return { kind: "share", column, base: countBases[column]?.[0] ?? "residents" };
}

function observed(rows: readonly DepartmentYearFacts[], q: Quantity): number | undefined {
  let value = 0;
  let base = 0;
  for (const row of rows) {
    const v = row[q.column];
    if (v === undefined) return undefined;
    value += v;
    if (q.kind !== "level") {
      const b = row[q.base];
      if (b === undefined) return undefined;
      base += b;
    }
  }
  if (q.kind === "level") return value;
  return base === 0 ? undefined : value / base;
}

/** One quantity of one department: its line (own, or the area's anchored at its last value). */
interface Series {
  readonly quantity: Quantity;
  readonly trend: LinearTrend;
  /** Added to the line: 0 for the department's own trend, else moves the area's line to its last value. */
  readonly shift: number;
}

export interface DepartmentModel {
  readonly last: DepartmentYearFacts;
  readonly series: readonly Series[];
}

export interface AreaModel {
  readonly lastYear: number;
  readonly departments: readonly DepartmentModel[];
  /** Years of the area's history the trends were fitted on. */
  readonly years: readonly number[];
}

/**
 * Fits the model of one area on its history (rows of years ≤ its last known year, within the
 * trend window). Undefined when the area has fewer than 3 years (no trend can be fitted).
 */
export function fitAreaModel(
  history: ReadonlyMap<number, readonly DepartmentYearFacts[]>,
  columns: readonly CountColumn[],
): AreaModel | undefined {
  const years = [...history.keys()].filter((y) => (history.get(y)?.length ?? 0) > 0).sort((a, b) => a - b);
  const lastYear = years.at(-1);
  if (lastYear === undefined) return undefined;
  const quantities = columns.map(quantityOf);
  const areaTrends = new Map<CountColumn, LinearTrend | undefined>();
  for (const q of quantities) {
    const points: TrendPoint[] = [];
    for (const year of years) {
      const value = observed(history.get(year) ?? [], q);
      if (value !== undefined) points.push({ year, value });
    }
    areaTrends.set(q.column, fitTrend(points));
  }
  if (quantities.some((q) => areaTrends.get(q.column) === undefined)) return undefined;
  const lastRows = history.get(lastYear) ?? [];
  const departments = lastRows.map((last): DepartmentModel => {
    const series = quantities.map((quantity): Series => {
      const points: TrendPoint[] = [];
      for (const year of years) {
        const row = history.get(year)?.find((r) => r.department_id === last.department_id);
        const value = row === undefined ? undefined : observed([row], quantity);
        if (value !== undefined) points.push({ year, value });
      }
      const own = fitTrend(points);
      if (own) return { quantity, trend: own, shift: 0 };
      // Too short a history of its own: the area's line, moved to go through the department's last value.
      const area = areaTrends.get(quantity.column) as LinearTrend;
      const lastValue = observed([last], quantity) ?? trendAt(area, lastYear);
      return { quantity, trend: area, shift: lastValue - trendAt(area, lastYear) };
    });
    return { last, series };
  });
  return { lastYear, departments, years };
}

/** Whole persons, rounded up with probability equal to the fraction: unbiased and monotone. */
function randomRound(value: number, random: Random): number {
  const u = random.uniform();
  return Math.max(0, Math.floor(value + u));
}

/**
 * One draw of the area's departments in `years` (ascending, each after the last known year).
 * Consumes the same number of random numbers whatever the values, so two models that differ
 * only in their trends see the same noise (common random numbers).
 */
export function drawAreaYears(
  model: AreaModel,
  years: readonly number[],
  random: Random,
): Map<number, DepartmentYearFacts[]> {
  const out = new Map<number, DepartmentYearFacts[]>(years.map((y) => [y, []]));
  for (const department of model.departments) {
    const values = new Map<number, Map<CountColumn, number>>(years.map((y) => [y, new Map()]));
    for (const s of department.series) {
      const { trend } = s;
      const nu = trend.degreesOfFreedom;
      let chi = 0;
      for (let i = 0; i < nu; i++) chi += random.normal() ** 2;
      const scale = nu > 0 && chi > 0 ? Math.sqrt(nu / chi) * trend.residualSd : 0;
      const zLevel = random.normal();
      const zSlope = random.normal();
      for (const year of years) {
        const z = random.normal();
        const noise =
          scale *
          (zLevel / Math.sqrt(trend.points) + (zSlope * (year - trend.meanYear)) / Math.sqrt(trend.sxx) + z);
        values.get(year)?.set(s.quantity.column, trendAt(trend, year) + s.shift + noise);
      }
    }
    for (const year of years) {
      const drawn = values.get(year) as Map<CountColumn, number>;
      const row: Record<string, unknown> = {
        year,
        area_id: department.last.area_id,
        area_name: department.last.area_name,
        municipality: department.last.municipality,
        department_id: department.last.department_id,
        ...(department.last.region === undefined ? {} : { region: department.last.region }),
      };
      for (const s of department.series) {
        const q = s.quantity;
        const v = drawn.get(q.column) ?? 0;
        if (q.kind === "level") row[q.column] = randomRound(v, random);
        else if (q.kind === "mean") row[q.column] = Math.round(Math.max(0, v) * (row[q.base] as number));
        else row[q.column] = randomRound(Math.min(1, Math.max(0, v)) * (row[q.base] as number), random);
      }
      out.get(year)?.push(row as unknown as DepartmentYearFacts);
    }
  }
  return out;
}

/**
 * Reference facts for years after the last known one: the linear trend of the known years (its
 * point value, no noise), or the last known value when there are fewer than 3.
 */
export interface ReferenceProjection {
  national(year: number): Rational | undefined;
  region(region: string, year: number): Rational | undefined;
}

function project(points: readonly TrendPoint[], year: number): number | undefined {
  const known = points.find((p) => p.year === year);
  if (known) return known.value;
  if (points.length === 0) return undefined;
  const trend = fitTrend(points);
  return trend ? trendAt(trend, year) : (points.at(-1) as TrendPoint).value;
}

const toRational = (value: number, scale: number) => rational(Math.round(value * scale), scale);

export function projectReference(reference: ReferenceFacts, lastKnownYear: number): ReferenceProjection {
  const national = reference.national.filter((n) => n.year <= lastKnownYear).sort((a, b) => a.year - b.year);
  const nationalPoints = national.map((n) => ({
    year: n.year,
    value: Number(n.national_conviction_share_18_plus.num) / Number(n.national_conviction_share_18_plus.den),
  }));
  const byRegion = new Map<string, TrendPoint[]>();
  for (const r of [...reference.regions]
    .filter((x) => x.year <= lastKnownYear)
    .sort((a, b) => a.year - b.year)) {
    const v = r.region_mean_gross_income_15_64_excl_students;
    byRegion.set(r.region, [
      ...(byRegion.get(r.region) ?? []),
      { year: r.year, value: Number(v.num) / Number(v.den) },
    ]);
  }
  return {
    national(year) {
      const exact = national.find((n) => n.year === year);
      if (exact) return exact.national_conviction_share_18_plus;
      const value = project(nationalPoints, year);
      return value === undefined ? undefined : toRational(Math.max(0, value), 1_000_000_000);
    },
    region(region, year) {
      const exact = reference.regions.find(
        (r) => r.region === region && r.year === year && year <= lastKnownYear,
      );
      if (exact) return exact.region_mean_gross_income_15_64_excl_students;
      const value = project(byRegion.get(region) ?? [], year);
      return value === undefined ? undefined : toRational(Math.max(0, value), 1);
    },
  };
}
