import { danishMonthNames } from "../format.ts";
import type { IsoDate } from "../law/iso-date.ts";

/**
 * Calendar months as integers (year × 12 + month − 1), so "consecutive" is "differs by one".
 * Text form is `YYYY-MM`.
 */
const monthPattern = /^(\d{4})-(\d{2})$/;

export function parseCalendarMonth(text: string): number | undefined {
  const match = monthPattern.exec(text);
  if (!match) return undefined;
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? Number(match[1]) * 12 + month - 1 : undefined;
}

export function monthOfDate(date: IsoDate): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

export function formatCalendarMonth(index: number): string {
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** `marts 2009` */
export function danishCalendarMonth(index: number): string {
  return `${danishMonthNames[index % 12]} ${Math.floor(index / 12)}`;
}
