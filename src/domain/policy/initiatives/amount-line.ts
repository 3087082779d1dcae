import { z } from "zod";
import { type IsoDate, isoDateSchema } from "../goals/period.ts";
import { beyondGoalsFieldKeys, type StatusFieldKey, servingGoalsFieldKeys } from "./status-report-layout.ts";

/** Which years an amount in a text applies to. */
export type AmountPeriod =
  /** `i 2010`, `i 2010, 2011, 2012 og 2013`, `pr. år i 2009 og 2010` */
  | { readonly kind: "years"; readonly years: readonly number[] }
  /** `årligt` with no years named: every year of the overview */
  | { readonly kind: "every_year" }
  /** no period named: taken to be the reporting round's year */
  | { readonly kind: "unspecified" }
  /** one sum for a period, e.g. `i perioden 1.11.2008 – 31.12.2010` */
  | { readonly kind: "span"; readonly from: IsoDate; readonly to: IsoDate };

interface AmountLineBase {
  readonly id: string;
  /** Status field the amount was captured from. */
  readonly field: StatusFieldKey;
  /** The words of the field the amount was read from, verbatim. */
  readonly statedText: string;
  /** Kroner. */
  readonly amount: number;
  readonly approximate: boolean;
  readonly period: AmountPeriod;
}

/**
 * An amount a status schema gives in its text, captured as structured data so it can be checked
 * against the economic overview (DOMAIN.md §8).
 */
export type AmountLine =
  /** The initiative's whole budget for the period. */
  | (AmountLineBase & { readonly kind: "initiative_total" })
  /** The budget of one sub-unit (e.g. one of three væresteder); sub-units add up to the whole. */
  | (AmountLineBase & { readonly kind: "sub_unit"; readonly subLineId: string; readonly subUnit: string })
  /** A part of the whole earmarked for something (e.g. 0,4 mio. kr. to training); not added. */
  | (AmountLineBase & { readonly kind: "component"; readonly label: string })
  /** An average per year over the period's years (e.g. `gennemsnitligt ca. 63 mio. kr. årligt`). */
  | (AmountLineBase & { readonly kind: "average" });

export const amountPeriodSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("years"), years: z.array(z.number().int().min(1900).max(2200)).min(1) }),
  z.object({ kind: z.literal("every_year") }),
  z.object({ kind: z.literal("unspecified") }),
  z.object({ kind: z.literal("span"), from: isoDateSchema, to: isoDateSchema }),
]);

const base = {
  id: z.string().min(1),
  field: z.enum([...new Set([...servingGoalsFieldKeys, ...beyondGoalsFieldKeys])] as [
    StatusFieldKey,
    ...StatusFieldKey[],
  ]),
  statedText: z.string().min(1),
  amount: z.number().int().nonnegative(),
  approximate: z.boolean(),
  period: amountPeriodSchema,
};

export const amountLineSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("initiative_total"), ...base }),
  z.object({
    kind: z.literal("sub_unit"),
    subLineId: z.string().min(1),
    subUnit: z.string().min(1),
    ...base,
  }),
  z.object({ kind: z.literal("component"), label: z.string().min(1), ...base }),
  z.object({ kind: z.literal("average"), ...base }),
]);
