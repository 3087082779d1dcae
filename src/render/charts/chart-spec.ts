import type { TopLevelSpec } from "vega-lite";
import type { ChartView } from "../../domain/policy/report/committee-report.ts";

const font = "Roboto, Arial, sans-serif";
const palette = ["#1f5f8b", "#c26a1b", "#4d7f3a", "#7a4d8f"];
const barHeight = 26;

/**
 * Horizontal bars (labels stay readable), one per point, coloured by group when there are
 * several (e.g. old vs new criteria), values written at the bar ends, the target as a dashed
 * rule. ARIA is off inside the chart: the SVG is one image with a Danish title and description,
 * the caption is the figure's, and the same numbers follow as a table.
 */
export function chartSpec(chart: ChartView): TopLevelSpec {
  const grouped = new Set(chart.points.map((p) => p.group)).size > 1;
  const format = `,.${chart.decimals}f`;
  const y = { field: "label", type: "nominal" as const, sort: null, title: null, axis: { labelLimit: 220 } };
  // Axis ticks drop trailing zeros (`10`, not `10,0`); whole-number data gets whole-number ticks.
  const axis = { format: `,.${chart.decimals}~f`, ...(chart.decimals === 0 ? { tickMinStep: 1 } : {}) };
  const x = { field: "value", type: "quantitative" as const, title: chart.valueLabel, axis };
  const bars = {
    mark: { type: "bar" as const, color: palette[0] },
    encoding: {
      y,
      x,
      ...(grouped
        ? {
            color: {
              field: "group",
              type: "nominal" as const,
              title: null,
              scale: { range: palette },
              legend: { orient: "bottom" as const, labelLimit: 400, direction: "vertical" as const },
            },
          }
        : {}),
    },
  };
  // Values at the outer end of each bar: right of positive bars, left of negative ones.
  const values = (["left", "right"] as const).map((align) => ({
    transform: [{ filter: align === "left" ? "datum.value >= 0" : "datum.value < 0" }],
    mark: { type: "text" as const, align, dx: align === "left" ? 3 : -3, fontSize: 11 },
    encoding: { y, x, text: { field: "value", type: "quantitative" as const, format } },
  }));
  const reference =
    chart.reference === null
      ? []
      : [
          {
            data: { values: [chart.reference] },
            mark: { type: "rule" as const, color: "#b00020", strokeDash: [6, 4], strokeWidth: 2 },
            encoding: { x: { field: "value", type: "quantitative" as const } },
          },
          {
            data: { values: [chart.reference] },
            mark: {
              type: "text" as const,
              color: "#b00020",
              align: "left" as const,
              baseline: "bottom" as const,
              dx: 4,
              y: -2,
            },
            encoding: { x: { field: "value", type: "quantitative" as const }, text: { field: "label" } },
          },
        ];
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    width: 360,
    height: chart.points.length * barHeight,
    padding: { top: chart.reference === null ? 5 : 18, left: 30, right: 40, bottom: 5 },
    data: { values: chart.points.map((p) => ({ ...p })) },
    layer: [bars, ...values, ...reference],
    config: {
      aria: false,
      // Danish number format in axes and labels: decimal comma, thousands point.
      locale: { number: { decimal: ",", thousands: ".", grouping: [3], currency: ["", " kr."] } },
      font,
      view: { stroke: null },
      axis: {
        labelFont: font,
        titleFont: font,
        labelFontSize: 11,
        titleFontSize: 11,
        titleFontWeight: "normal",
      },
      legend: { labelFont: font, labelFontSize: 11 },
      text: { font },
    },
  } as TopLevelSpec;
}
