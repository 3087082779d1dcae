import { add, divide, type Rational, rational } from "../law/rational.ts";
import { exactSum } from "./area-measures.ts";
import { exactNumber } from "./criterion.ts";

/** `samlet`: Σ numerators ÷ Σ denominators. `aarlig`: the simple mean of the yearly shares. */
export type AveragingMethod = "samlet" | "aarlig";

export interface YearShare {
  readonly year: number;
  readonly numerator: number;
  readonly denominator: number;
}

export interface AverageShare {
  readonly numerator: number;
  readonly denominator: number;
  /**
   * The share when it is not numerator ÷ denominator (the mean of yearly shares); absent when it
   * is, and when a base is empty (numerator and denominator are then 0 ÷ 0: no share exists).
   */
  readonly exactValue?: Rational;
}

export function averageShare(years: readonly YearShare[], method: AveragingMethod): AverageShare {
  if (method === "samlet") {
    // The criterion divides them exactly (criterion.ts).
    return {
      numerator: exactSum(years.map((y) => y.numerator)),
      denominator: exactSum(years.map((y) => y.denominator)),
    };
  }
  if (years.length === 0 || years.some((y) => y.denominator === 0)) return { numerator: 0, denominator: 0 };
  const sum = years.reduce<Rational>(
    (acc, y) => add(acc, divide(exactNumber(y.numerator), exactNumber(y.denominator))),
    rational(0),
  );
  const mean = divide(sum, rational(years.length));
  // Shown as the exact fraction; decided on `value`.
  return { exactValue: mean, numerator: Number(mean.num), denominator: Number(mean.den) };
}

/** The simple mean of given yearly shares (used for the national average, where only shares are known). */
export function meanOf(shares: readonly Rational[]): Rational {
  return divide(
    shares.reduce((acc, s) => add(acc, s), rational(0)),
    rational(Math.max(shares.length, 1)),
  );
}
