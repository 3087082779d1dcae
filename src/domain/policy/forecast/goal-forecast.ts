import { formatNumber } from "../../format.ts";
import { isIsoDate } from "../../law/iso-date.ts";
import type { IndicatorDirection } from "../goals/indicator.ts";
import type { Measurement } from "../goals/measurement.ts";
import { formatPeriod, type Period } from "../goals/period.ts";
import type { PolicyGoal } from "../goals/policy-goal.ts";
import { type Target, targetLevel } from "../goals/target.ts";
import type { TrackedIndicator } from "../goals/tracked-indicator.ts";
import type { ReportingRound } from "../report/reporting-round.ts";
import { goalBarometer, indicatorBarometer } from "./barometer.ts";
import type {
  Backtest,
  BandPoint,
  ForecastPoint,
  ForecastProblem,
  ForecastResult,
  GoalForecast,
  GoodSide,
  IndicatorForecast,
  RoundForecast,
  TargetLevel,
} from "./forecast-schema.ts";
import {
  forecastSentence,
  formatValue,
  notForecastableSentence,
  periodPhrase,
  probabilityWording,
} from "./forecast-text.ts";
import {
  fitLinearTrend,
  fittedAt,
  type LinearFit,
  predictionInterval,
  probabilityOfSide,
  type StudentT,
} from "./linear-trend.ts";
import { seriesProblems, usablePoints } from "./series.ts";
import { decimalYear, periodHolding, periodMidpoint } from "./time-axis.ts";

/**
 * The goal forecast: for an indicator with a numeric target and a deadline, a straight line
 * through its measurements (ordinary least squares, time in years), projected to the deadline
 * with 80 % and 95 % prediction intervals, and the probability that the value then is on the
 * target's good side (see `linear-trend.ts` for the formulas). Where the data cannot carry that,
 * the answer is `not_forecastable` with every reason, never a number.
 *
 * Choices, each visible in the output:
 * - A measurement stands at the middle of its period; the deadline is read as the period of the
 *   measurements' kind that holds it (31 December 2010 against yearly figures is "2010", at
 *   2010.5), or the deadline's own day when the measurements mix kinds.
 * - The target becomes a level of the indicator first (`targetLevel` below): `percent_of_baseline`
 *   is a share of the baseline's value, `percentage_points` is added to or taken from it, other
 *   units are the level itself.
 * - The good side is the indicator's direction (lower is better → at most the level); a target
 *   whose comparison says the opposite is a conflict, not a guess.
 * - Measurements are one series when they share their `note` (the chart's "opgørelse", e.g.
 *   `Gamle kriterier` vs `Nye kriterier`) and the unit their stated text uses (`%`, `procentpoint`
 *   or a plain number); a trend across two series would measure the change of method.
 */

const MIN_POINTS = 3;
/** How many points the chart's band has between the first measurement and the horizon. */
const BAND_STEPS = 24;
/** The backtest's look-back: a forecast made with data through year Y − 2 for year Y. */
const BACKTEST_YEARS = 2;

function sideOf(direction: IndicatorDirection): GoodSide {
  return direction === "lower_is_better" ? "at_most" : "at_least";
}

/** What a target's comparison says the good side is, when it says one. */
function comparisonSide(target: Target): GoodSide | null {
  switch (target.comparison) {
    case "at_most":
    case "reduce_by":
      return "at_most";
    case "at_least":
    case "increase_by":
      return "at_least";
    case "equal":
      return null;
  }
}

const comparisonWords: Readonly<Record<GoodSide, string>> = { at_most: "højst", at_least: "mindst" };

/**
 * The target as a level of the indicator, with the working shown; null (and the problem) when the
 * target is a change with no baseline to change from.
 */
