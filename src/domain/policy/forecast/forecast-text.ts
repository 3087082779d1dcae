import { formatNumber } from "../../format.ts";
import type { Period } from "../goals/period.ts";
import { formatPeriod } from "../goals/period.ts";
import type { ProbabilityWording } from "./forecast-schema.ts";

/**
 * The probability as one rounded figure: to the nearest 5 %, because a model on a handful of
 * points cannot tell 68 % from 70 %; below 5 % and above 95 % it says so instead of `0 %` or
 * `100 %`, which would claim a certainty the model does not have.
 */
export function probabilityWording(probability: number): ProbabilityWording {
  if (probability < 0.05) return { kind: "under", percent: 5, text: "under 5 %" };
  if (probability > 0.95) return { kind: "over", percent: 95, text: "over 95 %" };
  const percent = Math.round(probability * 20) * 5;
  return { kind: "about", percent, text: `omkring ${percent} %` };
}

/** `i 2010`, `i 2. halvår 2010`, `i december 2010`, `den 31. december 2010`. */
export function periodPhrase(period: Period): string {
  return `${period.kind === "date" ? "den" : "i"} ${formatPeriod(period)}`;
}

/** The one sentence a committee member reads beside the assessment. */
export function forecastSentence(wording: ProbabilityWording, horizon: Period): string {
  return `Med den hidtidige udvikling nås målet med ${wording.text} sandsynlighed ${periodPhrase(horizon)}.`;
}

/** The sentence when there is no forecast: what is missing, never a number. */
export function notForecastableSentence(reason: string): string {
  return `Det kan ikke vurderes ud fra udviklingen, om målet nås: ${reason}`;
}

/** A value in the indicator's unit: `33,2 %`, `6`, `1,05`. */
export function formatValue(value: number, unit: string, decimals: number): string {
  const text = formatNumber(value, decimals);
  return unit === "%" ? `${text} %` : text;
}
