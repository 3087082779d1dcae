import { formatKroner, formatNumber } from "../../format.ts";
import type { Comparator } from "../../law/comparator.ts";
import { formatRatio, formatShare } from "../../law/format-parameter.ts";
import {
  add,
  compare,
  divide,
  multiply,
  parseRational,
  type Rational,
  rational,
  toNumber,
} from "../../law/rational.ts";
import { type Criterion, exactShare } from "../criterion.ts";

/**
 * How far a criterion's value is from its threshold, in the criterion's own unit: percentage
 * points for shares, "× the national average" for the conviction multiple, percentage points of
 * the region's mean for income, persons for residents, criteria for "at least K of N", years for
 * "N years in a row". Computed exactly (the threshold is the exact fraction the rule used), shown
 * as a number and as Danish text, e.g. "2,1 procentpoint under 40 %-grænsen".
 */
export const distanceUnits = [
  "procentpoint",
  "gange_landsgennemsnittet",
  "procentpoint_af_regionens_gennemsnit",
  "beboere",
  "kriterier",
  "aar",
] as const;
export type DistanceUnit = (typeof distanceUnits)[number];

export interface CriterionDistance {
  readonly criterionId: string;
  readonly label: string;
  /** The value and the threshold in the distance's unit (e.g. 38.2 and 40 for procentpoint). */
  readonly value: number;
  readonly threshold: number;
  readonly comparator: Comparator;
  readonly met: boolean;
  /** value − threshold in `unit`; negative is under, positive over (whichever side lists). */
  readonly distance: number;
  readonly unit: DistanceUnit;
  /** Danish, e.g. "2,1 procentpoint under 40 %-grænsen". */
  readonly text: string;
  /** |distance| ÷ |threshold|: how far in relative terms, for ranking areas across units. */
  readonly relativeDistance: number;
  /** Derived criteria (how many criteria are met, years in a row) do not count for ranking. */
  readonly derived: boolean;
  /** Disclosure control: the criterion rests on a small cell; why, in Danish. Published as null. */
  readonly withheld?: string;
}

/** The multiple or factor a threshold was built from, read from its parameter on the list's date. */
export type FactorOf = (parameterId: string) => Rational;

export function unitOf(c: Pick<Criterion, "id" | "parameterId" | "denominator">): DistanceUnit {
  if (c.id === "consecutive_years") return "aar";
  if (c.id.endsWith("criteria_count")) return "kriterier";
  if (c.parameterId.endsWith("gange_landsgennemsnit")) return "gange_landsgennemsnittet";
  if (c.parameterId.endsWith("indkomst_andel_af_regionens_gennemsnit"))
    return "procentpoint_af_regionens_gennemsnit";
  if (c.id.endsWith("residents")) return "beboere";
  return "procentpoint";
}

const hundred = rational(100);

function exactValueOf(c: Criterion): Rational {
  return c.denominator === 0
    ? rational(0)
    : (exactShare(c.numerator, c.denominator) ?? parseRational(c.value) ?? rational(0));
}

function side(distance: Rational): "over" | "under" | "på" {
  const sign = compare(distance, rational(0));
  return sign > 0 ? "over" : sign < 0 ? "under" : "på";
}

function amount(value: number, decimals: number): string {
  return formatNumber(Math.abs(value), decimals);
}

/** One decimal, or two when one would show 0,0 for a distance that is not zero. */
function decimalsFor(distance: number): number {
  return distance !== 0 && Math.abs(distance) < 0.05 ? 2 : 1;
}

export function criterionDistance(c: Criterion, factorOf: FactorOf): CriterionDistance {
  const unit = unitOf(c);
  const thresholdExact = parseRational(c.thresholdExact) ?? rational(0);
  const valueExact = exactValueOf(c);
  let value: Rational;
  let threshold: Rational;
  switch (unit) {
    case "procentpoint":
      value = multiply(valueExact, hundred);
      threshold = multiply(thresholdExact, hundred);
      break;
    case "gange_landsgennemsnittet": {
      // threshold = multiple × national average, so value ÷ national = value × multiple ÷ threshold.
      const multiple = factorOf(c.parameterId);
      threshold = multiple;
      value =
        thresholdExact.num === 0n ? rational(0) : divide(multiply(valueExact, multiple), thresholdExact);
      break;
    }
    case "procentpoint_af_regionens_gennemsnit": {
      // threshold = factor × region mean, so value ÷ region mean = value × factor ÷ threshold.
      const factor = factorOf(c.parameterId);
      threshold = multiply(factor, hundred);
      value =
        thresholdExact.num === 0n
          ? rational(0)
          : multiply(divide(multiply(valueExact, factor), thresholdExact), hundred);
      break;
    }
    default:
      value = valueExact;
      threshold = thresholdExact;
  }
  const distance = add(value, multiply(threshold, rational(-1)));
  const d = toNumber(distance);
  const where = side(distance);
  let text: string;
  switch (unit) {
    case "procentpoint":
      text =
        where === "på"
          ? `på ${formatShare(thresholdExact)}-grænsen`
          : `${amount(d, decimalsFor(d))} procentpoint ${where} ${formatShare(thresholdExact)}-grænsen`;
      break;
    case "procentpoint_af_regionens_gennemsnit":
      text =
        where === "på"
          ? `på grænsen (${formatShare(factorOf(c.parameterId))} af regionens gennemsnit, ${formatKroner(c.threshold)})`
          : `${amount(d, decimalsFor(d))} procentpoint ${where} grænsen på ${formatShare(factorOf(c.parameterId))} af regionens gennemsnitsindkomst`;
      break;
    case "gange_landsgennemsnittet": {
      const m = formatRatio(threshold);
      const dd = Math.abs(d) < 0.05 && d !== 0 ? 2 : 1;
      text =
        where === "på"
          ? `på ${m} × landsgennemsnittet`
          : `${amount(d, dd)} × ${where} ${m} × landsgennemsnittet`;
      break;
    }
    case "beboere":
      text =
        where === "på"
          ? `på minimum (${formatNumber(toNumber(threshold))} beboere)`
          : `${amount(d, 0)} beboere ${where} minimum (${formatNumber(toNumber(threshold))})`;
      break;
    case "kriterier": {
      const n = Math.abs(d);
      text =
        where === "på"
          ? `netop det krævede antal kriterier (${formatNumber(toNumber(threshold))})`
          : `${formatNumber(n)} ${n === 1 ? "kriterium" : "kriterier"} ${where} det krævede antal (${formatNumber(toNumber(threshold))})`;
      break;
    }
    case "aar":
      text =
        where === "på"
          ? `netop ${formatNumber(toNumber(threshold))} foregående år i træk`
          : `${formatNumber(Math.abs(d))} år ${where} kravet om ${formatNumber(toNumber(threshold))} foregående år i træk`;
      break;
  }
  const t = toNumber(threshold);
  return {
    criterionId: c.id,
    label: c.label,
    value: toNumber(value),
    threshold: t,
    comparator: c.comparator,
    met: c.met,
    distance: d,
    unit,
    text,
    relativeDistance: t === 0 ? Math.abs(d) : Math.abs(d) / Math.abs(t),
    derived: unit === "kriterier" || unit === "aar",
  };
}

/** Danish names of the units, for tables. */
export const distanceUnitNames: Readonly<Record<DistanceUnit, string>> = {
  procentpoint: "procentpoint",
  gange_landsgennemsnittet: "× landsgennemsnittet",
  procentpoint_af_regionens_gennemsnit: "procentpoint af regionens gennemsnit",
  beboere: "beboere",
  kriterier: "kriterier",
  aar: "år",
};
