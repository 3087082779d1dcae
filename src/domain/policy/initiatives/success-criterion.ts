import { z } from "zod";
import { trackedIndicatorSchema } from "../goals/tracked-indicator.ts";

/**
 * A measurable criterion an initiative sets itself, tracked as an indicator with a target.
 * `target` is null for a figure the status reports without a target (e.g. a result).
 */
export const successCriterionSchema = trackedIndicatorSchema
  .unwrap()
  .extend({
    id: z.string().min(1),
    /** The criterion as the status schema words it, verbatim. */
    text: z.string().min(1),
  })
  .readonly();
export type SuccessCriterion = z.infer<typeof successCriterionSchema>;
