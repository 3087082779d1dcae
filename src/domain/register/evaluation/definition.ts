import { DomainError } from "../../errors.ts";
import { type IsoDate, isoDate } from "../../law/iso-date.ts";
import type { ParameterSet } from "../../law/parameter.ts";
import { ParameterReader } from "../../law/parameter-reader.ts";
import type { ParameterUse } from "../../law/value-on.ts";

/**
 * The definition of the letting-agreement evaluation (docs/REGISTER.md, "The letting-agreement
 * evaluation"): who is counted on each reference day and who counts as on transfer income. Every
 * number in it is a dated parameter (rules/kobenhavn/udlejningsevaluering/), read on 1 January of
 * the from-year, so both years of one evaluation are measured alike.
 */
export const evaluationParameters = {
  referenceDay: "kobenhavn.udlejningsevaluering.referencedag",
  benefitWindow: "kobenhavn.udlejningsevaluering.ydelsesperiode",
  benefitCodes: "kobenhavn.udlejningsevaluering.ydelser",
  minimumAge: "kobenhavn.udlejningsevaluering.mindste_alder",
  maximumAge: "kobenhavn.udlejningsevaluering.hoejeste_alder",
} as const;

export type BenefitWindow = "kalenderaar" | "referencemaaned";

/** One of the two reference points: the day residents are counted, and the months benefits are looked for. */
export interface ReferencePoint {
  readonly year: number;
  readonly day: IsoDate;
  /** The month of `day` (1–12): a person's age on the day counts a birthday on the 1st of the birth month. */
  readonly month: number;
  /** First month (its first day) in which a counted benefit makes the person a recipient. */
  readonly windowStart: IsoDate;
  /** The first day after the window (exclusive). */
  readonly windowEnd: IsoDate;
}

export interface EvaluationDefinition {
  readonly fromYear: number;
  readonly toYear: number;
  readonly from: ReferencePoint;
  readonly to: ReferencePoint;
  readonly benefitWindow: BenefitWindow;
  readonly benefitCodes: readonly string[];
  readonly minimumAge: number;
  readonly maximumAge: number;
  /** The parameters read, with their sources: for the audit row, the XLSX header and the report. */
  readonly parametersUsed: readonly ParameterUse[];
}

function referencePoint(year: number, monthDay: string, window: BenefitWindow): ReferencePoint {
  const month = Number(monthDay.slice(0, 2));
  const day = isoDate(year, month, Number(monthDay.slice(3, 5)));
  if (window === "kalenderaar")
    return { year, day, month, windowStart: isoDate(year, 1, 1), windowEnd: isoDate(year + 1, 1, 1) };
  const next = month === 12 ? isoDate(year + 1, 1, 1) : isoDate(year, month + 1, 1);
  return { year, day, month, windowStart: isoDate(year, month, 1), windowEnd: next };
}

/** The definition for `fromYear` → `toYear` under the parameters in force on 1 January of `fromYear`. */
export function evaluationDefinition(
  params: ParameterSet,
  fromYear: number,
  toYear: number,
): EvaluationDefinition {
  const reader = new ParameterReader(params, isoDate(fromYear, 1, 1));
  const monthDay = reader.text(evaluationParameters.referenceDay);
  const benefitWindow = reader.text(evaluationParameters.benefitWindow) as BenefitWindow;
  const benefitCodes = reader.list(evaluationParameters.benefitCodes);
  const minimumAge = reader.number(evaluationParameters.minimumAge);
  const maximumAge = reader.number(evaluationParameters.maximumAge);
  if (benefitCodes.length === 0 || minimumAge > maximumAge)
    throw new DomainError(
      "invalid_input",
      {
        da: "Evalueringens parametre giver ingen personer at tælle",
        en: "The evaluation's parameters leave no persons to count",
      },
      [
        {
          field: evaluationParameters.benefitCodes,
          message: "tom liste eller mindste alder over højeste",
          en: "empty list or lowest age above highest",
        },
      ],
    );
  return {
    fromYear,
    toYear,
    from: referencePoint(fromYear, monthDay, benefitWindow),
    to: referencePoint(toYear, monthDay, benefitWindow),
    benefitWindow,
    benefitCodes,
    minimumAge,
    maximumAge,
    parametersUsed: reader.used(),
  };
}

/** Age in completed years on a reference point, the birthday taken as the 1st of the birth month. */
export function ageOn(
  point: Pick<ReferencePoint, "year" | "month">,
  birthYear: number,
  birthMonth: number,
): number {
  return point.year - birthYear - (birthMonth > point.month ? 1 : 0);
}
