import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, isoDate } from "../law/iso-date.ts";
import { CLOSING_DAYS, easterSunday, publicHolidays, WorkingDays, weekday } from "./working-days.ts";

/** Store bededag was a public holiday up to and including 2023 (lov nr. 203 af 28. februar 2023). */
const danish = { storeBededag: (year: number) => year <= 2023, closingDays: [] };
const workingDays = new WorkingDays(danish);

const dates = fc
  .date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2090-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe("Danish public holidays", () => {
  it("finds Easter Sunday on the known dates", () => {
    expect(
      ["1818", "2000", "2019", "2023", "2024", "2025", "2026", "2038"].map((y) => easterSunday(Number(y))),
    ).toEqual([
      "1818-03-22",
      "2000-04-23",
      "2019-04-21",
      "2023-04-09",
      "2024-03-31",
      "2025-04-20",
      "2026-04-05",
      "2038-04-25",
    ]);
  });

  it("lists 2026's eleven holidays, without store bededag", () => {
    expect(publicHolidays(2026, danish)).toEqual([
      { date: "2026-01-01", name: "nytårsdag" },
      { date: "2026-04-02", name: "skærtorsdag" },
      { date: "2026-04-03", name: "langfredag" },
      { date: "2026-04-05", name: "påskedag" },
      { date: "2026-04-06", name: "2. påskedag" },
      { date: "2026-05-14", name: "Kristi himmelfartsdag" },
      { date: "2026-05-24", name: "pinsedag" },
      { date: "2026-05-25", name: "2. pinsedag" },
      { date: "2026-12-25", name: "juledag" },
      { date: "2026-12-26", name: "2. juledag" },
    ]);
  });

  it("keeps store bededag in 2023 and drops it from 2024", () => {
    expect(publicHolidays(2023, danish).map((d) => d.name)).toContain("store bededag");
    expect(workingDays.isWorkingDay("2023-05-05")).toBe(false);
    expect(publicHolidays(2024, danish).map((d) => d.name)).not.toContain("store bededag");
    expect(workingDays.isWorkingDay("2024-04-26")).toBe(true);
  });

  it("counts grundlovsdag, 24 and 31 December as working days unless the municipality closes", () => {
    for (const d of ["2025-06-05", "2025-12-24", "2025-12-31"])
      expect(workingDays.isWorkingDay(d)).toBe(true);
    const closing = new WorkingDays({ ...danish, closingDays: CLOSING_DAYS });
    for (const d of ["2025-06-05", "2025-12-24", "2025-12-31"]) expect(closing.isWorkingDay(d)).toBe(false);
  });

  it("puts every movable holiday on the weekday the calendar gives it", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), (year) => {
        const easter = easterSunday(year);
        expect(weekday(easter)).toBe(0);
        // Easter falls between 22 March and 25 April.
        expect(easter >= isoDate(year, 3, 22) && easter <= isoDate(year, 4, 25)).toBe(true);
        const byName = new Map(publicHolidays(year, danish).map((d) => [d.name, d.date]));
        expect(weekday(byName.get("skærtorsdag") ?? "")).toBe(4);
        expect(weekday(byName.get("Kristi himmelfartsdag") ?? "")).toBe(4);
        expect(weekday(byName.get("2. pinsedag") ?? "")).toBe(1);
      }),
    );
  });
});

describe("adding working days", () => {
  it("counts from a Friday to the next Friday for 5 working days, across Easter and Christmas", () => {
    expect(workingDays.addWorkingDays("2026-11-27", 5)).toBe("2026-12-04");
    // Thursday before Easter 2026: skærtorsdag, langfredag, the weekend and 2. påskedag are off.
    expect(workingDays.addWorkingDays("2026-04-01", 1)).toBe("2026-04-07");
    expect(workingDays.addWorkingDays("2026-12-23", 2)).toBe("2026-12-28");
  });

  it("lands on a working day, never a holiday or a weekend", () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: 0, max: 60 }), (date, n) => {
        const due = workingDays.addWorkingDays(date, n);
        expect(workingDays.isWorkingDay(due)).toBe(true);
        expect([0, 6]).not.toContain(weekday(due));
        const year = Number(due.slice(0, 4));
        expect(publicHolidays(year, danish).map((d) => d.date)).not.toContain(due);
      }),
    );
  });

  it("is monotone in the start date and in n, and n working days lie between start and due", () => {
    fc.assert(
      fc.property(
        dates,
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 10 }),
        (date, later, n, more) => {
          const due = workingDays.addWorkingDays(date, n);
          expect(due > date).toBe(true);
          expect(workingDays.addWorkingDays(addDays(date, later), n) >= due).toBe(true);
          expect(workingDays.addWorkingDays(date, n + more) >= due).toBe(true);
          expect(workingDays.workingDaysBetween(date, due)).toBe(n);
        },
      ),
    );
  });

  it("refuses a negative or fractional count", () => {
    expect(() => workingDays.addWorkingDays("2026-01-05", -1)).toThrow(RangeError);
    expect(() => workingDays.addWorkingDays("2026-01-05", 1.5)).toThrow(RangeError);
  });
});
