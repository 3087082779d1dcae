import { z } from "zod";
import { type TrackedIndicator, trackedIndicatorSchema } from "../goals/tracked-indicator.ts";

/**
 * A measurable criterion an initiative sets itself, tracked as an indicator with a target.
 * `target` is null for a figure the status reports without a target (e.g. a result).
 */
export interface SuccessCriterion extends TrackedIndicator {
  readonly id: string;
  /** The criterion as the status schema words it, verbatim. */
  readonly text: string;
}

export const successCriterionSchema = trackedIndicatorSchema.extend({
  id: z.string().min(1),
  text: z.string().min(1),
});