export function targetLevelOf(
  target: Target,
  direction: IndicatorDirection,
  unit: string,
  decimals: number,
): TargetLevel | ForecastProblem {
  const side = sideOf(direction);
  const stated = `»${target.statedUnitText}«`;
  const wanted = comparisonSide(target);
  if (wanted !== null && wanted !== side) {
    return {
      code: "direction_conflict",
      text: `Målet ${stated} siger ${comparisonWords[wanted]}, men indikatoren er bedre, jo ${side === "at_most" ? "lavere" : "højere"} den er; målet og indikatorens retning skal passe sammen.`,
    };
  }
  const v = (x: number) => formatValue(x, unit, decimals);
  if (target.comparison !== "reduce_by" && target.comparison !== "increase_by") {
    return {
      level: target.value,
      side,
      explanation: `Målet ${stated} er et niveau: ${comparisonWords[side]} ${v(target.value)}.`,
    };
  }
  if (target.baseline === null) {
    return {
      code: "no_baseline",
      text: `Målet ${stated} er en ændring, men der er intet udgangsniveau at regne fra.`,
    };
  }
  const base = target.baseline.value;
  const sign = target.comparison === "reduce_by" ? -1 : 1;
  const baseText = `udgangsniveauet ${v(base)} (${formatPeriod(target.baseline.period)})`;
  const op = sign < 0 ? "−" : "+";
  if (target.unit === "percent_of_baseline") {
    const level = targetLevel(target) ?? base;
    return {
      level,
      side,
      explanation: `Målet ${stated} regnes i procent af ${baseText}: ${v(base)} ${op} ${formatNumber(target.value, 1)} % af ${v(base)} = ${v(level)}.`,
    };
  }
  const level = targetLevel(target) ?? base;
  const unitWord = target.unit === "percentage_points" ? " procentpoint" : "";
  return {
    level,
    side,
    explanation: `Målet ${stated} regnes${target.unit === "percentage_points" ? " i procentpoint" : ""} fra ${baseText}: ${v(base)} ${op} ${formatNumber(target.value, decimals)}${unitWord} = ${v(level)}.`,
  };
}

function isProblem(x: TargetLevel | ForecastProblem): x is ForecastProblem {
  return "code" in x;
}

/** The period the deadline is read as, given the measurements' periods (see the module comment). */
export function horizonPeriod(deadline: string, measurements: readonly Measurement[]): Period {
  const kinds = new Set(measurements.flatMap((m) => (m.period === null ? [] : [m.period.kind])));
  const [kind] = kinds;
  return kinds.size === 1 && kind !== undefined
    ? periodHolding(deadline, kind)
    : { kind: "date", date: deadline };
}

function notForecastable(problems: readonly ForecastProblem[]): ForecastResult {
  const reason = problems.map((p) => p.text).join(" ");
  return { status: "not_forecastable", reason, problems, sentence: notForecastableSentence(reason) };
}

function tooFewPoints(points: readonly ForecastPoint[]): ForecastProblem | null {
  if (points.length < MIN_POINTS) {
    return {
      code: "too_few_points",
      text:
        points.length === 0
          ? `Der er ingen målinger med værdi og periode; en tendens kræver mindst ${MIN_POINTS}.`
          : `Der er kun ${points.length} ${points.length === 1 ? "måling" : "målinger"} med værdi og periode; en tendens kræver mindst ${MIN_POINTS}.`,
    };
  }
  if (new Set(points.map((p) => p.time)).size < 2) {
    return {
      code: "single_period",
      text: "Alle målinger er fra samme periode, så der er ingen udvikling at regne en tendens på.",
    };
  }
  return null;
}

/** Evenly spaced times from `from` to `to`, both included. */
function steps(from: number, to: number, count: number): number[] {
  return Array.from({ length: count + 1 }, (_, i) => from + ((to - from) * i) / count);
}

/** The trend and its prediction band over the measurements and on to the horizon (for the chart). */
function band(fit: LinearFit, first: number, last: number, horizon: number, t: StudentT): BandPoint[] {
  const times = [...steps(first, last, BAND_STEPS / 2).slice(0, -1), ...steps(last, horizon, BAND_STEPS)];
  return times.map((time) => {
    const i80 = predictionInterval(fit, time, 0.8, t);
    const i95 = predictionInterval(fit, time, 0.95, t);
    return {
      time,
      fitted: fittedAt(fit, time),
      lower80: i80.lower,
      upper80: i80.upper,
      lower95: i95.lower,
      upper95: i95.upper,
    };
  });
}

