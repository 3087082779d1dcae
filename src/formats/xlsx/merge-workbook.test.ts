import { describe, expect, it } from "vitest";
import { round2010 } from "../../demo/report-2010/index.ts";
import { DomainError } from "../../domain/errors.ts";
import { reportingRoundSchema } from "../../domain/policy/report/reporting-round.ts";
import { validateReport } from "../../domain/policy/validation/validate-report.ts";
import { exportWorkbook } from "./export-workbook.ts";
import { importWorkbook } from "./import-workbook.ts";
import { mergeWorkbookIntoRound } from "./merge-workbook.ts";
import { workbookFromRound } from "./workbook-from-round.ts";

const options = { year: 2010, years: { from: 2000, to: 2030 } } as const;

describe("mergeWorkbookIntoRound", () => {
  it("applies an unchanged export without changing the round", async () => {
    const workbook = await importWorkbook(
      await exportWorkbook(workbookFromRound(round2010), options),
      options,
    );
    expect(mergeWorkbookIntoRound(round2010, workbook)).toEqual(round2010);
  });

  it("applies a corrected amount, after which validation no longer finds the discrepancy", async () => {
    const workbook = workbookFromRound(round2010);
    const corrected = {
      ...workbook,
      tables: workbook.tables.map((t) => ({
        ...t,
        lines: t.lines.map((l) =>
          l.id === "vaeresteder"
            ? { ...l, cells: { ...l.cells, "2010": { kind: "amount" as const, amount: 10_400_000 } } }
            : l,
        ),
      })),
    };
    const merged = mergeWorkbookIntoRound(round2010, corrected);
    expect(reportingRoundSchema.safeParse(merged).success).toBe(true);
    const rules = validateReport(merged).map((f) => `${f.ruleId} ${f.location.initiativeId ?? ""}`);
    expect(rules).not.toContain("schema.amount_mismatch vaeresteder");
    expect(rules).toContain("budget.row_total vaeresteder");
  });

  it("refuses a workbook for tables or initiatives the round does not have", () => {
    const workbook = workbookFromRound(round2010);
    const foreign = {
      ...workbook,
      tables: [{ id: "fremmed", lines: [] }],
      statusReports: [{ initiativeId: "ukendt", kind: "beyond_goals" as const, fields: {} }],
    };
    expect(() => mergeWorkbookIntoRound(round2010, foreign)).toThrow(DomainError);
  });
});
