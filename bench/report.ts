import { demoData, round2010 } from "../src/demo/report-2010/index.ts";
import { buildFromRound } from "../src/domain/policy/report/build-committee-report.ts";
import { renderDocx } from "../src/render/docx/render-docx.ts";
import { renderHtml } from "../src/render/html/render-html.ts";
import { renderPdf } from "../src/render/pdf/render-pdf.ts";
import { Figures, ratio, spread, time } from "./measure.ts";

/**
 * B4's committee report in process: the model built from the seed's 2010 round, then HTML, DOCX
 * and PDF, interleaved; the baseline is building the model (what every format needs first).
 */
export async function reportFigures(runs: number): Promise<{ rows: string[] }> {
  const figures = new Figures();
  const model = buildFromRound(demoData, round2010);
  // Warm-up: the first call loads the libraries (Vega, docx, the PDF engine).
  await renderHtml(model);
  await renderDocx(model);
  await renderPdf(model);
  for (let i = 0; i < runs; i++) {
    figures.get("model").add((await time(() => buildFromRound(demoData, round2010))).ms);
    const html = (await time(() => renderHtml(model))).ms;
    const docx = (await time(() => renderDocx(model))).ms;
    const pdf = (await time(() => renderPdf(model))).ms;
    figures.get("html").add(html);
    figures.get("docx").add(docx);
    figures.get("pdf").add(pdf);
    figures.get("all").add(html + docx + pdf);
  }
  const base = figures.get("model");
  const row = (what: string, key: string, target: string) =>
    `| ${what} | ${spread(figures.get(key))} | build the model ${spread(base)} | ${ratio(figures.get(key), base)} | ${target} |`;
  return {
    rows: [
      row("report HTML, in process", "html", "—"),
      row("report DOCX, in process", "docx", "—"),
      row("report PDF, in process", "pdf", "—"),
      row("report HTML + DOCX + PDF", "all", "< 2 s"),
    ],
  };
}
