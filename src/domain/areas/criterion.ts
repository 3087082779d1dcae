import { type Comparator, holds, satisfies } from "../law/comparator.ts";
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

/** What a threshold shows and how it compares: the same for every area, so made once per object. */
interface ThresholdParts {
  readonly threshold: number;
  readonly thresholdExact: string;
  /** The threshold's numerator and denominator as numbers, when both are safe integers. */
  readonly num: number | undefined;
  readonly den: number | undefined;
}

/** Keyed by the Threshold object: a reader hands out one per parameter (parameter-reader.ts). */
const partsOf = new WeakMap<Threshold, ThresholdParts>();

function thresholdParts(threshold: Threshold): ThresholdParts {
  let parts = partsOf.get(threshold);
  if (parts === undefined) {
    const num = Number(threshold.value.num);
    const den = Number(threshold.value.den);
    const safe = Number.isSafeInteger(num) && Number.isSafeInteger(den);
    parts = {
      threshold: toNumber(threshold.value),
      thresholdExact: formatRational(threshold.value),
      num: safe ? num : undefined,
      den: safe ? den : undefined,
    };
    partsOf.set(threshold, parts);
  }
  return parts;
}

/**
 * Whether numerator ÷ denominator (ten-thousandths, denominator > 0) meets the threshold,
 * decided exactly: the cross products in doubles when both are at most 2^53 - 1 (so exact, as
 * most are), in bigint otherwise.
 */
function meetsScaled(num: number, den: number, threshold: Threshold, parts: ThresholdParts): boolean {
  if (parts.num !== undefined && parts.den !== undefined) {
    const left = num * parts.den;
    const right = parts.num * den;
    if (Math.abs(left) <= Number.MAX_SAFE_INTEGER && Math.abs(right) <= Number.MAX_SAFE_INTEGER) {
      return holds(left < right ? -1 : left > right ? 1 : 0, threshold.comparator);
    }
  }
  return satisfies({ num: BigInt(num), den: BigInt(den) }, threshold.comparator, threshold.value);
}

const emptyBaseNote = "Grundlaget er 0 personer; kriteriet kan ikke være opfyldt.";

/**
 * The criterion, decided exactly. Built for every area of a list, so it allocates the object
 * and nothing else on the common path (shares of counts with at most four decimals).
 */
export function criterion(spec: CriterionSpec): Criterion {
  const parts = thresholdParts(spec.threshold);
  let met: boolean;
  let value: number;
  let empty = false;
  const num = spec.exactValue === undefined ? scaledOf(spec.numerator) : undefined;
  const den = spec.exactValue === undefined ? scaledOf(spec.denominator) : undefined;
  if (num !== undefined && den !== undefined && den > 0) {
    met = meetsScaled(num, den, spec.threshold, parts);
    // num / den is the double nearest the exact share, as toNumber of the reduced fraction is.
    value = num / den;
  } else {
    const exact = spec.exactValue ?? exactShare(spec.numerator, spec.denominator);
    empty = exact === undefined;
    met = exact !== undefined && satisfies(exact, spec.threshold.comparator, spec.threshold.value);
    value = exact === undefined ? 0 : toNumber(exact);
  }
  const result: Mutable<Criterion> = {
    id: spec.id,
    label: spec.label,
    value,
    numerator: spec.numerator,
    denominator: spec.denominator,
    threshold: parts.threshold,
    thresholdExact: parts.thresholdExact,
    comparator: spec.threshold.comparator,
    met,
    parameterId: spec.threshold.parameterId,
  };
  if (spec.years !== undefined) result.years = spec.years;
  if (spec.departmentId !== undefined) result.departmentId = spec.departmentId;
  if (spec.partOf !== undefined) result.partOf = spec.partOf;
  const note = empty ? emptyBaseNote : spec.note;
  if (note !== undefined) result.note = note;
  return result;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A count compared with a count threshold, e.g. residents ≥ 1,000 (denominator 1). */
export function countCriterion(
  spec: Pick<CriterionSpec, "id" | "label" | "threshold" | "years" | "note"> & { readonly count: number },
): Criterion {
  return criterion({
    id: spec.id,
    label: spec.label,
    numerator: spec.count,
    denominator: 1,
    threshold: spec.threshold,
    ...(spec.years === undefined ? {} : { years: spec.years }),
    ...(spec.note === undefined ? {} : { note: spec.note }),
  });
}
