import type { TrackedIndicator } from "../goals/tracked-indicator.ts";
import {
  type BarometerReading,
  barometerReadingLabels,
  type GoalBarometer,
  type IndicatorBarometer,
} from "./forecast-schema.ts";
import { seriesProblems, usablePoints } from "./series.ts";

/**
 * The barometer reading, as the national integration barometer shows it: has the indicator moved
 * the right way since the base measurement? Base is the earliest measurement with a value and a
 * period, compared with the latest. A change of at most 1 % of the base value (or, for values near
 * zero, half of the last decimal the indicator is shown with) reads as unchanged: a 33,2 % share
 * that is 33,0 % two years later has not moved in any way a committee should act on, and a change
 * that cannot be seen in the shown figures is no change to the reader.
 */
export const BAROMETER_RELATIVE_TOLERANCE = 0.01;

export function barometerTolerance(base: number, decimals: number): number {
  return Math.max(BAROMETER_RELATIVE_TOLERANCE * Math.abs(base), 0.5 * 10 ** -decimals);
}

export function indicatorBarometer(tracked: TrackedIndicator): IndicatorBarometer {
  const { indicator, measurements } = tracked;
  const points = usablePoints(measurements);
  // Only the mixing problems matter here: a measurement without a value is left out, not fatal.
  const mixed = seriesProblems(measurements.filter((m) => m.value !== null && m.period !== null));
  if (mixed.length > 0) return { status: "unknown", reason: mixed.map((p) => p.text).join(" ") };
  const base = points[0];
  const latest = points.at(-1);
  if (base === undefined || latest === undefined || latest.time <= base.time) {
    return {
      status: "unknown",
      reason: "Der skal være målinger fra mindst to perioder for at se en retning.",
    };
  }
  const change = latest.value - base.value;
  const tolerance = barometerTolerance(base.value, indicator.decimals);
  const improved = indicator.direction === "lower_is_better" ? change < 0 : change > 0;
  const reading: BarometerReading =
    Math.abs(change) <= tolerance ? "unchanged" : improved ? "better" : "worse";
  return { status: "reading", reading, base, latest, change, tolerance };
}

/** The goal's reading: the reading most of its indicators have; `mixed` on a tie. */
export function goalBarometer(readings: readonly IndicatorBarometer[]): GoalBarometer {
  const counts = { better: 0, unchanged: 0, worse: 0 };
  for (const r of readings) if (r.status === "reading") counts[r.reading]++;
  const total = counts.better + counts.unchanged + counts.worse;
  const ranked = (Object.entries(counts) as [BarometerReading, number][]).sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  const reading =
    total === 0 || first === undefined
      ? "unknown"
      : second !== undefined && second[1] === first[1]
        ? "mixed"
        : first[0];
  const of = `${total} ${total === 1 ? "indikator" : "indikatorer"} med en retning`;
  const text =
    reading === "unknown"
      ? "Retningen kan ikke vurderes: ingen indikator har målinger fra to perioder i samme opgørelse."
      : `${barometerReadingLabels[reading]} siden første måling (${counts.better} bedre, ${counts.unchanged} uændret, ${counts.worse} dårligere af ${of}).`;
  return { reading, counts, text };
}
