import { z } from "zod";
import { type Indicator, indicatorSchema } from "./indicator.ts";
import { type Measurement, measurementSchema } from "./measurement.ts";
import { type Target, targetSchema } from "./target.ts";

/** An indicator followed over time, with the target it should reach (if one is set). */
export interface TrackedIndicator {
  readonly indicator: Indicator;
  readonly target: Target | null;
  readonly measurements: readonly Measurement[];
}

export const trackedIndicatorSchema = z.object({
  indicator: indicatorSchema,
  target: targetSchema.nullable(),
  measurements: z.array(measurementSchema),
});
