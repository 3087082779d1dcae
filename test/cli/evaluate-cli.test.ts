import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { synthesiseRegister } from "../../src/domain/register/synth/synthesise.ts";

const BIN = resolve(import.meta.dirname, "../../bin/udsyn.js");
const SLOW = 240_000;

function env(): NodeJS.ProcessEnv {
  const { DATABASE_URL: _url, UDSYN_DATA: _data, ...rest } = process.env;
  return rest;
}

const run = (args: readonly string[]) =>
  spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", env: env() });

interface JsonRow {
  areaType: string;
  fullyVacated: number | null;
  notFullyVacated: number | null;
  total: number | null;
  shareChangePp: number | null;
  suppressed: Record<string, string>;
}

describe("udsyn evaluate", () => {
  const root = mkdtempSync(join(tmpdir(), "udsyn-evaluate-"));
  const data = join(root, "data");
  let json: ReturnType<typeof run>;
  beforeAll(() => {
    // Synthesised in process (`udsyn synth` has its own CLI test): a spawn costs seconds of start-up.
    mkdirSync(join(root, "by"));
    for (const [name, text] of Object.entries(synthesiseRegister({ persons: 1200, seed: 4 })))
      writeFileSync(join(root, "by", name), text);
    const imported = run(["--data", data, "import", "--dir", join(root, "by")]);
    expect(imported.stderr).toBe("");
    json = run(["--data", data, "evaluate", "--from", "2006", "--to", "2008", "--json"]);
  }, SLOW);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it(
    "prints the table as JSON: area types add up to Alle, and the two dwelling classes to the total",
    () => {
      expect(json.stderr).toBe("");
      const body = JSON.parse(json.stdout) as { from: number; to: number; rows: JsonRow[]; all: JsonRow };
      expect([body.from, body.to]).toEqual([2006, 2008]);
      expect(body.rows.map((r) => r.areaType)).toEqual(["udsat", "hoejrisiko", "risiko", "neutral"]);
      for (const row of [...body.rows, body.all]) {
        for (const field of ["fullyVacated", "notFullyVacated", "total", "shareChangePp"] as const)
          expect(row[field] === null).toBe(field in row.suppressed);
        if (row.total !== null && row.fullyVacated !== null && row.notFullyVacated !== null)
          expect(row.fullyVacated + row.notFullyVacated).toBe(row.total);
      }
      for (const field of ["fullyVacated", "notFullyVacated", "total"] as const) {
        const cells = body.rows.map((r) => r[field]);
        if (cells.every((c) => c !== null))
          expect(cells.reduce((s, c) => (s as number) + (c as number), 0)).toBe(body.all[field]);
      }
      // The synthetic city's share falls 2006 → 2008, fastest in the vulnerable areas.
      const pp = (type: string) => body.rows.find((r) => r.areaType === type)?.shareChangePp as number;
      expect(body.all.shareChangePp).toBeLessThan(0);
      expect(pp("udsat")).toBeLessThan(pp("neutral"));
    },
    SLOW,
  );

  it(
    "writes an XLSX file that opens with a header naming the batch, the years and the definitions",
    async () => {
      const file = join(root, "evaluering.xlsx");
      const result = run(["--data", data, "evaluate", "--from", "2006", "--to", "2008", "--xlsx", file]);
      expect(result.stderr).toBe("");
      const table = JSON.parse(json.stdout) as {
        rows: JsonRow[];
        all: JsonRow;
      };
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      const sheet = workbook.getWorksheet("Ændring");
      expect(sheet).toBeDefined();
      const lines: unknown[][] = [];
      sheet?.eachRow((row) => lines.push((row.values as unknown[]).slice(1)));
      const text = lines.map((l) => l.join(" ")).join("\n");
      expect(text).toContain("batch »by«");
      expect(text).toContain("2006 og 2008");
      expect(text).toContain("Totaltømt bolig");
      const alle = lines.find((l) => l[0] === "Alle");
      expect(alle?.slice(1)).toEqual(
        [table.all.fullyVacated, table.all.notFullyVacated, table.all.total, table.all.shareChangePp].map(
          (v) => v ?? "–",
        ),
      );
      expect(workbook.getWorksheet("Andele")).toBeDefined();
    },
    SLOW,
  );

  it(
    "prints a Danish table by default, and refuses years in the wrong order naming the field",
    () => {
      const table = run(["--data", data, "evaluate", "--from", "2006", "--to", "2008"]);
      expect(table.stderr).toBe("");
      expect(table.stdout).toContain("Netto-flytning (totaltømte boliger)");
      expect(table.stdout).toContain("Udsatte områder");
      const refused = run(["--data", data, "evaluate", "--from", "2008", "--to", "2006"]);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain("Til-året (2006) skal ligge efter fra-året (2008)");
      expect(refused.stderr).toContain("to:");
    },
    SLOW,
  );
});
