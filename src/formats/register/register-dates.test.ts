import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validDate } from "./register-rows.ts";

/** The check `validDate` replaced: a regular expression and a round trip through `Date`. */
function throughDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

describe("validDate", () => {
  it("refuses and accepts exactly what the check through Date did", () => {
    const dateLike = fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
      )
      .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
    const mangled = fc
      .tuple(dateLike, fc.nat({ max: 9 }), fc.string({ maxLength: 2 }))
      .map(([text, at, insert]) => text.slice(0, at) + insert + text.slice(at + 1));
    fc.assert(
      fc.property(fc.oneof(dateLike, mangled, fc.string({ maxLength: 12 })), (text) => {
        expect(validDate(text)).toBe(throughDate(text));
      }),
      { numRuns: 20_000 },
    );
  });

  it("knows the leap days, month ends and the years Date read as 1900-1999", () => {
    for (const [text, ok] of [
      ["2024-02-29", true],
      ["2023-02-29", false],
      ["2000-02-29", true],
      ["1900-02-29", false],
      ["2023-04-31", false],
      ["2023-12-31", true],
      ["2023-00-10", false],
      ["2023-01-00", false],
      ["0099-01-01", false],
      ["0100-01-01", true],
      ["2023-1-01", false],
      ["2023-01-01 ", false],
      ["２０２３-01-01", false],
    ] as const) {
      expect(validDate(text)).toBe(ok);
      expect(throughDate(text)).toBe(ok);
    }
  });
});
