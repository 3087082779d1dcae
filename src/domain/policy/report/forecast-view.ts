import type { GoalForecast, IndicatorForecast } from "../forecast/forecast-schema.ts";
import { formatValue } from "../forecast/forecast-text.ts";
import type { ForecastChartView, GoalForecastView } from "./committee-report.ts";

/** The chart of one forecast: measurements, trend, 80 % and 95 % band, target, deadline. */
export function forecastChart(indicator: IndicatorForecast): ForecastChartView | null {
  const f = indicator.forecast;
  if (f.status !== "forecast") return null;
  const v = (x: number) => formatValue(x, indicator.unit, indicator.decimals);
  const last = indicator.points.at(-1)?.time ?? f.horizon.time;
  const first = indicator.points[0]?.time ?? last;
  const target =
    indicator.targetLevel === null
      ? null
      : {
          value: indicator.targetLevel.level,
          label: `Mål: ${indicator.targetLevel.side === "at_most" ? "højst" : "mindst"} ${v(indicator.targetLevel.level)}`,
        };
  const years: number[] = [];
  for (let y = Math.floor(first); y <= Math.floor(f.horizon.time); y++) years.push(y);
  return {
    id: `fremskrivning-${indicator.indicatorId}`,
    title: `Fremskrivning: ${indicator.name}`,
    description: `${indicator.name}: målinger ${indicator.points.map((p) => `${p.label} ${v(p.value)}`).join(", ")}. Tendensen fremskrevet til ${f.horizon.label} giver ${v(f.projection)} (80 %-interval ${v(f.interval80.lower)} til ${v(f.interval80.upper)}, 95 %-interval ${v(f.interval95.lower)} til ${v(f.interval95.upper)}).${target === null ? "" : ` ${target.label}.`}`,
    valueLabel: indicator.unit,
    decimals: indicator.decimals,
    points: indicator.points.map((p) => ({ time: p.time, value: p.value, label: p.label })),
    trend: f.band.map((b) => ({ time: b.time, fitted: b.fitted })),
    band: f.band
      .filter((b) => b.time >= last - 1e-9)
      .map(({ time, lower80, upper80, lower95, upper95 }) => ({ time, lower80, upper80, lower95, upper95 })),
    projection: { time: f.horizon.time, value: f.projection, label: v(f.projection) },
    target,
    deadline: { time: f.horizon.time, label: `Frist: ${f.horizon.label}` },
    years,
  };
}

/** The forecasts beside a goal's assessment: every indicator with a target, forecast or not. */
export function goalForecastViews(goal: GoalForecast): GoalForecastView[] {
  const withTarget = goal.indicators.filter((i) => i.targetText !== null);
  return withTarget.map((i) => ({
    label: withTarget.length > 1 ? `Fremskrivning, ${i.name}` : "Fremskrivning",
    sentence: i.forecast.sentence,
    targetExplanation: i.forecast.status === "forecast" ? (i.targetLevel?.explanation ?? null) : null,
    chart: forecastChart(i),
  }));
}
