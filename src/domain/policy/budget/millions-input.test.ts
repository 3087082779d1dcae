import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readMillionsInput } from "./millions-input.ts";

describe("an amount typed in a table in millions", () => {
  it("reads the Danish way: decimal comma, points grouping thousands", () => {
    expect(readMillionsInput("10,35")).toEqual({ kind: "amount", kroner: 10_350_000 });
    expect(readMillionsInput("6")).toEqual({ kind: "amount", kroner: 6_000_000 });
    expect(readMillionsInput("0,5 mio. kr.")).toEqual({ kind: "amount", kroner: 500_000 });
    expect(readMillionsInput("1.200,5")).toMatchObject({ kind: "question" }); // 1,2 billion: questioned
    expect(readMillionsInput("ti").kind).toBe("invalid");
  });

  it("questions 950.000 with both readings, and never stores 950 mio. kr. silently", () => {
    const reading = readMillionsInput("950.000");
    expect(reading).toEqual({
      kind: "question",
      message: "Tabellen er i mio. kr. Skal »950.000« læses som et af disse beløb?",
      options: [
        { kroner: 950_000_000, wording: "950,00 mio. kr." },
        { kroner: 950_000, wording: "950.000 kr. (0,95 mio. kr.)" },
      ],
    });
    expect(readMillionsInput("1.200.000")).toMatchObject({
      kind: "question",
      options: [{ kroner: 1_200_000 }],
    });
  });

  it("questions an amount far out of line with the table, offering it as kroner", () => {
    expect(readMillionsInput("950", 10_000_000)).toMatchObject({
      kind: "question",
      options: [{ kroner: 950_000_000 }, { kroner: 950 }],
    });
    expect(readMillionsInput("95", 10_000_000)).toEqual({ kind: "amount", kroner: 95_000_000 });
  });

  it("reads back exactly what the field shows for any stored amount of a plausible size", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), (kroner) => {
        // As the web app's field shows a stored amount (web/src/format.ts, millionsForInput).
        const shown = (kroner / 1_000_000).toLocaleString("da-DK", {
          minimumFractionDigits: 2,
          maximumFractionDigits: 6,
          useGrouping: false,
        });
        const reading = readMillionsInput(shown);
        expect(reading).toEqual({ kind: "amount", kroner });
      }),
    );
  });
});
