import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DomainError } from "../../domain/errors.ts";
import { streamAreaFactsCsv } from "./area-facts-csv.ts";
import { type CsvDialect, readTable, streamTable } from "./csv-table.ts";

/**
 * `streamTable` reads a record's line off the parser's running count as the record is pushed
 * (not csv-parse's `info` object per record): it must give the
 * same header, cells and row numbers as `readTable`, whatever the text and wherever it is cut.
 */

interface Streamed {
  header: readonly string[];
  rows: { cells: readonly string[]; row: number }[];
  dialect: CsvDialect;
}

async function streamed(pieces: Iterable<string>): Promise<Streamed> {
  const out: Streamed = { header: [], rows: [], dialect: "comma" };
  await streamTable(pieces, "f.csv", {
    get dialect() {
      return out.dialect;
    },
    set dialect(dialect) {
      out.dialect = dialect;
    },
    header: (header) => {
      out.header = header;
    },
    row: (cells, row) => {
      out.rows.push({ cells, row });
      return undefined;
    },
  });
  return out;
}

/** The text cut into pieces at the given lengths (cycled), anywhere: in a field, a quote, a CRLF. */
function* cutAt(text: string, lengths: readonly number[]): Iterable<string> {
  let at = 0;
  for (let i = 0; at < text.length; i++) {
    const length = lengths[i % lengths.length] as number;
    yield text.slice(at, at + length);
    at += length;
  }
}

/** A CSV value as a spreadsheet writes it: quoted when it has a separator, quote or line break. */
function quoted(value: string, separator: string): string {
  return /["\n\r]/.test(value) || value.includes(separator) ? `"${value.replace(/"/g, '""')}"` : value;
}

const field = fc
  .array(fc.constantFrom("a", "1", " ", ",", ";", '"', "\n", "æ", "Ø", "€", "x y"), { maxLength: 6 })
  .map((parts) => parts.join(""));

const csvFile = fc.record({
  dialect: fc.constantFrom<CsvDialect>("comma", "semicolon"),
  lineEnd: fc.constantFrom("\n", "\r\n"),
  bom: fc.boolean(),
  // Two columns at least: the header line decides the dialect by its separators.
  width: fc.integer({ min: 2, max: 4 }),
  rows: fc.array(
    fc.record({ cells: fc.array(field, { minLength: 1, maxLength: 5 }), blankAfter: fc.boolean() }),
    {
      maxLength: 12,
    },
  ),
  cuts: fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 5 }),
});

describe("streamTable", () => {
  it("gives readTable's header, cells and row numbers, whatever the quoting, line ends, BOM and pieces", async () => {
    await fc.assert(
      fc.asyncProperty(csvFile, async ({ dialect, lineEnd, bom, width, rows, cuts }) => {
        const separator = dialect === "semicolon" ? ";" : ",";
        const header = Array.from({ length: width }, (_, i) => `col${i}`);
        let text = `${bom ? "\uFEFF" : ""}${header.join(separator)}${lineEnd}`;
        // Ragged rows too (fewer or more cells than the header): read as they are, checked later.
        for (const { cells, blankAfter } of rows)
          text += `${cells.map((c) => quoted(c, separator)).join(separator)}${lineEnd}${blankAfter ? lineEnd : ""}`;
        let whole: ReturnType<typeof readTable>;
        try {
          whole = readTable(text, "f.csv");
        } catch (error) {
          // A file the whole reading refuses (a quote after spaces, say) is refused alike.
          expect(error).toBeInstanceOf(DomainError);
          await expect(streamed(cutAt(text, cuts))).rejects.toEqual(error);
          return;
        }
        const got = await streamed(cutAt(text, cuts));
        expect(got.dialect).toBe(whole.dialect);
        expect(got.header).toEqual(whole.header);
        expect(got.rows).toEqual(whole.rows.map((r) => ({ cells: r.cells, row: r.row })));
      }),
      { numRuns: 200 },
    );
  });

  it("numbers a row by the line it ends on, after a quoted line break, a blank line and a BOM", async () => {
    const text =
      '\uFEFFyear;area_name;note\r\n2010;"Ærø;\r\nskøbing";"sagde ""hej"""\r\n\r\n2011;"Ringkøbing";\r\n2012;x;"a\nb"\r\n';
    const got = await streamed(cutAt(text, [3]));
    expect(got.dialect).toBe("semicolon");
    expect(got.header).toEqual(["year", "area_name", "note"]);
    // The lines an editor shows: csv-parse alone counts the CR LF inside quotes twice (4, 6, 8).
    const expected = [
      { cells: ["2010", "Ærø;\r\nskøbing", 'sagde "hej"'], row: 3 },
      { cells: ["2011", "Ringkøbing", ""], row: 5 },
      { cells: ["2012", "x", "a\nb"], row: 7 },
    ];
    expect(got.rows).toEqual(expected);
    expect(readTable(text, "f.csv").rows).toEqual(expected);
  });

  it("names the right line of a refusal after line breaks typed in quoted cells (CR LF, as Excel saves)", async () => {
    const text = 'a;b\r\n1;"x\r\ny\r\nz"\r\n2;"p\r\nq"\r\n3;"unclosed\r\n';
    // The unclosed quote opens on line 7 and runs to the end of the file (line 8).
    const rowOf = (error: unknown) => (error as DomainError).details[0]?.row;
    let streamedError: unknown;
    await streamed(cutAt(text, [4])).catch((error: unknown) => {
      streamedError = error;
    });
    let readError: unknown;
    try {
      readTable(text, "f.csv");
    } catch (error) {
      readError = error;
    }
    expect(rowOf(readError)).toBe(8);
    expect(rowOf(streamedError)).toBe(8);
    // csv-parse's own message counted 11; the message names the line the row does.
    expect((readError as DomainError).details[0]?.message).toContain("at line 8");
    expect(
      readTable('a;b\r\n1;"x\r\ny\r\nz"\r\n2;"p\r\nq"\r\n3;4;5\r\n', "f.csv").rows.map((r) => r.row),
    ).toEqual([4, 6, 7]);
  });

  it("refuses a ragged row, naming the row it ends on, and a stray quote, naming its line", async () => {
    const header = "year,area_id,area_name,municipality,department_id,residents,residents_18_plus,region\n";
    const good = (department: string) =>
      `2010,a1,"Område, 1",København,${department},1000,800,Region Hovedstaden\n`;
    const ragged = `${header}${good("d1")}\n"2010",a1,"Område\n1",København,d2,1000,800\n${good("d3")}`;
    const refusal = async (text: string): Promise<DomainError> => {
      try {
        await streamAreaFactsCsv(cutAt(text, [5]), "f.csv", () => undefined);
      } catch (error) {
        if (error instanceof DomainError) return error;
        throw error;
      }
      throw new Error("expected a refusal");
    };
    const short = await refusal(ragged);
    expect(short.details).toEqual([
      expect.objectContaining({ row: 5, field: "(række)", message: "rækken har 7 felter, overskriften 8" }),
    ]);
    const stray = await refusal(`${header}${good("d1")}${good("d2")}2010,a"1,x\n`);
    expect(stray.details).toEqual([expect.objectContaining({ row: 4 })]);
    expect(stray.details[0]?.message).toMatch(/^ugyldig CSV: .*line 4/);
  });
});
