/**
 * Disclosure control of a table of counts per stratum: a cell with fewer than `minimum` persons
 * is not shown, and, since the group's totals are shown, neither is one more cell when exactly
 * one is withheld (else it could be recomputed as total minus the others). What is withheld is
 * marked with its reason, never left out silently.
 */
export const MINIMUM_CELL_PERSONS = 5;

/**
 * The dated parameter of the minimum cell (`rules/statistik/`). Use cases read it on the day they
 * publish and pass it on; MINIMUM_CELL_PERSONS is its value, the default of the pure functions.
 */
export const MINIMUM_CELL_PARAMETER = "statistik.mindste_antal_personer_i_celle";

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

/**
 * The cells of one group (whose totals are published) with the small ones and their complements
 * withheld: a cell under `minimum` persons (an empty one too), then more cells, the smallest
 * first, until the withheld cells together hold no persons or at least `minimum` (`suppressParts`):
 * one withheld cell would be the total minus the others, two of 1 and 2 persons a group of 3.
 */
export function suppressSmallCells(
  cells: readonly CountCell[],
  minimum: number = MINIMUM_CELL_PERSONS,
): readonly ShownCell[] {
  const persons = cells.reduce((sum, cell) => sum + cell.persons, 0);
  const reasons = suppressParts(
    cells.map((cell) => ({ id: cell.stratum, count: cell.persons, base: cell.persons })),
    { count: persons, base: persons },
    (persons) => (persons < minimum ? "under-minimum" : undefined),
  );
  return cells.map((cell) => {
    const reason = reasons.get(cell.stratum);
    return reason === undefined
      ? { stratum: cell.stratum, suppressed: false, persons: cell.persons, events: cell.events }
      : { stratum: cell.stratum, suppressed: true, reason };
  });
}

/** A part of a published total: `count` persons (or kroner, …) out of `base` persons. */
export interface PartCell {
  readonly id: string;
  readonly count: number;
  readonly base: number;
}

/**
 * Disclosure control of parts published beside their total (a department's count beside its
 * area's, an area's beside its area type's, strata beside their group's): a part is withheld when
 * `disclosive` says so of it, and then more parts, the smallest base first (then the smallest
 * count, then the first), until what the total leaves over is not disclosive either. What it
 * leaves over is the total less the parts shown: the withheld parts and the parts not published
 * at all (leave them out of `parts`; the total counts them), together. One withheld part would
 * otherwise be the total minus the others; a remainder of 1-4 persons reveals them as a group.
 * An empty remainder (count and base 0) reveals nobody. When the total is itself disclosive it is
 * withheld by its publisher, and nothing can be recomputed from it: only the parts' own reasons
 * apply. The usual greedy heuristic, not an optimal cell-suppression solution.
 */
export function suppressParts(
  parts: readonly PartCell[],
  total: { readonly count: number; readonly base: number },
  disclosive: (count: number, base: number) => SuppressionReason | undefined,
): ReadonlyMap<string, SuppressionReason> {
  const reasons = new Map<string, SuppressionReason>();
  for (const part of parts) {
    const reason = disclosive(part.count, part.base);
    if (reason !== undefined) reasons.set(part.id, reason);
  }
  if (disclosive(total.count, total.base) !== undefined) return reasons;
  const candidates = parts
    .map((part, order) => ({ part, order }))
    .sort((a, b) => a.part.base - b.part.base || a.part.count - b.part.count || a.order - b.order)
    .map(({ part }) => part);
  for (;;) {
    let count = total.count;
    let base = total.base;
    for (const part of parts)
      if (!reasons.has(part.id)) {
        count -= part.count;
        base -= part.base;
      }
    if ((count === 0 && base === 0) || disclosive(count, base) === undefined) return reasons;
    const next = candidates.find((part) => !reasons.has(part.id));
    if (next === undefined) return reasons;
    reasons.set(next.id, "complementary");
  }
}

export const suppressionText: Record<SuppressionReason, string> = {
  "under-minimum": `færre end ${MINIMUM_CELL_PERSONS} personer`,
  complementary: "skjult, så en skjult celle ikke kan regnes ud fra totalen",
};

/** The marking of a withheld cell, in Danish, for a minimum read on the day. */
export function withheldText(reason: SuppressionReason, minimum: number = MINIMUM_CELL_PERSONS): string {
  return reason === "under-minimum" ? `færre end ${minimum} personer` : suppressionText.complementary;
}

