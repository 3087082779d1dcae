import { z } from "zod";
import { isoDateSchema } from "../goals/period.ts";
import { statusFieldKeySchema } from "./status-field-key-schema.ts";

/** Which years an amount in a text applies to. */
export const amountPeriodSchema = z
  .discriminatedUnion("kind", [
    /** `i 2010`, `i 2010, 2011, 2012 og 2013`, `pr. år i 2009 og 2010` */
    z.object({
      kind: z.literal("years"),
      years: z.array(z.number().int().min(1900).max(2200)).min(1).readonly(),
    }),
    /** `årligt` with no years named: every year of the overview */
    z.object({ kind: z.literal("every_year") }),
    /** no period named: taken to be the reporting round's year */
    z.object({ kind: z.literal("unspecified") }),
    /** one sum for a period, e.g. `i perioden 1.11.2008 – 31.12.2010` */
    z.object({ kind: z.literal("span"), from: isoDateSchema, to: isoDateSchema }),
  ])
  .readonly();
export type AmountPeriod = z.infer<typeof amountPeriodSchema>;

/** What every kind of amount line has. */
const base = {
  id: z.string().min(1),
  /** Status field the amount was captured from. */
  field: statusFieldKeySchema,
  /** The words of the field the amount was read from, verbatim. */
  statedText: z.string().min(1),
  /** Kroner. */
  amount: z.number().int().nonnegative(),
  approximate: z.boolean(),
  period: amountPeriodSchema,
};

/**
 * An amount a status schema gives in its text, captured as structured data so it can be checked
 * against the economic overview (DOMAIN.md §8).
 */
export const amountLineSchema = z
  .discriminatedUnion("kind", [
    /** The initiative's whole budget for the period. */
    z.object({ kind: z.literal("initiative_total"), ...base }),
    /** The budget of one sub-unit (e.g. one of three væresteder); sub-units add up to the whole. */
    z.object({
      kind: z.literal("sub_unit"),
      subLineId: z.string().min(1),
      subUnit: z.string().min(1),
      ...base,
    }),
    /** A part of the whole earmarked for something (e.g. 0,4 mio. kr. to training); not added. */
    z.object({ kind: z.literal("component"), label: z.string().min(1), ...base }),
    /** An average per year over the period's years (e.g. `gennemsnitligt ca. 63 mio. kr. årligt`). */
    z.object({ kind: z.literal("average"), ...base }),
  ])
  .readonly();
export type AmountLine = z.infer<typeof amountLineSchema>;
