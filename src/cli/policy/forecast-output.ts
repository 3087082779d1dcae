import type { IndicatorForecast } from "../../domain/policy/forecast/forecast-schema.ts";
import { barometerReadingLabels } from "../../domain/policy/forecast/forecast-schema.ts";
import { formatValue } from "../../domain/policy/forecast/forecast-text.ts";

/** One indicator as `--json` gives it: the figures first, the chart's band left out. */
export function indicatorJson(i: IndicatorForecast) {
  const f = i.forecast;
  return {
    indicatorId: i.indicatorId,
    name: i.name,
    unit: i.unit,
    target: i.targetText,
    deadline: i.deadline,
    targetLevel: i.targetLevel,
    status: f.status,
    ...(f.status === "forecast"
      ? {
          horizon: f.horizon.label,
          projection: f.projection,
          interval80: f.interval80,
          interval95: f.interval95,
          probability: f.probability,
          trend: f.trend,
        }
      : { reason: f.reason, problems: f.problems }),
    sentence: f.sentence,
    points: i.points,
    barometer: i.barometer,
    backtest: i.backtest,
  };
}

export function indicatorText(i: IndicatorForecast): string {
  const v = (x: number) => formatValue(x, i.unit, i.decimals);
  const f = i.forecast;
  const lines = [
    `  ${i.name}${i.targetText === null ? "" : ` (mål: »${i.targetText}«)`}`,
    `    ${f.sentence}`,
  ];
  if (i.targetLevel !== null) lines.push(`    ${i.targetLevel.explanation}`);
  if (f.status === "forecast") {
    lines.push(
      `    Fremskrevet ${f.horizon.label}: ${v(f.projection)}; 80 %: ${v(f.interval80.lower)} til ${v(f.interval80.upper)}; 95 %: ${v(f.interval95.lower)} til ${v(f.interval95.upper)}; sandsynlighed ${(f.probability * 100).toFixed(1).replace(".", ",")} % (${f.trend.points} målinger).`,
    );
  }
  const b = i.barometer;
  lines.push(
    b.status === "reading"
      ? `    Barometer: ${barometerReadingLabels[b.reading]} (${b.base.label} ${v(b.base.value)} → ${b.latest.label} ${v(b.latest.value)})`
      : `    Barometer: kan ikke vurderes. ${b.reason}`,
  );
  lines.push(
    i.backtest.status === "backtest"
      ? `    Efterprøvning: ${i.backtest.text}`
      : `    Efterprøvning: ikke mulig. ${i.backtest.reason}`,
  );
  return lines.join("\n");
}