/** A count of persons between 1 and minimum − 1: 0 reveals nobody and is shown. */
export function isSmallCount(persons: number, minimum: number = MINIMUM_CELL_PERSONS): boolean {
  return persons > 0 && persons < minimum;
}

/**
 * Whether a published count of persons out of a published base (a share, or the count beside its
 * base) must be withheld, and why: the count or the base is a small cell ("under-minimum"), or
 * the persons the count leaves out are (base − count, "complementary": a share of 99 % of 200
 * tells that 2 persons are not counted). `undefined`: it may be shown.
 */
export function shareDisclosure(
  count: number,
  base: number,
  minimum: number = MINIMUM_CELL_PERSONS,
): SuppressionReason | undefined {
  if (isSmallCount(count, minimum) || isSmallCount(base, minimum)) return "under-minimum";
  if (isSmallCount(base - count, minimum)) return "complementary";
  return undefined;
}

/** A count of persons shown as a number, or as the marking of a withheld cell. */
export function countOrWithheld(persons: number, minimum: number = MINIMUM_CELL_PERSONS): number | string {
  return isSmallCount(persons, minimum) ? withheldText("under-minimum", minimum) : persons;
}

/**
 * A two-way table whose rows and columns both have published totals (margins): interior cells
 * `rows × columns`, the row totals in column `columnTotal`, the column totals in row `rowTotal`.
 * `persons(row, column)` is the number of persons behind a cell (margins included).
 */
export interface TwoWayTable {
  readonly rows: readonly string[];
  readonly columns: readonly string[];
  readonly rowTotal: string;
  readonly columnTotal: string;
  readonly persons: (row: string, column: string) => number;
}

/** The key of a cell in the map `suppressTwoWayTable` returns. */
export const cellKey = (row: string, column: string): string => `${row}\u0000${column}`;

/**
 * Disclosure control of a two-way table with margins: every cell (margins too) with fewer than
 * `minimum` persons is withheld, and then complementary cells until no line (a row with its total,
 * or a column with its total) has exactly one withheld cell — one withheld cell in a line could be
 * recomputed as the line's total minus the others — nor withheld cells that together hold 1 to
 * `minimum` − 1 persons beside a shown total (the line's total less its shown cells). A complement is taken from the line's interior
 * cells before its total, the smallest first (then the first in table order). This is the usual
 * line-by-line heuristic, not an optimal or an audited cell-suppression solution.
 */
export function suppressTwoWayTable(
  table: TwoWayTable,
  minimum: number = MINIMUM_CELL_PERSONS,
): ReadonlyMap<string, SuppressionReason> {
  const allRows = [...table.rows, table.rowTotal];
  const allColumns = [...table.columns, table.columnTotal];
  const reasons = new Map<string, SuppressionReason>();
  for (const row of allRows)
    for (const column of allColumns)
      if (table.persons(row, column) < minimum) reasons.set(cellKey(row, column), "under-minimum");
  const lines: (readonly (readonly [string, string])[])[] = [
    ...allRows.map((row) => allColumns.map((column) => [row, column] as const)),
    ...allColumns.map((column) => allRows.map((row) => [row, column] as const)),
  ];
  const isMargin = ([row, column]: readonly [string, string]) =>
    row === table.rowTotal || column === table.columnTotal;
  for (let changed = true; changed; ) {
    changed = false;
    for (const line of lines) {
      const withheld = line.filter(([row, column]) => reasons.has(cellKey(row, column)));
      if (withheld.length === 0) continue;
      // The line's total is its last cell; with it shown, the withheld cells hold total − shown
      // persons together: 1-4 of them would be revealed as a group.
      const lineTotal = line[line.length - 1] as readonly [string, string];
      const together = reasons.has(cellKey(...lineTotal))
        ? 0
        : line
            .slice(0, -1)
            .filter(([row, column]) => !reasons.has(cellKey(row, column)))
            .reduce((rest, cell) => rest - table.persons(...cell), table.persons(...lineTotal));
      if (withheld.length !== 1 && !isSmallCount(together, minimum)) continue;
      const complement = line
        .filter(([row, column]) => !reasons.has(cellKey(row, column)))
        .map((cell, order) => ({ cell, order }))
        .sort(
          (a, b) =>
            Number(isMargin(a.cell)) - Number(isMargin(b.cell)) ||
            table.persons(...a.cell) - table.persons(...b.cell) ||
            a.order - b.order,
        )[0];
      if (complement === undefined) continue;
      reasons.set(cellKey(...complement.cell), "complementary");
      changed = true;
    }
  }
  return reasons;
}
