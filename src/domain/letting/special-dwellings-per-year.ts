import type { CreatedInYear } from "./special-dwellings.ts";

/**
 * The register has one row per registration, several in a year; the plan is followed per
 * year. Years keep the order of the rows (the register lists them by year).
 */
export function createdPerYear(
  rows: readonly { readonly year: number; readonly dwellings: number }[],
): CreatedInYear[] {
  const byYear = new Map<number, number>();
  for (const r of rows) byYear.set(r.year, (byYear.get(r.year) ?? 0) + r.dwellings);
  return [...byYear].map(([year, created]) => ({ year, created }));
}
