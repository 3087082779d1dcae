import * as vega from "vega";
import type { TopLevelSpec } from "vega-lite";
import { compile } from "vega-lite";
import type { ChartView, ForecastChartView } from "../../domain/policy/report/committee-report.ts";
import { escapeXml } from "../escape.ts";
import { chartSpec } from "./chart-spec.ts";
import { forecastChartSpec } from "./forecast-chart-spec.ts";

/**
 * The chart as a standalone SVG string: rendered headless by Vega (no browser, no canvas), then
 * given `role="img"` and a Danish `<title>` and `<desc>` so it is one accessible image.
 */
export async function renderChartSvg(chart: ChartView): Promise<string> {
  return svgOf(chartSpec(chart), chart);
}

/** The goal forecast's chart (history, trend, band, target, deadline) the same way. */
export async function renderForecastChartSvg(chart: ForecastChartView): Promise<string> {
  return svgOf(forecastChartSpec(chart), chart);
}

async function svgOf(
  spec: TopLevelSpec,
  chart: { readonly id: string; readonly title: string; readonly description: string },
): Promise<string> {
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: "none" });
  try {
    // Vega marks some groups as graphics objects with English labels; the chart is one image.
    const svg = (await view.toSVG()).replace(
      /\s(?:role|aria-roledescription|aria-label|aria-hidden)="[^"]*"/g,
      "",
    );
    const titleId = `${chart.id}-title`;
    const descId = `${chart.id}-desc`;
    return svg.replace(
      /^<svg([^>]*)>/,
      `<svg$1 role="img" aria-labelledby="${titleId} ${descId}"><title id="${titleId}">${escapeXml(chart.title)}</title><desc id="${descId}">${escapeXml(chart.description)}</desc>`,
    );
  } finally {
    view.finalize();
  }
}
