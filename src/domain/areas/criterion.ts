import { type Comparator, satisfies } from "../law/comparator.ts";
import type { Threshold } from "../law/parameter-reader.ts";
import { divide, formatRational, parseRational, type Rational, rational, toNumber } from "../law/rational.ts";
import { DECIMAL_SCALE, scaledOf } from "../law/scaled-decimal.ts";

/**
 * One condition of a rule applied to one area: the indicator as a numerator over a
 * denominator (so the figure can explain itself), the threshold it was compared with, and
 * whether it was met. `met` is decided in exact rational arithmetic; `value` and `threshold`
 * are numbers for display only.
 */
export interface Criterion {
  readonly id: string;
  /** Danish, e.g. "Over 50 % af beboerne er indvandrere og efterkommere fra ikke-vestlige lande". */
  readonly label: string;
  readonly value: number;
  readonly numerator: number;
  readonly denominator: number;
  readonly threshold: number;
  /** The threshold as an exact fraction, e.g. "27/1000". */
  readonly thresholdExact: string;
  readonly comparator: Comparator;
  readonly met: boolean;
  readonly parameterId: string;
  readonly years?: readonly number[];
  readonly departmentId?: string;
  /**
   * The id of the criterion whose numerator and denominator are this one's summed over all the
   * area's departments (a department's share beside the departments' together): disclosure
   * control must not let the departments not shown be recomputed as the difference.
   */
  readonly partOf?: string;
  readonly note?: string;
}

export interface CriterionSpec {
  readonly id: string;
  readonly label: string;
  readonly numerator: number;
  readonly denominator: number;
  /** When the value is not numerator ÷ denominator as given (e.g. a mean of yearly shares). */
  readonly exactValue?: Rational;
  readonly threshold: Threshold;
  readonly years?: readonly number[];
  readonly departmentId?: string;
  readonly partOf?: string;
  readonly note?: string;
}

export function exactNumber(value: number): Rational {
  const scaled = Number.isInteger(value) ? undefined : scaledOf(value);
  const exact = Number.isInteger(value)
    ? rational(value)
    : scaled !== undefined
      ? rational(scaled, DECIMAL_SCALE)
      : parseRational(value);
  if (!exact) throw new RangeError(`not a finite number: ${value}`);
  return exact;
}

/** The exact share, or undefined when the base is empty (a share of nobody meets no threshold). */
export function exactShare(numerator: number, denominator: number): Rational | undefined {
  return denominator === 0 ? undefined : divide(exactNumber(numerator), exactNumber(denominator));
}

/**
 * The share as numerator and denominator in ten-thousandths, unreduced (a comparison
 * cross-multiplies, so it needs no common divisor): no gcd, no parsing, for the common case.
 */
function scaledShare(numerator: number, denominator: number): { share: Rational; value: number } | undefined {
  const num = scaledOf(numerator);
  const den = scaledOf(denominator);
  if (num === undefined || den === undefined || den <= 0) return undefined;
  // num / den is the double nearest the exact share, as toNumber of the reduced fraction is.
  return { share: { num: BigInt(num), den: BigInt(den) }, value: num / den };
}

export function criterion(spec: CriterionSpec): Criterion {
  const fast = spec.exactValue === undefined ? scaledShare(spec.numerator, spec.denominator) : undefined;
  const exact = fast?.share ?? spec.exactValue ?? exactShare(spec.numerator, spec.denominator);
  const met = exact !== undefined && satisfies(exact, spec.threshold.comparator, spec.threshold.value);
  const note = exact === undefined ? "Grundlaget er 0 personer; kriteriet kan ikke være opfyldt." : spec.note;
  return {
    id: spec.id,
    label: spec.label,
    value: exact === undefined ? 0 : (fast?.value ?? toNumber(exact)),
    numerator: spec.numerator,
    denominator: spec.denominator,
    threshold: toNumber(spec.threshold.value),
    thresholdExact: formatRational(spec.threshold.value),
    comparator: spec.threshold.comparator,
    met,
    parameterId: spec.threshold.parameterId,
    ...(spec.years === undefined ? {} : { years: spec.years }),
    ...(spec.departmentId === undefined ? {} : { departmentId: spec.departmentId }),
    ...(spec.partOf === undefined ? {} : { partOf: spec.partOf }),
    ...(note === undefined ? {} : { note }),
  };
}

/** A count compared with a count threshold, e.g. residents ≥ 1,000 (denominator 1). */
export function countCriterion(
  spec: Omit<CriterionSpec, "numerator" | "denominator" | "exactValue"> & { readonly count: number },
): Criterion {
  return criterion({ ...spec, numerator: spec.count, denominator: 1 });
}
