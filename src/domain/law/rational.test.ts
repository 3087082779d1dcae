import { describe, expect, it } from "vitest";
import { satisfies } from "./comparator.ts";
import { add, compare, formatRational, multiply, parseRational, rational } from "./rational.ts";

describe("exact rationals", () => {
  it("reads decimals exactly as written, not as the nearest float", () => {
    expect(parseRational(0.4)).toEqual(rational(2, 5));
    expect(parseRational("0.027")).toEqual(rational(27, 1000));
    expect(parseRational("270/10000")).toEqual(rational(27, 1000));
    expect(parseRational("2.7e-2")).toEqual(rational(27, 1000));
    expect(parseRational(15000)).toEqual(rational(15000));
  });

  it("refuses what is not a number", () => {
    expect(parseRational("fyrre")).toBeUndefined();
    expect(parseRational("1/0")).toBeUndefined();
    expect(parseRational(Number.NaN)).toBeUndefined();
  });

  it("compares 0.1 + 0.2 with 0.3 as equal (floats do not)", () => {
    expect(0.1 + 0.2 === 0.3).toBe(false);
    expect(compare(add(rational(1, 10), rational(2, 10)), rational(3, 10))).toBe(0);
  });

  it("decides a share sitting exactly on 40 % the way the law's word says", () => {
    const onThreshold = rational(400, 1000);
    const forty = rational(40, 100);
    expect(satisfies(onThreshold, "gte", forty)).toBe(true);
    expect(satisfies(onThreshold, "gt", forty)).toBe(false);
    expect(satisfies(onThreshold, "lt", forty)).toBe(false);
    expect(satisfies(onThreshold, "lte", forty)).toBe(true);
  });

  it("multiplies and prints fractions in lowest terms", () => {
    expect(formatRational(multiply(rational(3), rational(107, 10000)))).toBe("321/10000");
    expect(formatRational(rational(-4, -8))).toBe("1/2");
  });
});
