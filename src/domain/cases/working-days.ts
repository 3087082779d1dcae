import { addDays, type IsoDate, isoDate } from "../law/iso-date.ts";

/**
 * Danish working days. A working day is Monday to Friday that is neither a public holiday
 * (helligdag) nor one of the municipality's closing days. Deadlines of the SSP case levels are
 * counted in working days ("inden 5 hverdage").
 *
 * Public holidays (helligdagsloven, lov om søgnehelligdage): 1 January, skærtorsdag, langfredag,
 * påskedag, 2. påskedag, Kristi himmelfartsdag, pinsedag, 2. pinsedag, 25 and 26 December, and
 * store bededag (the 4th Friday after Easter) up to and including 2023: lov nr. 203 af 28.
 * februar 2023 abolished it as a public holiday from 2024. Whether store bededag is a holiday in
 * a year comes from the parameter `helligdage.store_bededag` (rules/helligdage/), so the change
 * is data with its source, not a year in code.
 *
 * Grundlovsdag (5 June), juleaftensdag (24 December) and nytårsaftensdag (31 December) are not
 * public holidays, but many municipalities close on them: they are `closingDays`, a parameter.
 */
export const CLOSING_DAYS = ["grundlovsdag", "juleaftensdag", "nytaarsaftensdag"] as const;
export type ClosingDay = (typeof CLOSING_DAYS)[number];

export interface HolidayCalendar {
  /** Whether store bededag is a public holiday in `year` (it was until 2023). */
  readonly storeBededag: (year: number) => boolean;
  readonly closingDays: readonly ClosingDay[];
}

/** Easter Sunday of `year` in the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}

export interface NamedDay {
  readonly date: IsoDate;
  readonly name: string;
}

/** The public holidays of `year`, in date order. */
export function publicHolidays(year: number, calendar: Pick<HolidayCalendar, "storeBededag">): NamedDay[] {
  const easter = easterSunday(year);
  const days: NamedDay[] = [
    { date: isoDate(year, 1, 1), name: "nytårsdag" },
    { date: addDays(easter, -3), name: "skærtorsdag" },
    { date: addDays(easter, -2), name: "langfredag" },
    { date: easter, name: "påskedag" },
    { date: addDays(easter, 1), name: "2. påskedag" },
    ...(calendar.storeBededag(year) ? [{ date: addDays(easter, 26), name: "store bededag" }] : []),
    { date: addDays(easter, 39), name: "Kristi himmelfartsdag" },
    { date: addDays(easter, 49), name: "pinsedag" },
    { date: addDays(easter, 50), name: "2. pinsedag" },
    { date: isoDate(year, 12, 25), name: "juledag" },
    { date: isoDate(year, 12, 26), name: "2. juledag" },
  ];
  return days.sort((x, y) => x.date.localeCompare(y.date));
}

const CLOSING_DAY_DATES: Record<ClosingDay, (year: number) => IsoDate> = {
  grundlovsdag: (year) => isoDate(year, 6, 5),
  juleaftensdag: (year) => isoDate(year, 12, 24),
  nytaarsaftensdag: (year) => isoDate(year, 12, 31),
};

/** 0 Sunday … 6 Saturday. */
export function weekday(date: IsoDate): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** Answers "is this a working day?", caching each year's days off. */
export class WorkingDays {
  readonly #calendar: HolidayCalendar;
  readonly #daysOff = new Map<number, ReadonlySet<IsoDate>>();

  constructor(calendar: HolidayCalendar) {
    this.#calendar = calendar;
  }

  #daysOffIn(year: number): ReadonlySet<IsoDate> {
    let days = this.#daysOff.get(year);
    if (days === undefined) {
      days = new Set([
        ...publicHolidays(year, this.#calendar).map((d) => d.date),
        ...this.#calendar.closingDays.map((c) => CLOSING_DAY_DATES[c](year)),
      ]);
      this.#daysOff.set(year, days);
    }
    return days;
  }

  isWorkingDay(date: IsoDate): boolean {
    const day = weekday(date);
    return day !== 0 && day !== 6 && !this.#daysOffIn(Number(date.slice(0, 4))).has(date);
  }

  /**
   * The `n`th working day after `date` (n ≥ 1): "inden 5 hverdage" from a Friday is the next
   * Friday. The start day itself never counts, whether or not it is a working day. n = 0 is the
   * start day if it is a working day, else the next working day.
   */
  addWorkingDays(date: IsoDate, n: number): IsoDate {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`n skal være et helt tal ≥ 0, ikke ${n}`);
    let current = date;
    if (n === 0) {
      while (!this.isWorkingDay(current)) current = addDays(current, 1);
      return current;
    }
    let left = n;
    while (left > 0) {
      current = addDays(current, 1);
      if (this.isWorkingDay(current)) left -= 1;
    }
    return current;
  }

  /** Working days after `from` up to and including `to` (0 when `to` ≤ `from`). */
  workingDaysBetween(from: IsoDate, to: IsoDate): number {
    let count = 0;
    for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (this.isWorkingDay(d)) count += 1;
    return count;
  }
}
