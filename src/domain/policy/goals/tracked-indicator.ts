import { z } from "zod";
import { indicatorSchema } from "./indicator.ts";
import { measurementSchema } from "./measurement.ts";
import { targetSchema } from "./target.ts";

/** An indicator followed over time, with the target it should reach (if one is set). */
export const trackedIndicatorSchema = z
  .object({
    indicator: indicatorSchema,
    target: targetSchema.nullable(),
    measurements: z.array(measurementSchema).readonly(),
  })
  .readonly();
export type TrackedIndicator = z.infer<typeof trackedIndicatorSchema>;
