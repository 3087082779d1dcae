import { describe, expect, it } from "vitest";
import { round2010 } from "../../demo/report-2010/index.ts";
import { validateReport } from "../../domain/policy/validation/validate-report.ts";
import { findingColumns, toCsv } from "./csv-export.ts";

describe("toCsv", () => {
  const columns = [
    { header: "Indsats", value: (r: { name: string; amount: number | null }) => r.name },
    { header: "Beløb (mio. kr.)", value: (r: { name: string; amount: number | null }) => r.amount },
  ];

  it("writes semicolon-separated UTF-8 with a byte order mark and CRLF for Danish Excel", () => {
    const csv = toCsv([{ name: "Væresteder", amount: 10.35 }], columns);
    expect(csv).toBe("\uFEFFIndsats;Beløb (mio. kr.)\r\nVæresteder;10,35\r\n");
  });

  it("quotes separators, quotes and line breaks, and leaves empty values empty", () => {
    const csv = toCsv([{ name: 'Den Korte Snor; "ny"\nlinje', amount: null }], columns);
    expect(csv.split("\r\n")[1]).toBe('"Den Korte Snor; ""ny""\nlinje";');
  });

  it("defuses text a spreadsheet would run as a formula, but not a dash or a negative number", () => {
    expect(toCsv([{ name: "=SUM(A1)", amount: -2 }], columns).split("\r\n")[1]).toBe("'=SUM(A1);-2");
    expect(toCsv([{ name: "-", amount: -0.05 }], columns).split("\r\n")[1]).toBe("-;-0,05");
  });

  it("exports the validation findings of the 2010 report", () => {
    const csv = toCsv(validateReport(round2010), findingColumns);
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe("\uFEFFAlvor;Regel;Mål;Indsats;Tabel;Række;Kolonne;Felt;Besked");
    expect(lines).toHaveLength(1 + 13);
    expect(
      lines[1]?.startsWith("Fejl;budget.row_total;;vaeresteder;i-relation-til-maal;vaeresteder;I alt;;"),
    ).toBe(true);
  });
});
