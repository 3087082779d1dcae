import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { comparators, satisfies } from "../law/comparator.ts";
import type { Threshold } from "../law/parameter-reader.ts";
import { rational } from "../law/rational.ts";
import { criterion, exactShare } from "./criterion.ts";

/**
 * `criterion` decides most shares in doubles (cross products of ten-thousandths, when both are
 * at most 2^53 - 1) and the rest in bigint. Either way it must decide as exact rational
 * arithmetic does, on both sides of every threshold and exactly on it.
 */
const countArb = fc.oneof(
  fc.integer({ min: 0, max: 10_000 }),
  fc.integer({ min: 0, max: 2 ** 40 }),
  fc.integer({ min: 0, max: 10_000_000 }).map((n) => n / 10_000),
);
const thresholdArb = fc
  .record({
    num: fc.oneof(fc.bigInt({ min: 0n, max: 1000n }), fc.bigInt({ min: 0n, max: 2n ** 70n })),
    den: fc.oneof(fc.bigInt({ min: 1n, max: 1000n }), fc.bigInt({ min: 1n, max: 2n ** 70n })),
    comparator: fc.constantFrom(...comparators),
  })
  .map(
    ({ num, den, comparator }): Threshold => ({ parameterId: "p", value: rational(num, den), comparator }),
  );

describe("criterion decides as exact rationals do", () => {
  it("for any counts and any threshold", () => {
    fc.assert(
      fc.property(countArb, countArb, thresholdArb, (numerator, denominator, threshold) => {
        const exact = exactShare(numerator, denominator);
        const expected = exact !== undefined && satisfies(exact, threshold.comparator, threshold.value);
        expect(criterion({ id: "c", label: "", numerator, denominator, threshold }).met).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it("for a share exactly on the threshold, and one ten-thousandth to either side", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.constantFrom(...comparators),
        (denominator, p, q, comparator) => {
          const threshold: Threshold = { parameterId: "p", value: rational(p, q), comparator };
          // On it when p/q × denominator is a whole number of ten-thousandths.
          const on = (p * denominator * 10_000) / q;
          for (const numerator of [Math.floor(on), Math.ceil(on), Math.floor(on) - 1, Math.ceil(on) + 1]) {
            const n = numerator / 10_000;
            if (n < 0) continue;
            const exact = exactShare(n, denominator);
            const expected = exact !== undefined && satisfies(exact, comparator, threshold.value);
            expect(criterion({ id: "c", label: "", numerator: n, denominator, threshold }).met).toBe(
              expected,
            );
          }
        },
      ),
    );
  });

  it("where the cross products pass 2^53 and doubles cannot tell them apart", () => {
    // 7/1000 against a share whose cross products differ by one at about 3 × 10^16.
    const threshold: Threshold = { parameterId: "p", value: rational(7, 1000), comparator: "gte" };
    let den = 2 ** 52;
    while ((7 * (den % 1000)) % 1000 !== 1) den += 1;
    const num = (7n * BigInt(den) - 1n) / 1000n;
    const numerator = Number(num) / 10_000;
    const denominator = den / 10_000;
    // In doubles the two cross products are equal; exactly, the share is just under 7/1000.
    expect(Number(num) * 1000).toBe(7 * den);
    expect(criterion({ id: "c", label: "", numerator, denominator, threshold }).met).toBe(false);
    const above = criterion({
      id: "c",
      label: "",
      numerator: (Number(num) + 1) / 10_000,
      denominator,
      threshold,
    });
    expect(above.met).toBe(true);
  });

  it("meets nothing on an empty base, and says so", () => {
    const threshold: Threshold = { parameterId: "p", value: rational(0), comparator: "gte" };
    const c = criterion({ id: "c", label: "", numerator: 0, denominator: 0, threshold });
    expect(c.met).toBe(false);
    expect(c.note).toContain("Grundlaget er 0 personer");
  });
});
