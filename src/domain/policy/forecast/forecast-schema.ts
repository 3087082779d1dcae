import { z } from "zod";

/**
 * What the goal forecast answers, as the API, the CLI's JSON, the web page and the report read
 * it. Every number in it is computed by `forecast-goals.ts`; every text is Danish.
 */

export const forecastProblemCodes = [
  "no_target",
  "no_deadline",
  "direction_conflict",
  "no_baseline",
  "deadline_before_round",
  "measurement_without_value",
  "measurement_without_period",
  "mixed_units",
  "mixed_series",
  "too_few_points",
  "single_period",
  "deadline_not_after_last_measurement",
] as const;
export type ForecastProblemCode = (typeof forecastProblemCodes)[number];

/** Why there is no forecast: a code for programs, a Danish text for people. */
export const forecastProblemSchema = z
  .object({ code: z.enum(forecastProblemCodes), text: z.string() })
  .readonly();
export type ForecastProblem = z.infer<typeof forecastProblemSchema>;

export const intervalSchema = z.object({ lower: z.number(), upper: z.number() }).readonly();

/** Which side of the target level is "reached": at most (lower is better) or at least. */
export const goodSideSchema = z.enum(["at_most", "at_least"]);
export type GoodSide = z.infer<typeof goodSideSchema>;

/** The target as a level of the indicator, and how it was worked out from the target's own unit. */
export const targetLevelSchema = z
  .object({
    level: z.number(),
    side: goodSideSchema,
    /** Danish: `reduceres med 10 %` of 40,0 → 36,0; `10 procentpoint` from 40,0 → 30,0 … */
    explanation: z.string(),
  })
  .readonly();
export type TargetLevel = z.infer<typeof targetLevelSchema>;

/** A measurement as the model uses it: time in decimal years (the middle of its period). */
export const forecastPointSchema = z
  .object({ measurementId: z.string(), label: z.string(), time: z.number(), value: z.number() })
  .readonly();
export type ForecastPoint = z.infer<typeof forecastPointSchema>;

/** The probability as a committee member reads it: `omkring 70 %`, `under 5 %`, `over 95 %`. */
export const probabilityWordingSchema = z
  .object({ kind: z.enum(["under", "about", "over"]), percent: z.number(), text: z.string() })
  .readonly();
export type ProbabilityWording = z.infer<typeof probabilityWordingSchema>;

/** The time projected to: the period of the measurements' kind that holds the deadline. */
export const horizonSchema = z
  .object({
    time: z.number(),
    /** `2010`, `2. halvår 2010`, `31. december 2010` */
    label: z.string(),
    deadline: z.string(),
  })
  .readonly();

export const trendSchema = z
  .object({
    /** Change per year, in the indicator's unit. */
    slopePerYear: z.number(),
    /** Fitted value at `meanTime`. */
    meanValue: z.number(),
    meanTime: z.number(),
    residualSd: z.number(),
    points: z.number().int(),
    degreesOfFreedom: z.number().int(),
  })
  .readonly();

/** Fitted line and prediction band at a time (for the chart). */
export const bandPointSchema = z
  .object({
    time: z.number(),
    fitted: z.number(),
    lower80: z.number(),
    upper80: z.number(),
    lower95: z.number(),
    upper95: z.number(),
  })
  .readonly();
export type BandPoint = z.infer<typeof bandPointSchema>;

export const forecastResultSchema = z.discriminatedUnion("status", [
  z
    .object({
      status: z.literal("forecast"),
      horizon: horizonSchema,
      /** The trend's value at the horizon. */
      projection: z.number(),
      interval80: intervalSchema,
      interval95: intervalSchema,
      /** P(the value at the horizon is on the good side of the target level). */
      probability: z.number(),
      probabilityWording: probabilityWordingSchema,
      sentence: z.string(),
      trend: trendSchema,
      band: z.array(bandPointSchema).readonly(),
    })
    .readonly(),
  z
    .object({
      status: z.literal("not_forecastable"),
      /** Danish: every problem found, in one text. */
      reason: z.string(),
      problems: z.array(forecastProblemSchema).readonly(),
      sentence: z.string(),
    })
    .readonly(),
]);
export type ForecastResult = z.infer<typeof forecastResultSchema>;

