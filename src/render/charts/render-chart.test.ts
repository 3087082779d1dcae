import { describe, expect, it } from "vitest";
import type { ChartView } from "../../domain/policy/report/committee-report.ts";
import { chartSpec } from "./chart-spec.ts";
import { renderChartSvg } from "./render-chart.ts";

const chart: ChartView = {
  id: "c",
  title: "Ændring i andel, %-point",
  description: "Tingbjerg −5,9 og Alle −3,9 %-point.",
  valueLabel: "%-point",
  decimals: 1,
  points: [
    { label: "Tingbjerg m.v.", value: -5.9, group: "2006–2008" },
    { label: "Alle", value: -3.9, group: "2006–2008" },
  ],
  reference: { value: -3, label: "Mål" },
  table: { id: "t", caption: "Tal", columns: [], rows: [], footnotes: [] },
};

describe("charts", () => {
  it("builds a Vega-Lite spec with the Danish number locale and ARIA left to the outer image", () => {
    const spec = chartSpec(chart) as { config: { aria: boolean; locale: { number: { decimal: string } } } };
    expect(spec.config.aria).toBe(false);
    expect(spec.config.locale.number.decimal).toBe(",");
  });

  it("renders SVG headless: one image with a Danish title and description, numbers with a decimal comma", async () => {
    const svg = await renderChartSvg(chart);
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toMatch(/^<svg[^>]*role="img"[^>]*aria-labelledby="c-title c-desc"/);
    expect(svg).toContain('<title id="c-title">Ændring i andel, %-point</title>');
    expect(svg).toContain("−5,9");
    expect(svg.match(/role="/g)).toHaveLength(1);
  });
});
