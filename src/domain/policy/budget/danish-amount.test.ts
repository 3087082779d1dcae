import { describe, expect, it } from "vitest";
import { numbersIn, parseDanishAmount } from "./danish-amount.ts";

describe("parseDanishAmount", () => {
  it.each([
    ["1,1 mio. kr.", 1_100_000],
    ["10,35 mio.", 10_350_000],
    ["950.000 kr. i 2008", 950_000],
    ["100.000,- kr.", 100_000],
    ["½ mio. i årene fremover", 500_000],
    ["2,37 mill kr.", 2_370_000],
    ["1,37 mill. kr. fra BIF", 1_370_000],
    ["*2,37 mio.", 2_370_000],
    ["**319,0 mio.", 319_000_000],
    ["6.9 mio. kr.", 6_900_000],
    ["10.1 mio. kr. årligt", 10_100_000],
    ["3. mio.", 3_000_000],
    ["15.000 kr.", 15_000],
  ])("reads %s as %d kroner", (text, amount) => {
    expect(parseDanishAmount(text)).toBe(amount);
  });

  it("returns null for text without an amount", () => {
    expect(parseDanishAmount("ingen beløb")).toBeNull();
  });
});

describe("numbersIn", () => {
  it("finds every number, so an ambiguous figure shows", () => {
    expect(numbersIn("ca. 180 200")).toEqual([180, 200]);
    expect(numbersIn("33,2 %")).toEqual([33.2]);
  });
});
