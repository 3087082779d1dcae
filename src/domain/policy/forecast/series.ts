import { type Measurement, seriesOf } from "../goals/measurement.ts";
import { formatPeriod } from "../goals/period.ts";
import type { ForecastPoint, ForecastProblem } from "./forecast-schema.ts";
import { periodMidpoint } from "./time-axis.ts";

/**
 * The measurements of an indicator as one series in time. They are one series when they share
 * their `note` (the chart's "opgørelse", e.g. `Gamle kriterier` vs `Nye kriterier`) and the unit
 * their stated text uses (`%`, `procentpoint` or a plain number): a trend across two series would
 * measure the change of method, not the development.
 */

/** The unit a stated figure is written in: `procentpoint`, `%` or a plain number. */
export function statedUnitOf(text: string): "percentage_points" | "percent" | "number" {
  if (/procent-?point|%-?point|pct\.?-?point/i.test(text)) return "percentage_points";
  if (/%|procent|pct\./i.test(text)) return "percent";
  return "number";
}

const statedUnitWords = { percentage_points: "procentpoint", percent: "procent", number: "tal uden enhed" };

function quoted(m: Measurement): string {
  return `»${m.statedText}«`;
}

/** The problems of the measurements as one series (whatever the target). */
export function seriesProblems(measurements: readonly Measurement[]): ForecastProblem[] {
  const problems: ForecastProblem[] = [];
  const noValue = measurements.filter((m) => m.value === null);
  if (noValue.length > 0) {
    problems.push({
      code: "measurement_without_value",
      text: `${noValue.length === 1 ? "Målingen" : "Målingerne"} ${noValue.map(quoted).join(", ")} har ikke ét entydigt tal; ret ${noValue.length === 1 ? "den" : "dem"}, før der kan fremskrives.`,
    });
  }
  const noPeriod = measurements.filter((m) => m.period === null);
  if (noPeriod.length > 0) {
    problems.push({
      code: "measurement_without_period",
      text: `${noPeriod.length === 1 ? "Målingen" : "Målingerne"} ${noPeriod.map(quoted).join(", ")} har ingen periode og kan ikke placeres i tid.`,
    });
  }
  const units = [...new Set(measurements.map((m) => statedUnitOf(m.statedText)))];
  if (units.length > 1) {
    problems.push({
      code: "mixed_units",
      text: `Målingerne er opgjort i forskellige enheder (${units.map((u) => statedUnitWords[u]).join(" og ")}), så de kan ikke lægges på én linje.`,
    });
  }
  const notes = [...new Set(measurements.map((m) => seriesOf(m) ?? "uden note"))];
  if (notes.length > 1) {
    problems.push({
      code: "mixed_series",
      text: `Målingerne kommer fra forskellige opgørelser (${notes.map((n) => `»${n}«`).join(", ")}), så en tendens på tværs af dem ville måle skiftet af metode.`,
    });
  }
  return problems;
}

/** The measurements with a value and a period as points in time order. */
export function usablePoints(measurements: readonly Measurement[]): ForecastPoint[] {
  return measurements
    .flatMap((m) =>
      m.value === null || m.period === null
        ? []
        : [
            {
              measurementId: m.id,
              label: formatPeriod(m.period),
              time: periodMidpoint(m.period),
              value: m.value,
            },
          ],
    )
    .sort((a, b) => a.time - b.time);
}
