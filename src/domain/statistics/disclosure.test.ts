import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cellKey, suppressSmallCells, suppressTwoWayTable, type TwoWayTable } from "./disclosure.ts";

describe("disclosure control of strata", () => {
  it("withholds cells under 5 persons, marked, and shows the rest", () => {
    const shown = suppressSmallCells([
      { stratum: "a", persons: 3, events: 1 },
      { stratum: "b", persons: 4, events: 0 },
      { stratum: "c", persons: 40, events: 2 },
    ]);
    expect(shown).toEqual([
      { stratum: "a", suppressed: true, reason: "under-minimum" },
      { stratum: "b", suppressed: true, reason: "under-minimum" },
      { stratum: "c", suppressed: false, persons: 40, events: 2 },
    ]);
  });

  it("withholds the smallest other cell when only one is small, so it cannot be recomputed from the total", () => {
    const shown = suppressSmallCells([
      { stratum: "a", persons: 2, events: 1 },
      { stratum: "b", persons: 90, events: 5 },
      { stratum: "c", persons: 12, events: 2 },
    ]);
    expect(shown.map((c) => (c.suppressed ? c.reason : "shown"))).toEqual([
      "under-minimum",
      "shown",
      "complementary",
    ]);
  });

  it("withholds nothing when every cell has 5 persons or more", () => {
    expect(suppressSmallCells([{ stratum: "a", persons: 5, events: 5 }]).every((c) => !c.suppressed)).toBe(
      true,
    );
  });
});

/** A table from interior counts; margins are the sums (as persons in disjoint cells add up). */
function tableOf(interior: readonly (readonly number[])[]): TwoWayTable {
  const rows = interior.map((_, i) => `r${i}`);
  const columns = (interior[0] ?? []).map((_, j) => `c${j}`);
  const value = (row: string, column: string): number => {
    const i = rows.indexOf(row);
    const j = columns.indexOf(column);
    if (i >= 0 && j >= 0) return interior[i]?.[j] ?? 0;
    if (i >= 0) return (interior[i] ?? []).reduce((s, x) => s + x, 0);
    if (j >= 0) return interior.reduce((s, r) => s + (r[j] ?? 0), 0);
    return interior.flat().reduce((s, x) => s + x, 0);
  };
  return { rows, columns, rowTotal: "Alle", columnTotal: "I alt", persons: value };
}

describe("disclosure control of a two-way table with margins", () => {
  it("withholds a small cell, one more in its row and one more in its column, and the fourth corner", () => {
    const reasons = suppressTwoWayTable(
      tableOf([
        [3, 40],
        [30, 50],
      ]),
    );
    expect(Object.fromEntries([...reasons].map(([k, v]) => [k.replace("\u0000", "|"), v]))).toEqual({
      "r0|c0": "under-minimum",
      "r0|c1": "complementary",
      "r1|c0": "complementary",
      "r1|c1": "complementary",
    });
  });

  it("withholds nothing at 5 persons in every cell, and a cell of 4 is withheld", () => {
    expect(suppressTwoWayTable(tableOf([[5, 5]])).size).toBe(0);
    expect(suppressTwoWayTable(tableOf([[4, 5]])).get(cellKey("r0", "c0"))).toBe("under-minimum");
  });

  it("withholds a column total equal to the only row's cell (one row: the total is that cell)", () => {
    const reasons = suppressTwoWayTable(tableOf([[2, 50]]));
    expect(reasons.get(cellKey("r0", "c0"))).toBe("under-minimum");
    expect(reasons.get(cellKey("Alle", "c0"))).toBe("under-minimum");
    expect(reasons.get(cellKey("r0", "c1"))).toBe("complementary");
    expect(reasons.get(cellKey("Alle", "c1"))).toBe("complementary");
  });

  it("never leaves a line with exactly one withheld cell, and withholds every cell under 5", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((columns) =>
          fc.array(fc.array(fc.integer({ min: 0, max: 30 }), { minLength: columns, maxLength: columns }), {
            minLength: 1,
            maxLength: 6,
          }),
        ),
        (interior) => {
          const table = tableOf(interior);
          const reasons = suppressTwoWayTable(table);
          const rows = [...table.rows, table.rowTotal];
          const columns = [...table.columns, table.columnTotal];
          for (const row of rows)
            for (const column of columns)
              if (table.persons(row, column) < 5) expect(reasons.has(cellKey(row, column))).toBe(true);
          const lines = [
            ...rows.map((row) => columns.map((column) => cellKey(row, column))),
            ...columns.map((column) => rows.map((row) => cellKey(row, column))),
          ];
          for (const line of lines) expect(line.filter((key) => reasons.has(key)).length).not.toBe(1);
        },
      ),
      { numRuns: 300 },
    );
  });
});
