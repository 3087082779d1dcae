import { z } from "zod";
import { type GoalLink, goalLinkSchema } from "./goal-link.ts";
import { type StatusReport, statusReportSchema } from "./status-report.ts";
import { type SuccessCriterion, successCriterionSchema } from "./success-criterion.ts";

/** An initiative (indsats) as it stands in one reporting round, with its status schema. */
export interface Initiative {
  /** Stable id across rounds, kebab-case. */
  readonly id: string;
  /** Name as the report writes it, without the `(ny)` mark. */
  readonly name: string;
  /** The report marks the initiative `(ny)` in this round. */
  readonly isNew: boolean;
  readonly committeeCode: string;
  readonly goalLinks: readonly GoalLink[];
  readonly successCriteria: readonly SuccessCriterion[];
  readonly statusReport: StatusReport;
}

export const initiativeSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "id skal være kebab-case"),
    name: z.string().min(1),
    isNew: z.boolean(),
    committeeCode: z.string().min(1),
    goalLinks: z.array(goalLinkSchema),
    successCriteria: z.array(successCriterionSchema),
    statusReport: statusReportSchema,
  })
  .refine((i) => i.statusReport.kind === "serving_goals" || i.goalLinks.length === 0, {
    message: "en indsats ud over målene kan ikke være knyttet til et mål",
    path: ["goalLinks"],
  });

/** Heading as the report prints it, e.g. `Nexus (ny)`. */
export function initiativeHeading(initiative: Initiative): string {
  return initiative.isNew ? `${initiative.name} (ny)` : initiative.name;
}