export interface ForecastInput {
  readonly tracked: TrackedIndicator;
  /** The round's date: a deadline before it is past. */
  readonly roundDate: string;
}

/** The forecast of one tracked indicator at its target's deadline (or why there is none). */
export function forecastIndicator({ tracked, roundDate }: ForecastInput, t: StudentT): ForecastResult {
  const { indicator, target, measurements } = tracked;
  const problems: ForecastProblem[] = [];
  if (target === null) {
    return notForecastable([{ code: "no_target", text: "Indikatoren har intet talmål at regne mod." }]);
  }
  const level = targetLevelOf(target, indicator.direction, indicator.unit, indicator.decimals);
  if (isProblem(level)) problems.push(level);
  const deadline = target.deadline;
  if (!isIsoDate(deadline)) {
    problems.push({ code: "no_deadline", text: "Målet har ingen frist at fremskrive til." });
  } else if (deadline < roundDate) {
    problems.push({
      code: "deadline_before_round",
      text: `Fristen ${periodPhrase({ kind: "date", date: deadline }).replace(/^den /, "")} ligger før redegørelsens dato; der er intet at fremskrive.`,
    });
  }
  problems.push(...seriesProblems(measurements));
  const points = usablePoints(measurements);
  const few = tooFewPoints(points);
  if (few !== null) problems.push(few);
  const horizon = isIsoDate(deadline) ? horizonPeriod(deadline, measurements) : null;
  const horizonTime = horizon === null ? null : periodMidpoint(horizon);
  const last = points.at(-1);
  if (
    horizon !== null &&
    horizonTime !== null &&
    last !== undefined &&
    horizonTime <= last.time &&
    !problems.some((p) => p.code === "deadline_before_round")
  ) {
    problems.push({
      code: "deadline_not_after_last_measurement",
      text: `Der er allerede en måling for ${last.label}, og fristen (${formatPeriod(horizon)}) ligger ikke efter den; målingen viser, om målet er nået.`,
    });
  }
  const fit = fitLinearTrend(points);
  if (problems.length > 0 || isProblem(level) || fit === null || horizon === null || horizonTime === null) {
    return notForecastable(problems);
  }
  const probability = probabilityOfSide(fit, horizonTime, level.level, level.side, t);
  const wording = probabilityWording(probability);
  return {
    status: "forecast",
    horizon: { time: horizonTime, label: formatPeriod(horizon), deadline },
    projection: fittedAt(fit, horizonTime),
    interval80: predictionInterval(fit, horizonTime, 0.8, t),
    interval95: predictionInterval(fit, horizonTime, 0.95, t),
    probability,
    probabilityWording: wording,
    sentence: forecastSentence(wording, horizon),
    trend: {
      slopePerYear: fit.slope,
      meanValue: fit.meanValue,
      meanTime: fit.meanTime,
      residualSd: fit.residualSd,
      points: fit.n,
      degreesOfFreedom: fit.df,
    },
    band: band(fit, points[0]?.time ?? horizonTime, last?.time ?? horizonTime, horizonTime, t),
  };
}

/**
 * The forecast the model would have made two years before the latest measurement, beside that
 * measurement (on the demo's terms: "a forecast made in 2008 for 2010, beside what happened").
 */
