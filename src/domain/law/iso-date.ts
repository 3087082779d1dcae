/**
 * Dates are ISO strings `YYYY-MM-DD`, compared lexicographically (which is chronological for
 * that format). These helpers are the only date arithmetic in the core; no date library.
 */
export type IsoDate = string;

/** An issue's message for a text that is not an ISO date, in every language. */
export const INVALID_DATE = {
  message: "ugyldig dato (ÅÅÅÅ-MM-DD)",
  en: "invalid date (YYYY-MM-DD)",
} as const;

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(text: unknown): text is IsoDate {
  if (typeof text !== "string") return false;
  const match = isoDatePattern.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const time = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}

/**
 * The same day `years` later. 29 February in a year without it becomes 1 March: a period of
 * whole years from 29 February is not complete before 1 March (the cautious reading).
 */
export function addYears(date: IsoDate, years: number): IsoDate {
  const year = yearOf(date) + years;
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  if (month === 2 && day === 29 && !isLeapYear(year)) return isoDate(year, 3, 1);
  return isoDate(year, month, day);
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

/** A period with an inclusive start and an inclusive, optional end. */
export interface DatedPeriod {
  readonly effectiveFrom: IsoDate;
  readonly effectiveTo?: IsoDate;
}

export function covers(period: DatedPeriod, date: IsoDate): boolean {
  return period.effectiveFrom <= date && (period.effectiveTo === undefined || date <= period.effectiveTo);
}

/** The same day `months` later; a day past the end of the target month becomes its last day. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const index = yearOf(date) * 12 + (Number(date.slice(5, 7)) - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return isoDate(year, month, Math.min(Number(date.slice(8, 10)), daysInMonth(year, month)));
}

/** Picks the one entry covering `date` from a list of dated entries, or undefined. */
export function inForceOn<T extends DatedPeriod>(entries: readonly T[], date: IsoDate): T | undefined {
  return entries.find((entry) => covers(entry, date));
}
