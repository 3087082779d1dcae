import { z } from "zod";
import { indicatorComputationSchema } from "./indicator-computation.ts";

export const indicatorDirectionSchema = z.enum(["higher_is_better", "lower_is_better"]);
export type IndicatorDirection = z.infer<typeof indicatorDirectionSchema>;

/**
 * What is measured, described so that every number in a report can explain itself
 * (after DHIS2: a numerator and a denominator, each described, with a factor and decimals).
 */
export const indicatorSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    definition: z.string().min(1),
    /** Unit as shown to readers, e.g. `%`, `antal områder`. */
    unit: z.string().min(1),
    direction: indicatorDirectionSchema,
    /** Who produces the figures, e.g. `Socialministeriet`. */
    source: z.string().min(1),
    /** Null for a count that is not a ratio. */
    numerator: z.string().min(1).nullable(),
    denominator: z.string().min(1).nullable(),
    /** 100 for a percentage, 1 for a count or a ratio. */
    factor: z.number().positive(),
    decimals: z.number().int().min(0).max(4),
    /** How udsyn measures it from register data; absent: measured by hand. */
    computation: indicatorComputationSchema.optional(),
  })
  .readonly();
export type Indicator = z.infer<typeof indicatorSchema>;
