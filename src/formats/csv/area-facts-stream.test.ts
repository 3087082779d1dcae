import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { DepartmentYearFacts } from "../../domain/areas/department-year-facts.ts";
import { DomainError } from "../../domain/errors.ts";
import { parseAreaFactsCsv, streamAreaFactsCsv } from "./area-facts-csv.ts";

const fixture = (name: string) =>
  readFileSync(new URL(`../../../test/fixtures/area-facts/${name}`, import.meta.url), "utf8");

const HEADER = "year,area_id,area_name,municipality,department_id,residents,residents_18_plus,region\n";
const ROWS_PER_PIECE = 400;
const PIECES = 50;

function row(i: number): string {
  return `2010,a${i % 300},Område ${i % 300},København,d${i},1000,800,Region Hovedstaden\n`;
}

/** The pieces of a text, `size` characters each (cut anywhere, in a line or a character's middle). */
function* cut(text: string, size: number): Iterable<string> {
  for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size);
}

async function streamed(text: string, size: number): Promise<DepartmentYearFacts[]> {
  const facts: DepartmentYearFacts[] = [];
  await streamAreaFactsCsv(cut(text, size), "f.csv", (f) => {
    facts.push(f);
    return undefined;
  });
  return facts;
}

async function streamRefusal(text: string, size: number): Promise<DomainError> {
  try {
    await streamed(text, size);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("expected a DomainError");
}

function syncRefusal(text: string): DomainError {
  try {
    parseAreaFactsCsv(text, "f.csv");
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("expected a DomainError");
}

describe("streamAreaFactsCsv", () => {
  it("holds at most one row read and not yet written, in a file 50 times the piece it parses", async () => {
    // A file 50 times the piece the parser takes: the rows written must keep up with the rows read.
    let generated = 0;
    let written = 0;
    let mostHeld = 0;
    let slowWrites = 0;
    async function* file() {
      yield HEADER;
      for (let piece = 0; piece < PIECES; piece++) {
        // Asked for the next piece: every row of the pieces before it has reached the writer.
        mostHeld = Math.max(mostHeld, generated - written);
        let text = "";
        for (let i = 0; i < ROWS_PER_PIECE; i++) text += row(generated + i);
        generated += ROWS_PER_PIECE;
        yield text;
      }
    }
    const rows = await streamAreaFactsCsv(file(), "stor.csv", (facts) => {
      written++;
      expect(facts.department_id).toBe(`d${written - 1}`);
      // A writer that waits now and then (a full COPY buffer): the next row waits for it.
      if (written % 1000 !== 0) return undefined;
      slowWrites++;
      return new Promise((resolve) => setImmediate(resolve));
    });
    expect(rows).toBe(PIECES * ROWS_PER_PIECE);
    expect(written).toBe(rows);
    expect(slowWrites).toBe(rows / 1000);
    // The parser keeps the last line of a piece until the next one arrives (it may go on): one row.
    expect(mostHeld, "rows read but not written").toBeLessThanOrEqual(1);
  });

  it("reads the same facts and refuses with the same problems as the whole-file reading, whatever the pieces", async () => {
    for (const name of ["valid-minimal.csv", "danish-excel-utf8-bom.csv"]) {
      const text = fixture(name);
      const whole = parseAreaFactsCsv(text, "f.csv");
      for (const size of [1, 7, 64, 1 << 16]) expect(await streamed(text, size)).toEqual(whole);
    }
    for (const name of ["many-problems.csv", "bad-header.csv"]) {
      const text = fixture(name);
      const whole = syncRefusal(text);
      for (const size of [3, 1 << 16]) {
        const refused = await streamRefusal(text, size);
        expect(refused.message).toBe(whole.message);
        expect(refused.details).toEqual(whole.details);
      }
    }
    expect((await streamRefusal("", 10)).details[0]?.message).toBe("filen er tom");
    // An unclosed quote: the CSV error, as the whole-file reading gives it.
    const unclosed = `${HEADER}${row(1)}"2010,a\n`;
    expect((await streamRefusal(unclosed, 5)).details).toEqual(syncRefusal(unclosed).details);
    // A quote inside a field, in the last piece: the CSV error too (it once waited for ever).
    const stray = `${HEADER}${row(1)}2010,a"b"c,x\n`;
    expect((await streamRefusal(stray, 1 << 16)).details).toEqual(syncRefusal(stray).details);
  });

  it("stops writing at the first problem and still reports every problem of the file", async () => {
    let text = HEADER;
    for (let i = 0; i < 3000; i++)
      text += i === 1500 || i === 2500 ? row(i).replace(",1000,", ",mange,") : row(i);
    let written = 0;
    const refused = await (async () => {
      try {
        await streamAreaFactsCsv(cut(text, 4096), "f.csv", () => {
          written++;
          return undefined;
        });
      } catch (error) {
        return error as DomainError;
      }
      throw new Error("expected a DomainError");
    })();
    expect(refused.details.map((d) => d.row)).toEqual([1502, 2502]);
    expect(written).toBe(1500);
  });
});
