import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import tCdf from "@stdlib/stats-base-dists-t-cdf";
import tQuantile from "@stdlib/stats-base-dists-t-quantile";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { forecastRound2010 } from "../../test/support/forecast-round.ts";
import { demoData } from "../demo/report-2010/index.ts";
import { forecastRound } from "../domain/policy/forecast/goal-forecast.ts";
import { buildFromRound } from "../domain/policy/report/build-committee-report.ts";
import { renderDocx } from "./docx/render-docx.ts";
import { renderHtml } from "./html/render-html.ts";
import { renderPdf } from "./pdf/render-pdf.ts";

const t = { cdf: tCdf, quantile: tQuantile };
const forecast = forecastRound(forecastRound2010, t);
const model = buildFromRound(demoData, forecastRound2010, forecast);
const goalB = forecast.goals.find((g) => g.goalCode === "b");
const share = goalB?.indicators[0];
const sentence = share?.forecast.sentence ?? "";

const dir = mkdtempSync(join(tmpdir(), "udsyn-forecast-"));
const pdfFile = join(dir, "redegoerelse.pdf");
writeFileSync(pdfFile, await renderPdf(model));
const pdfText = execFileSync("pdftotext", [pdfFile, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
const html = await renderHtml(model);
const zip = await JSZip.loadAsync(await renderDocx(model));
const docxText = ((await zip.file("word/document.xml")?.async("string")) ?? "").replace(/<[^>]+>/g, "");

describe("the forecast in section 1 of the report", () => {
  it("is a forecast for goal b on the illustrative history (the sentence the renderers must print)", () => {
    expect(share?.forecast.status).toBe("forecast");
    expect(sentence).toMatch(
      /^Med den hidtidige udvikling nås målet med (omkring \d+|under 5|over 95) % sandsynlighed i 2010\.$/,
    );
  });

  it("prints the sentence beside goal b's assessment in HTML, with the chart as an accessible SVG", () => {
    const goal = html.slice(html.indexOf('id="maal-b"'), html.indexOf('id="maal-c"'));
    expect(goal).toContain(sentence);
    expect(goal).toContain(
      '<figure class="chart" aria-labelledby="fremskrivning-b-andel-uden-for-arbejdsmarkedet-caption">',
    );
    expect(goal).toMatch(/<svg[^>]*role="img"[^>]*><title[^>]*>Fremskrivning: Andel uden tilknytning/);
    // Goal a has a target but no forecast: the reason, no chart.
    const goalA = html.slice(html.indexOf('id="maal-a"'), html.indexOf('id="maal-b"'));
    expect(goalA).toContain("Det kan ikke vurderes ud fra udviklingen, om målet nås");
    expect(goalA).not.toContain("fremskrivning-a-");
    expect(html).not.toMatch(/<script/i);
  });

  it("prints the sentence and the reasons in the PDF, after the assessment's heading", () => {
    expect(pdfText).toContain(sentence);
    expect(pdfText.indexOf(sentence)).toBeGreaterThan(pdfText.indexOf("Ad b."));
    expect(pdfText).toContain("Mørkt bånd: 80 %-interval, lyst bånd: 95 %-interval.");
    expect(pdfText).toContain("forskellige opgørelser");
  });

  it("prints the sentence in the Word document", () => {
    expect(docxText).toContain(sentence);
    expect(docxText).toContain(
      "Målet »reduceres med 10 %« regnes i procent af udgangsniveauet 42,0 % (2005)",
    );
  });

  it("leaves the report as it was when no forecast is given", async () => {
    const plain = await renderHtml(buildFromRound(demoData, forecastRound2010));
    expect(plain).not.toContain("Med den hidtidige udvikling");
  });
});
