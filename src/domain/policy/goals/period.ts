import { z } from "zod";
import { formatDate } from "../../format.ts";
import { isoDateSchema } from "../../law/iso-date-schema.ts";

export type { IsoDate } from "../../law/iso-date.ts";

import type { IsoDate } from "../../law/iso-date.ts";

export { isoDateSchema };

const year = z.number().int().min(1900).max(2200);

/** The time a figure or a statement refers to, at the precision the source gives. */
export const periodSchema = z
  .discriminatedUnion("kind", [
    z.object({ kind: z.literal("year"), year }),
    z.object({ kind: z.literal("half_year"), year, half: z.union([z.literal(1), z.literal(2)]) }),
    z.object({ kind: z.literal("month"), year, month: z.number().int().min(1).max(12) }),
    z.object({ kind: z.literal("date"), date: isoDateSchema }),
  ])
  .readonly();
export type Period = z.infer<typeof periodSchema>;

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

function lastDayOfMonth(yearValue: number, month: number): number {
  return new Date(Date.UTC(yearValue, month, 0)).getUTCDate();
}

/** First day the period covers. */
export function periodStart(period: Period): IsoDate {
  switch (period.kind) {
    case "year":
      return `${period.year}-01-01`;
    case "half_year":
      return `${period.year}-${period.half === 1 ? "01" : "07"}-01`;
    case "month":
      return `${period.year}-${pad(period.month)}-01`;
    case "date":
      return period.date;
  }
}

/** Last day the period covers. */
export function periodEnd(period: Period): IsoDate {
  switch (period.kind) {
    case "year":
      return `${period.year}-12-31`;
    case "half_year":
      return period.half === 1 ? `${period.year}-06-30` : `${period.year}-12-31`;
    case "month":
      return `${period.year}-${pad(period.month)}-${pad(lastDayOfMonth(period.year, period.month))}`;
    case "date":
      return period.date;
  }
}

const monthName = new Intl.DateTimeFormat("da-DK", { month: "long", timeZone: "UTC" });

/** Danish text for a period: `2010`, `2. halvår 2010`, `september 2009`, `1. april 2009`. */
export function formatPeriod(period: Period): string {
  switch (period.kind) {
    case "year":
      return String(period.year);
    case "half_year":
      return `${period.half}. halvår ${period.year}`;
    case "month":
      return `${monthName.format(new Date(Date.UTC(period.year, period.month - 1, 1)))} ${period.year}`;
    case "date":
      return formatDate(period.date);
  }
}
