import { z } from "zod";

/**
 * That an initiative serves a policy goal. `explicit`: the schema names the goal;
 * `interpreted`: read from what the schema says it contributes (the excerpt shows where).
 */
export const goalLinkSchema = z
  .object({
    goalCode: z.string().min(1),
    basis: z.enum(["explicit", "interpreted"]),
    excerpt: z.string().min(1),
  })
  .readonly();
export type GoalLink = z.infer<typeof goalLinkSchema>;
