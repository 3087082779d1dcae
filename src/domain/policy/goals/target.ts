import { z } from "zod";
import { isoDateSchema, periodSchema } from "./period.ts";

export const targetUnits = [
  "percent_of_baseline",
  "percentage_points",
  "absolute",
  "percent",
  "count",
] as const;

/**
 * The unit a target is expressed in. `percent_of_baseline` (reduce by 10 % of the starting level)
 * and `percentage_points` (reduce the share by 10 points) are different targets; a target must
 * say which, and validation flags texts that speak of it in the other unit.
 */
export type TargetUnit = (typeof targetUnits)[number];

export const targetComparisonSchema = z.enum(["at_least", "at_most", "equal", "reduce_by", "increase_by"]);
export type TargetComparison = z.infer<typeof targetComparisonSchema>;

export const baselineSchema = z
  .object({
    value: z.number(),
    period: periodSchema,
    source: z.string().min(1),
  })
  .readonly();
export type Baseline = z.infer<typeof baselineSchema>;

export const targetSchema = z
  .object({
    value: z.number(),
    unit: z.enum(targetUnits),
    comparison: targetComparisonSchema,
    baseline: baselineSchema.nullable(),
    deadline: isoDateSchema,
    /** The words the source uses for the target, e.g. `reduceres med 10 %`. */
    statedUnitText: z.string().min(1),
    /** `ca. 750` */
    approximate: z.boolean(),
    /** The target applies to every year (e.g. `årligt`), not once by the deadline. */
    perYear: z.boolean(),
  })
  .refine(
    (t) =>
      !(t.unit === "percent_of_baseline" && t.comparison !== "reduce_by" && t.comparison !== "increase_by"),
    {
      message: "percent_of_baseline giver kun mening for reduce_by eller increase_by",
      path: ["unit"],
    },
  )
  .readonly();
export type Target = z.infer<typeof targetSchema>;

/**
 * The level the indicator must reach, when it can be computed: a change target needs a baseline.
 * `percent_of_baseline` 10 from 40 → 36; `percentage_points` 10 from 40 → 30.
 */
export function targetLevel(target: Target): number | null {
  if (target.comparison !== "reduce_by" && target.comparison !== "increase_by") return target.value;
  if (target.baseline === null) return null;
  const sign = target.comparison === "reduce_by" ? -1 : 1;
  const base = target.baseline.value;
  if (target.unit === "percent_of_baseline") return base * (1 + (sign * target.value) / 100);
  return base + sign * target.value;
}
