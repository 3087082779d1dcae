import { z } from "zod";
import { type Period, periodSchema } from "./period.ts";

/**
 * A date a report's text commits to, captured so it can be checked against the reporting round:
 * `expected` (forventes, vil, modtager …) must lie after the round date, `done` (gennemført,
 * startede …) before it.
 */
export interface DatedStatement {
  readonly id: string;
  readonly kind: "expected" | "done";
  readonly period: Period;
  /** The sentence or clause, verbatim, that gives the date. */
  readonly excerpt: string;
}

export const datedStatementSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(["expected", "done"]),
  period: periodSchema,
  excerpt: z.string().min(1),
});
