import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { round2010 } from "../../demo/report-2010/index.ts";
import { DomainError } from "../../domain/errors.ts";
import type { BudgetCell, BudgetLine } from "../../domain/policy/budget/budget-overview.ts";
import { nextYearContent } from "../../domain/policy/report/next-year-round.ts";
import { roundChecklist } from "../../domain/policy/report/round-checklist.ts";
import { exportWorkbook } from "./export-workbook.ts";
import { importWorkbook } from "./import-workbook.ts";
import { mergeWorkbookIntoRound } from "./merge-workbook.ts";
import type { BudgetWorkbook } from "./template.ts";
import { workbookFromRound } from "./workbook-from-round.ts";

const options = { year: 2010, years: { from: 2000, to: 2040 } } as const;

/** What the template carries: amounts and fields, not the report's printed spelling of them. */
function comparable(workbook: BudgetWorkbook) {
  const cells = (c: Readonly<Record<string, BudgetCell>>) =>
    Object.fromEntries(
      Object.entries(c)
        .filter(([, cell]) => cell.kind !== "blank")
        .map(([year, cell]) => [year, cell.kind === "amount" ? cell.amount : "-"]),
    );
  const line = (l: BudgetLine) => ({
    id: l.id,
    initiativeId: l.initiativeId,
    label: l.label,
    cells: cells(l.cells),
    statedTotal: l.statedTotal?.amount ?? null,
    footnoteMarkers: l.footnoteMarkers,
    distribution: l.distribution.kind,
    subLines: l.subLines.map((s) => ({ id: s.id, label: s.label, cells: cells(s.cells) })),
  });
  return {
    years: workbook.years,
    tables: workbook.tables.map((t) => ({ id: t.id, lines: t.lines.map(line) })),
    footnotes: workbook.footnotes,
    statusReports: workbook.statusReports,
  };
}

