import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { demoData } from "../../demo/report-2010/index.ts";
import { buildCommitteeReport } from "../../domain/policy/report/build-committee-report.ts";
import { renderPdf } from "./render-pdf.ts";

const buffer = await renderPdf(buildCommitteeReport(demoData, { committee: "SUD", year: 2010 }));
const file = join(mkdtempSync(join(tmpdir(), "udsyn-pdf-")), "redegoerelse-2010.pdf");
writeFileSync(file, buffer);
// Requires poppler-utils; a missing pdftotext fails the test rather than skipping it.
const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });

describe("renderPdf", () => {
  it("is a PDF with the report's title in its metadata", () => {
    expect(buffer.subarray(0, 5).toString()).toBe("%PDF-");
    expect(info).toMatch(/Title:\s+Bilag 1. Socialudvalgets redegørelse/);
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThan(10);
  });

  it("reads like the seed: title block and the four numbered sections", () => {
    expect(text).toContain("Til Beskæftigelses- og Integrationsforvaltningen");
    expect(text).toContain("4. marts 2010");
    expect(text).toContain("1. Vurdering af opfyldelsen af integrationspolitikkenes mål i 2010");
    expect(text).toContain("2. Statusskema for sociale indsatser");
    expect(text).toContain("3. Statuskema for integrationsindsatser");
    expect(text).toContain("4. Økonomisk oversigt for hele udvalgets integrationsindsats");
  });

  it("prints the status schemas with their Danish fields", () => {
    expect(text).toContain("Væresteder for unge over 18 år (ny)");
    expect(text).toContain("Planlagt opfølgning");
    expect(text).toContain("Beskriv aktiviteterne");
    expect(text).toContain("Mål i 2009/2010");
  });

  it("prints the computed totals in mio. kr. with a decimal comma", () => {
    expect(text).toMatch(/I alt\s+69,40\s+85,35\s+66,55\s+59,85\s+281,15/);
    expect(text).toMatch(/I alt\s+1,30\s+5,90\s+4,00\s+4,00\s+15,20/);
    expect(text).toMatch(/Væresteder for unge mellem 18 og 23 år\s+3,60\s+10,35\s+9,55\s+9,55\s+33,05/);
  });

  it("has no blank page: every page carries text beyond its footer", () => {
    // pdftotext ends each page with a form feed; a page with only the page number is blank.
    const pages = text.split("\f").slice(0, -1);
    expect(pages).toHaveLength(Number(/Pages:\s+(\d+)/.exec(info)?.[1]));
    const blank = pages.flatMap((page, i) =>
      page.replace(/Side \d+ af \d+/g, "").trim().length < 40 ? [i + 1] : [],
    );
    expect(blank).toEqual([]);
  });
});
