import { z } from "zod";
import { budgetOverviewSchema } from "../budget/budget-overview.ts";
import { goalAssessmentSchema } from "../goals/goal-assessment.ts";
import { organisationUnitSchema } from "../goals/organisation.ts";
import { isoDateSchema } from "../goals/period.ts";
import { policyGoalSchema } from "../goals/policy-goal.ts";
import { richTextSchema } from "../goals/rich-text.ts";
import { initiativeSchema } from "../initiatives/initiative.ts";
import { pendingReviewSchema } from "./pending-review.ts";
import { checkRoundReferences } from "./round-references.ts";

/** Section headings as the committee's report prints them (they vary between committees and years). */
export const sectionHeadingsSchema = z
  .object({
    assessments: z.string().min(1),
    servingGoals: z.string().min(1),
    beyondGoals: z.string().min(1),
    budget: z.string().min(1),
  })
  .readonly();
export type SectionHeadings = z.infer<typeof sectionHeadingsSchema>;

/**
 * One committee's answer in one yearly round (redegørelse): the goals it was asked about, its
 * assessments, the initiatives with their status schemas, and the economic overview. Self-contained,
 * so validation and the report need nothing else.
 */
export const reportingRoundSchema = z
  .object({
    id: z.string().min(1),
    committeeCode: z.string().min(1),
    /** Administration that asked for the report (BIF in the seed). */
    requestedByCode: z.string().min(1),
    year: z.number().int().min(1900).max(2200),
    /** Date of the round: the report is checked against it (`04-03-2010` in the seed). */
    requestDate: isoDateSchema,
    caseNumber: z.string().min(1).nullable(),
    documentNumber: z.string().min(1).nullable(),
    caseworker: z.string().min(1).nullable(),
    title: z.string().min(1),
    /** The request as the report restates it, before the list of goals. */
    introduction: richTextSchema,
    sectionHeadings: sectionHeadingsSchema,
    /** Text under section 1's heading, before the first goal. */
    assessmentIntroduction: richTextSchema,
    goals: z.array(policyGoalSchema).readonly(),
    assessments: z.array(goalAssessmentSchema).readonly(),
    initiatives: z.array(initiativeSchema).readonly(),
    budget: budgetOverviewSchema,
    /** What a roll-forward from last year left for the secretary to enter or review; absent: nothing. */
    pendingReview: z.array(pendingReviewSchema).readonly().optional(),
  })
  .superRefine((round, ctx) => {
    for (const problem of checkRoundReferences(round)) {
      ctx.addIssue({ code: "custom", message: problem.message, path: [...problem.path] });
    }
  })
  .readonly();
export type ReportingRound = z.infer<typeof reportingRoundSchema>;

/** Everything udsyn holds for policy follow-up: organisation units and rounds over years. */
export const policyFollowUpDataSchema = z
  .object({
    organisations: z.array(organisationUnitSchema).readonly(),
    rounds: z.array(reportingRoundSchema).readonly(),
  })
  .readonly();
export type PolicyFollowUpData = z.infer<typeof policyFollowUpDataSchema>;