describe("XLSX template round trip", () => {
  it("gives back the 2010 report's amounts, footnotes and every status field", async () => {
    const original = workbookFromRound(round2010);
    const imported = await importWorkbook(await exportWorkbook(original, options), options);
    expect(comparable(imported)).toEqual(comparable(original));
    expect(imported.statusReports).toHaveLength(18);
    expect(imported.tables[0]?.lines.find((l) => l.id === "vaeresteder")?.statedTotal?.amount).toBe(
      41_000_000,
    );
  });

  it("gives back any budget it exported (property)", async () => {
    const id = fc.stringMatching(/^[a-z][a-z0-9]{0,6}(-[a-z0-9]{1,4})?$/);
    const cell = fc.oneof(
      fc.integer({ min: 0, max: 2_000_000_000 }).map((amount): BudgetCell => ({ kind: "amount", amount })),
      fc.constant<BudgetCell>({ kind: "dash" }),
      fc.constant<BudgetCell>({ kind: "blank" }),
    );
    const workbook = fc
      .uniqueArray(fc.integer({ min: 2000, max: 2040 }), { minLength: 1, maxLength: 6 })
      .chain((unsorted) => {
        const years = [...unsorted].sort((a, b) => a - b);
        const cells = fc
          .tuple(...years.map(() => cell))
          .map((cs) => Object.fromEntries(years.map((y, i) => [String(y), cs[i] as BudgetCell])));
        const subLine = fc.record({
          id,
          label: fc
            .string({ minLength: 1, maxLength: 20 })
            .filter((s) => s.trim() === s && s !== "" && s !== "-"),
          cells,
        });
        const line = fc.record({
          id,
          initiativeId: fc.option(id, { nil: null }),
          label: fc
            .string({ minLength: 1, maxLength: 40 })
            .filter((s) => s.trim() === s && s !== "" && s !== "-"),
          cells,
          statedTotal: fc.option(
            fc.integer({ min: 0, max: 5_000_000_000 }).map((amount) => ({ amount, statedText: "x" })),
            { nil: null },
          ),
          footnoteMarkers: fc.subarray(["*", "**"]),
          distribution: fc.constantFrom({ kind: "by_year" as const }, { kind: "not_distributed" as const }),
          subLines: fc.uniqueArray(subLine, { selector: (s) => s.id, maxLength: 3 }),
          fundingSources: fc.constant([]),
        });
        const table = fc.record({
          id,
          lines: fc
            .uniqueArray(line, { selector: (l) => l.id, minLength: 1, maxLength: 5 })
            // One line per initiative in a table (the import refuses two).
            .map((ls) =>
              ls.filter(
                (l, i) =>
                  l.initiativeId === null || ls.findIndex((o) => o.initiativeId === l.initiativeId) === i,
              ),
            ),
        });
        return fc.record({
          years: fc.constant(years),
          tables: fc.uniqueArray(table, { selector: (t) => t.id, minLength: 1, maxLength: 3 }),
          footnotes: fc.constant([
            { marker: "*", text: "Første fodnote" },
            { marker: "**", text: "Anden fodnote" },
          ]),
          statusReports: fc.constant([]),
        });
      });
    await fc.assert(
      fc.asyncProperty(workbook, async (original: BudgetWorkbook) => {
        const imported = await importWorkbook(await exportWorkbook(original, options), options);
        expect(comparable(imported)).toEqual(comparable(original));
      }),
      { numRuns: 40 },
    );
  });

  describe("the letterhead and the roll-forward's checklist", () => {
    const round2011 = nextYearContent(round2010, 2010, {
      committee: "SUD",
      year: 2011,
      requestDate: "2011-03-01",
      deadline: null,
    });
    const options2011 = { ...options, year: 2011 };
    const sheetRows = async (buffer: Buffer, name: string) => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(buffer as unknown as ArrayBuffer);
      const rows: string[][] = [];
      book.getWorksheet(name)?.eachRow((row) => {
        rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? "")));
      });
      return { book, rows };
    };

    it("carries the letterhead there and back, and an edited case number lands in the round", async () => {
      const exported = await exportWorkbook(workbookFromRound(round2010), options);
      const { book, rows } = await sheetRows(exported, "Brevhoved");
      expect(rows).toContainEqual(["Sagsnr.", "2010-38835"]);
      // The secretary fills in next year's case number and clears the document number.
      const sheet = book.getWorksheet("Brevhoved");
      sheet?.eachRow((row) => {
        if (row.getCell(1).value === "Sagsnr.") row.getCell(2).value = "2011-4711";
        if (row.getCell(1).value === "Dokumentnr.") row.getCell(2).value = null;
      });
      const edited = Buffer.from(await book.xlsx.writeBuffer());
      const imported = await importWorkbook(edited, options);
      expect(imported.header).toEqual({
        ...workbookFromRound(round2010).header,
        caseNumber: "2011-4711",
        documentNumber: null,
      });
      const merged = mergeWorkbookIntoRound(round2010, imported);
      expect([merged.caseNumber, merged.documentNumber, merged.title]).toEqual([
        "2011-4711",
        null,
        round2010.title,
      ]);
    });

    it("lists what the roll-forward left for the secretary, one row per checklist item", async () => {
      const exported = await exportWorkbook(workbookFromRound(round2011), options2011);
      const { rows } = await sheetRows(exported, "Tjekliste");
      const items = roundChecklist(round2011);
      expect(items.length).toBeGreaterThan(0);
      expect(rows.slice(1)).toEqual(items.map((i) => [i.label, i.message]));
    });

    it("refuses a letterhead with a date in another form, naming the sheet, row and column", async () => {
      const { book } = await sheetRows(
        await exportWorkbook(workbookFromRound(round2010), options),
        "Brevhoved",
      );
      let at = 0;
      book.getWorksheet("Brevhoved")?.eachRow((row, n) => {
        if (String(row.getCell(1).value).startsWith("Dato")) {
          row.getCell(2).value = "1. marts 2011";
          at = n;
        }
      });
      const error = await importWorkbook(Buffer.from(await book.xlsx.writeBuffer()), options).catch((e) => e);
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).details).toContainEqual(
        expect.objectContaining({
          source: "Brevhoved",
          row: at,
          message: expect.stringContaining("ÅÅÅÅ-MM-DD"),
        }),
      );
    });
  });
});
