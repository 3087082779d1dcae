import { z } from "zod";
import { goalLinkSchema } from "./goal-link.ts";
import { statusReportSchema } from "./status-report.ts";
import { successCriterionSchema } from "./success-criterion.ts";

/** An initiative (indsats) as it stands in one reporting round, with its status schema. */
export const initiativeSchema = z
  .object({
    /** Stable id across rounds, kebab-case. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "id skal være kebab-case"),
    /** Name as the report writes it, without the `(ny)` mark. */
    name: z.string().min(1),
    /** The report marks the initiative `(ny)` in this round. */
    isNew: z.boolean(),
    committeeCode: z.string().min(1),
    goalLinks: z.array(goalLinkSchema).readonly(),
    successCriteria: z.array(successCriterionSchema).readonly(),
    statusReport: statusReportSchema,
  })
  .refine((i) => i.statusReport.kind === "serving_goals" || i.goalLinks.length === 0, {
    message: "en indsats ud over målene kan ikke være knyttet til et mål",
    path: ["goalLinks"],
  })
  .readonly();
export type Initiative = z.infer<typeof initiativeSchema>;

/** Heading as the report prints it, e.g. `Nexus (ny)`. */
export function initiativeHeading(initiative: Initiative): string {
  return initiative.isNew ? `${initiative.name} (ny)` : initiative.name;
}
