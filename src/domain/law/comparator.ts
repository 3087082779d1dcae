import { compare, type Rational } from "./rational.ts";

/** "mindst" = gte, "overstiger"/"mere end" = gt, "mindre end" = lt, "højst" = lte. */
export const comparators = ["gte", "gt", "lt", "lte"] as const;
export type Comparator = (typeof comparators)[number];

export function satisfies(value: Rational, comparator: Comparator, threshold: Rational): boolean {
  return holds(compare(value, threshold), comparator);
}

/** Whether a comparison's outcome (-1, 0, 1: value against threshold) meets the comparator. */
export function holds(c: -1 | 0 | 1, comparator: Comparator): boolean {
  switch (comparator) {
    case "gte":
      return c >= 0;
    case "gt":
      return c > 0;
    case "lt":
      return c < 0;
    case "lte":
      return c <= 0;
  }
}

/** The Danish words of the statute, for justifications and criterion labels. */
export const comparatorWords: Readonly<Record<Comparator, string>> = {
  gte: "mindst",
  gt: "over",
  lt: "under",
  lte: "højst",
};

export const comparatorSymbols: Readonly<Record<Comparator, string>> = {
  gte: "≥",
  gt: ">",
  lt: "<",
  lte: "≤",
};
