/**
 * Exact fixed-point arithmetic for bulk sums of facts: a number with at most 4 decimals (counts,
 * and full-time equivalents stored as numeric(14, 4)) is an integer number of ten-thousandths,
 * and adding safe integers is exact. Summing thousands of department rows this way allocates
 * nothing; exact rationals (bigint) stay for the threshold comparison, where the law needs them.
 * Anything else (more decimals, beyond 2^53) is `undefined`, and the caller takes the rational path.
 */
export const DECIMAL_SCALE = 10_000;

/** `value` × 10,000 as a safe integer, or undefined when that is not exact. */
export function scaledOf(value: number): number | undefined {
  const scaled = Number.isInteger(value) ? value * DECIMAL_SCALE : Math.round(value * DECIMAL_SCALE);
  // The round trip says `value` is the double nearest to scaled / 10,000, so the decimal it was read from.
  return Number.isSafeInteger(scaled) && scaled / DECIMAL_SCALE === value ? scaled : undefined;
}

/** The exact sum in ten-thousandths, or undefined when a term or a partial sum is not exact. */
export function scaledSum<T>(items: readonly T[], numberOf: (item: T) => number): number | undefined {
  let sum = 0;
  for (const item of items) {
    const scaled = scaledOf(numberOf(item));
    if (scaled === undefined) return undefined;
    sum += scaled;
    if (!Number.isSafeInteger(sum)) return undefined;
  }
  return sum;
}
