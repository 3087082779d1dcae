import { type IsoDate, isLeapYear } from "../../law/iso-date.ts";
import { type Period, periodEnd, periodStart } from "../goals/period.ts";

/**
 * Time as the trend model reads it: decimal years. A measurement stands at the middle of the
 * period it covers (the year 2008 → 2008.5, 1st half 2009 → 2009.25); a date stands at its day.
 */

/** Start of the given day in decimal years: 2008-01-01 → 2008, 2008-07-02 → 2008.5. */
export function decimalYear(date: IsoDate): number {
  const year = Number(date.slice(0, 4));
  const start = Date.UTC(year, 0, 1);
  const day = (Date.UTC(year, Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) - start) / 86_400_000;
  return year + day / (isLeapYear(year) ? 366 : 365);
}

/** The end of a day (its start plus one day) in decimal years. */
function endOfDay(date: IsoDate): number {
  const year = Number(date.slice(0, 4));
  return decimalYear(date) + 1 / (isLeapYear(year) ? 366 : 365);
}

/** The middle of a period in decimal years. */
export function periodMidpoint(period: Period): number {
  if (period.kind === "date") return decimalYear(period.date);
  return (decimalYear(periodStart(period)) + endOfDay(periodEnd(period))) / 2;
}

/**
 * The period of the same kind as `like` that holds `date`: the deadline 31 December 2010 read
 * against yearly measurements is the year 2010, against half-yearly ones the 2nd half of 2010.
 */
export function periodHolding(date: IsoDate, like: Period["kind"]): Period {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  switch (like) {
    case "year":
      return { kind: "year", year };
    case "half_year":
      return { kind: "half_year", year, half: month <= 6 ? 1 : 2 };
    case "month":
      return { kind: "month", year, month };
    case "date":
      return { kind: "date", date };
  }
}