export function backtestIndicator(tracked: TrackedIndicator, t: StudentT): Backtest {
  const { indicator, target, measurements } = tracked;
  const problems = seriesProblems(measurements);
  if (problems.length > 0) return { status: "not_possible", reason: problems.map((p) => p.text).join(" ") };
  const points = usablePoints(measurements);
  const latest = points.at(-1);
  const latestMeasurement = measurements.find((m) => m.id === latest?.measurementId);
  if (latest === undefined || latestMeasurement?.period == null) {
    return { status: "not_possible", reason: "Der er ingen målinger at sammenligne med." };
  }
  const latestYear = Number(periodEndYear(latestMeasurement.period));
  const cutoff = decimalYear(`${latestYear - BACKTEST_YEARS + 1}-01-01`);
  const earlier = points.filter((p) => p.time < cutoff);
  const throughYear = latestYear - BACKTEST_YEARS;
  const fit = fitLinearTrend(earlier);
  if (fit === null) {
    return {
      status: "not_possible",
      reason: `En fremskrivning lavet i ${throughYear} for ${latest.label} kræver mindst ${MIN_POINTS} målinger fra forskellige perioder til og med ${throughYear}; der er ${earlier.length}.`,
    };
  }
  const interval80 = predictionInterval(fit, latest.time, 0.8, t);
  const interval95 = predictionInterval(fit, latest.time, 0.95, t);
  const level =
    target === null ? null : targetLevelOf(target, indicator.direction, indicator.unit, indicator.decimals);
  const usableLevel = level === null || isProblem(level) ? null : level;
  const probability =
    usableLevel === null ? null : probabilityOfSide(fit, latest.time, usableLevel.level, usableLevel.side, t);
  const reached =
    usableLevel === null
      ? null
      : usableLevel.side === "at_most"
        ? latest.value <= usableLevel.level
        : latest.value >= usableLevel.level;
  const projection = fittedAt(fit, latest.time);
  const v = (x: number) => formatValue(x, indicator.unit, indicator.decimals);
  const inside80 = interval80.lower <= latest.value && latest.value <= interval80.upper;
  const inside95 = interval95.lower <= latest.value && latest.value <= interval95.upper;
  return {
    status: "backtest",
    madeWithDataThrough: String(throughYear),
    forPeriod: latest.label,
    projection,
    interval80,
    interval95,
    actual: latest.value,
    inside80,
    inside95,
    probability,
    reached,
    text: `En fremskrivning med målingerne til og med ${throughYear} gav ${v(projection)} for ${latest.label} (80 %-interval ${v(interval80.lower)} til ${v(interval80.upper)}); målt blev ${v(latest.value)}, ${inside80 ? "inden for 80 %-intervallet" : inside95 ? "uden for 80 %- men inden for 95 %-intervallet" : "uden for 95 %-intervallet"}.`,
  };
}

function periodEndYear(period: Period): number {
  return period.kind === "date" ? Number(period.date.slice(0, 4)) : period.year;
}

/** Forecast, barometer reading and backtest of one tracked indicator. */
export function indicatorForecast(
  tracked: TrackedIndicator,
  roundDate: string,
  t: StudentT,
): IndicatorForecast {
  const { indicator, target } = tracked;
  const level =
    target === null ? null : targetLevelOf(target, indicator.direction, indicator.unit, indicator.decimals);
  return {
    indicatorId: indicator.id,
    name: indicator.name,
    unit: indicator.unit,
    decimals: indicator.decimals,
    direction: indicator.direction,
    targetText: target?.statedUnitText ?? null,
    deadline: target?.deadline ?? null,
    targetLevel: level === null || isProblem(level) ? null : level,
    points: usablePoints(tracked.measurements),
    forecast: forecastIndicator({ tracked, roundDate }, t),
    barometer: indicatorBarometer(tracked),
    backtest: backtestIndicator(tracked, t),
  };
}

export function forecastGoal(goal: PolicyGoal, roundDate: string, t: StudentT): GoalForecast {
  const indicators = goal.indicators.map((tracked) => indicatorForecast(tracked, roundDate, t));
  return {
    goalCode: goal.code,
    goalText: goal.text,
    deadline: goal.deadline,
    indicators,
    barometer: goalBarometer(indicators.map((i) => i.barometer)),
  };
}

/** Every goal of a round, forecast against the round's date. */
export function forecastRound(round: ReportingRound, t: StudentT): RoundForecast {
  return {
    roundDate: round.requestDate,
    goals: round.goals.map((g) => forecastGoal(g, round.requestDate, t)),
  };
}