export const barometerReadingSchema = z.enum(["better", "unchanged", "worse"]);
export type BarometerReading = z.infer<typeof barometerReadingSchema>;

export const barometerReadingLabels: Readonly<Record<BarometerReading | "mixed" | "unknown", string>> = {
  better: "Bedre",
  unchanged: "Uændret",
  worse: "Dårligere",
  mixed: "Blandet",
  unknown: "Kan ikke vurderes",
};

/** Direction since the base measurement, as the national integration barometer reads it. */
export const indicatorBarometerSchema = z.discriminatedUnion("status", [
  z
    .object({
      status: z.literal("reading"),
      reading: barometerReadingSchema,
      base: forecastPointSchema,
      latest: forecastPointSchema,
      change: z.number(),
      /** A change of at most this much (either way) reads as unchanged. */
      tolerance: z.number(),
    })
    .readonly(),
  z.object({ status: z.literal("unknown"), reason: z.string() }).readonly(),
]);
export type IndicatorBarometer = z.infer<typeof indicatorBarometerSchema>;

export const goalBarometerSchema = z
  .object({
    /** Most indicators' reading; `mixed` on a tie, `unknown` when no indicator has a reading. */
    reading: z.enum(["better", "unchanged", "worse", "mixed", "unknown"]),
    counts: z.object({ better: z.number(), unchanged: z.number(), worse: z.number() }).readonly(),
    text: z.string(),
  })
  .readonly();
export type GoalBarometer = z.infer<typeof goalBarometerSchema>;

/** A forecast made as if it were two years earlier, beside what was then measured. */
export const backtestSchema = z.discriminatedUnion("status", [
  z
    .object({
      status: z.literal("backtest"),
      /** The measurements used end with this period, e.g. `2008`. */
      madeWithDataThrough: z.string(),
      /** The measurement compared with, e.g. `2010`. */
      forPeriod: z.string(),
      projection: z.number(),
      interval80: intervalSchema,
      interval95: intervalSchema,
      actual: z.number(),
      inside80: z.boolean(),
      inside95: z.boolean(),
      /** The probability the early forecast gave the target for that period; null without a target level. */
      probability: z.number().nullable(),
      /** Whether the measured value is on the good side of the target level; null without one. */
      reached: z.boolean().nullable(),
      text: z.string(),
    })
    .readonly(),
  z.object({ status: z.literal("not_possible"), reason: z.string() }).readonly(),
]);
export type Backtest = z.infer<typeof backtestSchema>;

export const indicatorForecastSchema = z
  .object({
    indicatorId: z.string(),
    name: z.string(),
    unit: z.string(),
    decimals: z.number().int(),
    direction: z.enum(["higher_is_better", "lower_is_better"]),
    /** The target's words, e.g. `reduceres med 10 %`; null without a target. */
    targetText: z.string().nullable(),
    deadline: z.string().nullable(),
    targetLevel: targetLevelSchema.nullable(),
    /** The measurements with a value and a period, in time order. */
    points: z.array(forecastPointSchema).readonly(),
    forecast: forecastResultSchema,
    barometer: indicatorBarometerSchema,
    backtest: backtestSchema,
  })
  .readonly();
export type IndicatorForecast = z.infer<typeof indicatorForecastSchema>;

export const goalForecastSchema = z
  .object({
    goalCode: z.string(),
    goalText: z.string(),
    deadline: z.string(),
    indicators: z.array(indicatorForecastSchema).readonly(),
    barometer: goalBarometerSchema,
  })
  .readonly();
export type GoalForecast = z.infer<typeof goalForecastSchema>;

export const roundForecastSchema = z
  .object({
    /** The round's date: a deadline before it is past. */
    roundDate: z.string(),
    goals: z.array(goalForecastSchema).readonly(),
  })
  .readonly();
export type RoundForecast = z.infer<typeof roundForecastSchema>;
