import { z } from "zod";
import { isoDateSchema } from "./period.ts";
import { trackedIndicatorSchema } from "./tracked-indicator.ts";

/** A goal of the integration policy (integrationspolitikkens mål), e.g. goal `b`. */
export const policyGoalSchema = z
  .object({
    /** Letter the policy uses: `a`, `b`, `c` … */
    code: z.string().regex(/^[a-z]{1,2}$/, "målkode er et lille bogstav, fx a"),
    /** The goal as the policy words it. */
    text: z.string().min(1),
    deadline: isoDateSchema,
    indicators: z.array(trackedIndicatorSchema).readonly(),
  })
  .readonly();
export type PolicyGoal = z.infer<typeof policyGoalSchema>;
