import { z } from "zod";

export const severitySchema = z.enum(["error", "warning", "info"]);
export type Severity = z.infer<typeof severitySchema>;

/** Where a finding stands in the report; only the parts that apply are set. */
export const findingLocationSchema = z
  .object({
    goalCode: z.string().optional(),
    initiativeId: z.string().optional(),
    /** Budget table id. */
    table: z.string().optional(),
    /** Budget line id (or `I alt`). */
    row: z.string().optional(),
    /** Year or `I alt`. */
    column: z.string().optional(),
    /** Status field key, or the part of a goal assessment. */
    field: z.string().optional(),
  })
  .readonly();
export type FindingLocation = z.infer<typeof findingLocationSchema>;

/** What validation says about a round, as the API answers it. */
export const findingSchema = z
  .object({
    ruleId: z.string(),
    severity: severitySchema,
    location: findingLocationSchema,
    /** Danish, names the figures on both sides. */
    message: z.string(),
  })
  .readonly();
export type Finding = z.infer<typeof findingSchema>;

/** What a rule reports; the engine adds the rule's id and severity. */
export type RuleHit = Pick<Finding, "location" | "message">;

/** How many findings of each severity; errors block approval. */
export function severityCounts(findings: readonly Finding[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
