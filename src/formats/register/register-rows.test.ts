import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ProblemLog } from "./register-problems.ts";
import { type RawRow, readRows } from "./register-rows.ts";
import { scanBatch } from "./register-source.ts";

/**
 * A register CSV goes to the parser as bytes, in pieces of 64 KiB, decoded field by field in the
 * encoding the scan found: a character split between two pieces, a quoted line break, a Latin-1
 * file and the header's column order must all read as the text itself says, each row numbered by
 * the line it ends on (header = 1).
 */

async function read(bytes: Buffer): Promise<{ rows: RawRow[]; problems: ProblemLog }> {
  const { files } = await scanBatch([{ fileName: "areas.csv", content: bytes }]);
  const problems = new ProblemLog();
  const rows: RawRow[] = [];
  for await (const batch of readRows(files[0] as (typeof files)[number], "areas.csv", problems))
    rows.push(...batch);
  return { rows, problems };
}

const quoted = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

describe("reading a register CSV file", () => {
  it("reads every name whole across the 64 KiB pieces, in UTF-8 and Latin-1, with its line", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.array(fc.constantFrom("æ", "ø", "Å", "é", "a", " ", ",", '"', "\n", "b"), { maxLength: 40 }),
          {
            minLength: 1,
            maxLength: 30,
          },
        ),
        fc.integer({ min: 0, max: 40 }),
        fc.constantFrom("utf8", "latin1") as fc.Arbitrary<"utf8" | "latin1">,
        async (names, pad, encoding) => {
          // Long enough (a filler row of 64 KiB less a little) that rows straddle the pieces' edge.
          const filler = `f,${"x".repeat(65_536 - 40 - pad)}`;
          const values = names.map((parts, i) => ({ id: `o${i}`, name: `${parts.join("")}æ` }));
          let text = `area_id,area_name\n${filler}\n`;
          let line = 2;
          const expected: RawRow[] = [{ row: 2, cells: ["f", filler.slice(2)] }];
          for (const { id, name } of values) {
            const written = quoted(name);
            text += `${id},${written}\n`;
            line += 1 + (name.match(/\n/g)?.length ?? 0);
            // Spaces around a value are trimmed; inside quotes they are the value's.
            expected.push({ row: line, cells: [id, written === name ? name.trim() : name] });
          }
          const { rows, problems } = await read(Buffer.from(text, encoding));
          expect(problems.total).toBe(0);
          expect(rows).toEqual(expected);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("puts the columns in the layout's order, and refuses a stray quote and an unclosed one, naming the file", async () => {
    const swapped = await read(
      Buffer.from('\uFEFFarea_name,area_id\r\nNørrebro,o1\r\n\r\n"Ydre, Øst",o2\r\n'),
    );
    expect(swapped.problems.total).toBe(0);
    expect(swapped.rows).toEqual([
      { row: 2, cells: ["o1", "Nørrebro"] },
      { row: 4, cells: ["o2", "Ydre, Øst"] },
    ]);
    // A line break typed in a cell (CR LF, as Excel saves it) is one line, as an editor counts.
    const typed = await read(Buffer.from('area_id,area_name\r\no1,"Nørre\r\nbro"\r\no2,Øst\r\n'));
    expect(typed.rows).toEqual([
      { row: 3, cells: ["o1", "Nørre\r\nbro"] },
      { row: 4, cells: ["o2", "Øst"] },
    ]);
    const stray = await read(Buffer.from('area_id,area_name\no1,Nørrebro\no2,Ydre"Øst\n'));
    expect(stray.problems.listed).toEqual([
      expect.objectContaining({ source: "areas.csv", row: 3, kind: "ulæselig fil" }),
    ]);
    const unclosed = await read(Buffer.from('area_id,area_name\no1,"Nørrebro\n'));
    expect(unclosed.problems.listed).toEqual([expect.objectContaining({ kind: "ulæselig fil" })]);
    expect(unclosed.problems.listed[0]?.message).toMatch(/^ugyldig CSV: Quote Not Closed/);
  });
});
