import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  cellKey,
  isSmallCount,
  shareDisclosure,
  suppressParts,
  suppressSmallCells,
  suppressTwoWayTable,
  type TwoWayTable,
} from "./disclosure.ts";

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
          // Beside a shown total, the withheld cells of a line never hold 1-4 persons together.
          for (const line of lines) {
            const total = line[line.length - 1] as string;
            if (reasons.has(total)) continue;
            const [row, column] = total.split("\u0000") as [string, string];
            const shown = line
              .slice(0, -1)
              .filter((key) => !reasons.has(key))
              .reduce((sum, key) => sum + table.persons(...(key.split("\u0000") as [string, string])), 0);
            expect(isSmallCount(table.persons(row, column) - shown)).toBe(false);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("withholds more cells when two withheld cells of a line hold fewer than 5 persons together", () => {
    const reasons = suppressTwoWayTable(tableOf([[1, 2, 40, 50]]));
    // r0: 1 and 2 are withheld (3 persons together); 40 is withheld too, so the row cannot give 3.
    expect(reasons.get(cellKey("r0", "c2"))).toBe("complementary");
    expect(reasons.has(cellKey("r0", "c3"))).toBe(false);
  });
});

/** Small parts of a total: counts of 0-12 persons out of bases of 0-15, some parts not published at all. */
const partsArbitrary = fc.array(
  fc
    .record({ base: fc.integer({ min: 0, max: 15 }), share: fc.double({ min: 0, max: 1, noNaN: true }) })
    .chain(({ base, share }) =>
      fc.record({
        count: fc.constant(Math.floor(base * share)),
        base: fc.constant(base),
        shown: fc.boolean(),
      }),
    ),
  { minLength: 1, maxLength: 8 },
);

describe("disclosure control of parts published beside their total", () => {
  it("withholds a second department when the first could be recomputed from the area's total", () => {
    const reasons = suppressParts(
      [
        { id: "a", count: 2, base: 10 },
        { id: "b", count: 40, base: 100 },
        { id: "c", count: 30, base: 80 },
      ],
      { count: 72, base: 190 },
      (count, base) => shareDisclosure(count, base),
    );
    expect(Object.fromEntries(reasons)).toEqual({ a: "under-minimum", c: "complementary" });
  });

  it("withholds the one department shown when the departments not shown are a small group", () => {
    // The area's total 52/112 beside its highest department 50/100: the others are 2 of 12.
    const reasons = suppressParts(
      [{ id: "highest", count: 50, base: 100 }],
      { count: 52, base: 112 },
      (c, b) => shareDisclosure(c, b),
    );
    expect(reasons.get("highest")).toBe("complementary");
    expect(
      suppressParts([{ id: "highest", count: 50, base: 100 }], { count: 60, base: 130 }, (c, b) =>
        shareDisclosure(c, b),
      ).size,
    ).toBe(0);
  });

  it("for any pattern of small cells, no withheld or unpublished persons can be recomputed from the total and the shown parts", () => {
    fc.assert(
      fc.property(partsArbitrary, (cells) => {
        const parts = cells.flatMap((cell, i) =>
          cell.shown ? [{ id: `d${i}`, count: cell.count, base: cell.base }] : [],
        );
        const total = {
          count: cells.reduce((sum, cell) => sum + cell.count, 0),
          base: cells.reduce((sum, cell) => sum + cell.base, 0),
        };
        const reasons = suppressParts(parts, total, (count, base) => shareDisclosure(count, base));
        const published = parts.filter((part) => !reasons.has(part.id));
        // Every part shown is safe on its own ...
        for (const part of published) expect(shareDisclosure(part.count, part.base)).toBeUndefined();
        // ... and what the published total leaves over is empty or safe: no withheld part is the
        // total minus the others, and no group of 1-4 persons is the total minus the shown parts.
        if (shareDisclosure(total.count, total.base) !== undefined) return;
        const rest = {
          count: total.count - published.reduce((sum, part) => sum + part.count, 0),
          base: total.base - published.reduce((sum, part) => sum + part.base, 0),
        };
        if (rest.count !== 0 || rest.base !== 0)
          expect(shareDisclosure(rest.count, rest.base)).toBeUndefined();
        const unpublished = cells.length - published.length;
        if (unpublished === 1) {
          const only = cells.find((cell, i) => !cell.shown || reasons.has(`d${i}`));
          expect(only === undefined || shareDisclosure(only.count, only.base) === undefined).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("withholds strata until the withheld ones hold no persons or at least 5 together", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 8 }), (persons) => {
        const cells = persons.map((n, i) => ({ stratum: `s${i}`, persons: n, events: 0 }));
        const shown = suppressSmallCells(cells);
        const withheld = shown.flatMap((cell, i) => (cell.suppressed ? [persons[i] as number] : []));
        for (const [i, cell] of shown.entries())
          if ((persons[i] as number) < 5) expect(cell.suppressed).toBe(true);
        const together = withheld.reduce((sum, n) => sum + n, 0);
        const all = persons.reduce((sum, n) => sum + n, 0);
        if (all >= 5) expect(together === 0 || together >= 5).toBe(true);
        if (all >= 5 && withheld.length === 1) expect(withheld[0]).toBe(0);
      }),
      { numRuns: 500 },
    );
  });
});
