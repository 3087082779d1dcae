import type { TopLevelSpec } from "vega-lite";
import type { ForecastChartView } from "../../domain/policy/report/committee-report.ts";

const font = "Roboto, Arial, sans-serif";
const blue = "#1f5f8b";
const red = "#b00020";
const grey = "#595959";

/**
 * The forecast as a line chart: the measurements as dots, the trend as a line, the 95 % and 80 %
 * prediction bands from the last measurement to the deadline, the projection as a ring, the target
 * as a dashed red rule and the deadline as a dotted vertical rule. The time axis is in years with
 * a measurement at the middle of its year, so the labels stand at the middles too.
 */
export function forecastChartSpec(chart: ForecastChartView): TopLevelSpec {
  const x = {
    field: "time",
    type: "quantitative" as const,
    title: null,
    scale: { zero: false, nice: false, domain: [Math.min(...chart.years), Math.max(...chart.years) + 1] },
    axis: { values: chart.years.map((y) => y + 0.5), labelExpr: "floor(datum.value)", grid: false },
  };
  const values = [
    ...chart.points.map((p) => p.value),
    ...chart.band.flatMap((b) => [b.lower95, b.upper95]),
    ...(chart.target === null ? [] : [chart.target.value]),
  ];
  const y = {
    type: "quantitative" as const,
    title: chart.valueLabel,
    scale: { zero: false, domain: [Math.min(...values), Math.max(...values)], nice: true },
    axis: { format: `,.${chart.decimals}~f` },
  };
  const layer: unknown[] = [
    {
      data: { values: chart.band.map((b) => ({ ...b })) },
      mark: { type: "area", color: blue, opacity: 0.15 },
      encoding: { x, y: { ...y, field: "lower95" }, y2: { field: "upper95" } },
    },
    {
      data: { values: chart.band.map((b) => ({ ...b })) },
      mark: { type: "area", color: blue, opacity: 0.25 },
      encoding: { x, y: { ...y, field: "lower80" }, y2: { field: "upper80" } },
    },
    {
      data: { values: chart.trend.map((t) => ({ ...t })) },
      mark: { type: "line", color: grey, strokeWidth: 1.5 },
      encoding: { x, y: { ...y, field: "fitted" } },
    },
    {
      data: { values: chart.points.map((p) => ({ ...p })) },
      mark: { type: "point", filled: true, color: blue, size: 60 },
      encoding: { x, y: { ...y, field: "value" } },
    },
    {
      data: { values: [{ ...chart.projection }] },
      mark: { type: "point", filled: false, color: blue, size: 90, strokeWidth: 2 },
      encoding: { x, y: { ...y, field: "value" } },
    },
    {
      data: { values: [{ ...chart.projection }] },
      mark: { type: "text", align: "right", dx: -8, dy: -8, fontSize: 11, color: blue },
      encoding: { x, y: { ...y, field: "value" }, text: { field: "label" } },
    },
    {
      data: { values: [{ ...chart.deadline }] },
      mark: { type: "rule", color: grey, strokeDash: [2, 3] },
      encoding: { x },
    },
    {
      data: { values: [{ ...chart.deadline }] },
      mark: { type: "text", align: "right", baseline: "top", dx: -4, y: 2, fontSize: 11, color: grey },
      encoding: { x, text: { field: "label" } },
    },
    ...(chart.target === null
      ? []
      : [
          {
            data: { values: [{ ...chart.target }] },
            mark: { type: "rule", color: red, strokeDash: [6, 4], strokeWidth: 2 },
            encoding: { y: { ...y, field: "value" } },
          },
          {
            data: { values: [{ ...chart.target }] },
            mark: { type: "text", color: red, align: "left", baseline: "bottom", x: 4, dy: -3, fontSize: 11 },
            encoding: { y: { ...y, field: "value" }, text: { field: "label" } },
          },
        ]),
  ];
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    width: 400,
    height: 200,
    padding: { top: 8, left: 8, right: 16, bottom: 8 },
    layer,
    config: {
      aria: false,
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
      text: { font },
    },
  } as TopLevelSpec;
}
