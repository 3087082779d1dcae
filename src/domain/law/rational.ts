/**
 * Exact rational numbers for legal thresholds and shares. A list decision compares
 * `numerator × thresholdDenominator` with `thresholdNumerator × denominator` in bigint, so an
 * area sitting exactly on "40 %" is never pushed over or under by floating-point rounding.
 */
export interface Rational {
  readonly num: bigint;
  /** Always > 0 after `rational()`. */
  readonly den: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) {
    [x, y] = [y, x % y];
  }
  return x;
}

export function rational(num: bigint | number, den: bigint | number = 1n): Rational {
  const n = typeof num === "bigint" ? num : BigInt(num);
  const d = typeof den === "bigint" ? den : BigInt(den);
  if (d === 0n) throw new RangeError("rational: denominator is zero");
  const sign = d < 0n ? -1n : 1n;
  const g = gcd(n, d) || 1n;
  return { num: (sign * n) / g, den: (sign * d) / g };
}

const decimalPattern = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;
const fractionPattern = /^(-?\d+)\s*\/\s*(\d+)$/;

/**
 * Reads "0.4", "40/100", "2.7e-2" or a JS number exactly as written in decimal (a YAML `0.4` is
 * the float nearest 0.4, but `String(0.4)` is "0.4", and that text is what the law says).
 * Returns undefined for anything else.
 */
export function parseRational(input: string | number): Rational | undefined {
  const text = typeof input === "number" ? String(input) : input.trim();
  if (typeof input === "number" && !Number.isFinite(input)) return undefined;
  const fraction = fractionPattern.exec(text);
  if (fraction) {
    const den = BigInt(fraction[2] ?? "0");
    return den === 0n ? undefined : rational(BigInt(fraction[1] ?? "0"), den);
  }
  const decimal = decimalPattern.exec(text);
  if (!decimal) return undefined;
  const [, sign, whole = "0", fractionDigits = "", exponentText = "0"] = decimal;
  const exponent = Number(exponentText) - fractionDigits.length;
  let num = BigInt(whole + fractionDigits) * (sign === "-" ? -1n : 1n);
  let den = 1n;
  if (exponent >= 0) num *= 10n ** BigInt(exponent);
  else den = 10n ** BigInt(-exponent);
  return rational(num, den);
}

export function add(a: Rational, b: Rational): Rational {
  return rational(a.num * b.den + b.num * a.den, a.den * b.den);
}

export function multiply(a: Rational, b: Rational): Rational {
  return rational(a.num * b.num, a.den * b.den);
}

export function divide(a: Rational, b: Rational): Rational {
  return rational(a.num * b.den, a.den * b.num);
}

/** -1, 0 or 1. */
export function compare(a: Rational, b: Rational): -1 | 0 | 1 {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** For display only; decisions use `compare`. */
export function toNumber(r: Rational): number {
  return Number(r.num) / Number(r.den);
}

export function formatRational(r: Rational): string {
  return r.den === 1n ? String(r.num) : `${r.num}/${r.den}`;
}
