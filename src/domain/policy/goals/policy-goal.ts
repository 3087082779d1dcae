import { z } from "zod";
import { type IsoDate, isoDateSchema } from "./period.ts";
import { type TrackedIndicator, trackedIndicatorSchema } from "./tracked-indicator.ts";

/** A goal of the integration policy (integrationspolitikkens mål), e.g. goal `b`. */
export interface PolicyGoal {
  /** Letter the policy uses: `a`, `b`, `c` … */
  readonly code: string;
  /** The goal as the policy words it. */
  readonly text: string;
  readonly deadline: IsoDate;
  readonly indicators: readonly TrackedIndicator[];
}

export const policyGoalSchema = z.object({
  code: z.string().regex(/^[a-z]{1,2}$/, "målkode er et lille bogstav, fx a"),
  text: z.string().min(1),
  deadline: isoDateSchema,
  indicators: z.array(trackedIndicatorSchema),
});
