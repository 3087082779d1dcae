import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { copyLine } from "./bulk-writer.ts";

/** PostgreSQL's reading of a line of COPY text (text format, tab-separated, \N for NULL). */
function readCopyLine(line: string): (string | null)[] {
  expect(line.endsWith("\n")).toBe(true);
  return line
    .slice(0, -1)
    .split("\t")
    .map((field) =>
      field === "\\N"
        ? null
        : field.replace(/\\(.)/g, (_, c: string) => ({ t: "\t", n: "\n", r: "\r" })[c] ?? c),
    );
}

describe("copyLine", () => {
  it("writes a row PostgreSQL reads back as the same values, whatever tabs, breaks and backslashes they hold", () => {
    const value = fc.option(
      fc
        .array(fc.constantFrom("a", "\\", "\t", "\n", "\r", "N", "æ", " ", "\\N"), { maxLength: 8 })
        .map((parts) => parts.join("")),
      { nil: null },
    );
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 6 }), (values) => {
        const line = copyLine(values);
        // One line per row: a break inside a value is escaped, never written as it is.
        expect(line.indexOf("\n")).toBe(line.length - 1);
        expect(line).not.toContain("\r");
        expect(readCopyLine(line)).toEqual(values);
      }),
      { numRuns: 500 },
    );
    expect(copyLine(["2010", null, "a\\b"])).toBe("2010\t\\N\ta\\\\b\n");
  });
});
