/**
 * Disclosure control of a table of counts per stratum: a cell with fewer than `minimum` persons
 * is not shown, and, since the group's totals are shown, neither is one more cell when exactly
 * one is withheld (else it could be recomputed as total minus the others). What is withheld is
 * marked with its reason, never left out silently.
 */
export const MINIMUM_CELL_PERSONS = 5;

export type SuppressionReason = "under-minimum" | "complementary";

export interface CountCell {
  readonly stratum: string;
  readonly persons: number;
  readonly events: number;
}

export type ShownCell =
  | {
      readonly stratum: string;
      readonly suppressed: false;
      readonly persons: number;
      readonly events: number;
    }
  | { readonly stratum: string; readonly suppressed: true; readonly reason: SuppressionReason };

/** The cells of one group (whose totals are published) with the small ones and their complements withheld. */
export function suppressSmallCells(
  cells: readonly CountCell[],
  minimum: number = MINIMUM_CELL_PERSONS,
): readonly ShownCell[] {
  const reasons = new Map<string, SuppressionReason>();
  for (const cell of cells) if (cell.persons < minimum) reasons.set(cell.stratum, "under-minimum");
  if (reasons.size === 1) {
    const smallestShown = cells
      .filter((cell) => !reasons.has(cell.stratum))
      .sort((a, b) => a.persons - b.persons || a.stratum.localeCompare(b.stratum))[0];
    if (smallestShown !== undefined) reasons.set(smallestShown.stratum, "complementary");
  }
  return cells.map((cell) => {
    const reason = reasons.get(cell.stratum);
    return reason === undefined
      ? { stratum: cell.stratum, suppressed: false, persons: cell.persons, events: cell.events }
      : { stratum: cell.stratum, suppressed: true, reason };
  });
}

export const suppressionText: Record<SuppressionReason, string> = {
  "under-minimum": `færre end ${MINIMUM_CELL_PERSONS} personer`,
  complementary: "skjult, så en skjult celle ikke kan regnes ud fra totalen",
};
