import { DomainError } from "../errors.ts";
import { add, rational, toNumber } from "../law/rational.ts";
import { DECIMAL_SCALE, scaledSum } from "../law/scaled-decimal.ts";
import { exactNumber } from "./criterion.ts";
import type { CountColumn, DepartmentYearFacts } from "./department-year-facts.ts";

/**
 * Sum of a count over departments. classify-areas.ts has checked presence; this guards anyway.
 * Added exactly: full-time equivalents have decimals, and 0.1 + 0.2 in floating point would
 * move a sum that sits on a threshold (the result is the decimal sum, e.g. 57.9, not 57.900…01).
 */
export function total(rows: readonly DepartmentYearFacts[], column: CountColumn): number {
  const present = (row: DepartmentYearFacts): number => {
    const value = row[column];
    if (value === undefined) {
      throw new DomainError(
        "missing_fact",
        {
          da: `Kolonnen ${column} mangler for afdeling ${row.department_id} i ${row.year}`,
          en: `The column ${column} is missing for department ${row.department_id} in ${row.year}`,
        },
        [
          {
            field: column,
            message: `mangler for afdeling ${row.department_id} i ${row.year}`,
            en: `missing for department ${row.department_id} in ${row.year}`,
          },
        ],
      );
    }
    return value;
  };
  const scaled = scaledSum(rows, present);
  // Both routes give the double nearest the exact decimal sum.
  if (scaled !== undefined) return scaled / DECIMAL_SCALE;
  return toNumber(rows.reduce((acc, row) => add(acc, exactNumber(present(row))), rational(0)));
}

/** Exact sum of numbers that may have decimals (see `total`). */
export function exactSum(values: readonly number[]): number {
  const scaled = scaledSum(values, (v) => v);
  if (scaled !== undefined) return scaled / DECIMAL_SCALE;
  return toNumber(values.reduce((acc, v) => add(acc, exactNumber(v)), rational(0)));
}

/** The one region of an area's departments (the income criterion compares with it). */
export function regionOf(rows: readonly DepartmentYearFacts[], areaId: string): string {
  const regions = [
    ...new Set(rows.map((r) => r.region).filter((r): r is string => r !== undefined && r !== "")),
  ];
  if (regions.length !== 1) {
    throw new DomainError(
      regions.length === 0 ? "missing_fact" : "invalid_input",
      {
        da: `Område ${areaId} skal have netop én region; fandt ${regions.length === 0 ? "ingen" : regions.join(", ")}`,
        en: `Area ${areaId} must have exactly one region; found ${regions.length === 0 ? "none" : regions.join(", ")}`,
      },
      [{ field: "region", message: "netop én region pr. område", en: "exactly one region per area" }],
    );
  }
  return regions[0] as string;
}

export interface DepartmentShare {
  readonly departmentId: string;
  readonly numerator: number;
  readonly denominator: number;
}

/**
 * The department with the highest share (exactly compared); "at least one department" tests
 * are met if and only if this one meets them. Departments with an empty base never win.
 */
export function highestDepartmentShare(
  rows: readonly DepartmentYearFacts[],
  numerator: CountColumn,
  denominator: CountColumn,
): DepartmentShare {
  const first = rows[0];
  if (first === undefined) throw new RangeError("highestDepartmentShare: no departments");
  // One pass, no object per department: it runs for every area of a list.
  let best = first;
  for (const row of rows) {
    const d = row[denominator] ?? 0;
    if (d === 0) continue;
    const bestDen = best[denominator] ?? 0;
    if (bestDen === 0 || (row[numerator] ?? 0) * bestDen > (best[numerator] ?? 0) * d) best = row;
  }
  return {
    departmentId: best.department_id,
    numerator: best[numerator] ?? 0,
    denominator: best[denominator] ?? 0,
  };
}
