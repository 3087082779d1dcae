import { type IsoDate, isoDate } from "./iso-date.ts";

/**
 * The one source of "now". Dates that choose a rule version, a deadline or a report year are
 * the municipality's dates, in Europe/Copenhagen time: between midnight and 01–02 Danish time
 * the UTC date is still yesterday's, and would pick yesterday's rule.
 */
export interface Clock {
  now(): Date;
}

export const MUNICIPALITY_TIME_ZONE = "Europe/Copenhagen";

// Made on first use: the time-zone data costs tens of milliseconds to load, and a command-line
// call given its dates never asks for today.
let dateParts: Intl.DateTimeFormat | undefined;

/** The calendar date in Copenhagen at `instant`. */
export function copenhagenDate(instant: Date): IsoDate {
  dateParts ??= new Intl.DateTimeFormat("en-CA", {
    timeZone: MUNICIPALITY_TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  });
  const parts = Object.fromEntries(dateParts.formatToParts(instant).map((p) => [p.type, p.value]));
  return isoDate(Number(parts.year), Number(parts.month), Number(parts.day));
}

/** Today's date in Copenhagen by `clock`. */
export function todayOf(clock: Clock): IsoDate {
  return copenhagenDate(clock.now());
}

/** A clock that stands still at `instant` (tests, replays, a CLI run pinned by UDSYN_NOW). */
export function fixedClock(instant: Date | string): Clock {
  const at = new Date(instant);
  if (Number.isNaN(at.getTime())) throw new Error(`Ugyldigt tidspunkt: ${String(instant)}`);
  return { now: () => new Date(at) };
}
