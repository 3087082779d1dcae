import { z } from "zod";
import { periodSchema } from "./period.ts";

/**
 * A date a report's text commits to, captured so it can be checked against the reporting round:
 * `expected` (forventes, vil, modtager …) must lie after the round date, `done` (gennemført,
 * startede …) before it.
 */
export const datedStatementSchema = z
  .object({
    id: z.string().min(1),
    kind: z.enum(["expected", "done"]),
    period: periodSchema,
    /** The sentence or clause, verbatim, that gives the date. */
    excerpt: z.string().min(1),
  })
  .readonly();
export type DatedStatement = z.infer<typeof datedStatementSchema>;
