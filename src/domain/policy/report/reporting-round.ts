import { z } from "zod";
import { type BudgetOverview, budgetOverviewSchema } from "../budget/budget-overview.ts";
import { type GoalAssessment, goalAssessmentSchema } from "../goals/goal-assessment.ts";
import { type OrganisationUnit, organisationUnitSchema } from "../goals/organisation.ts";
import { type IsoDate, isoDateSchema } from "../goals/period.ts";
import { type PolicyGoal, policyGoalSchema } from "../goals/policy-goal.ts";
import { type RichText, richTextSchema } from "../goals/rich-text.ts";
import { type Initiative, initiativeSchema } from "../initiatives/initiative.ts";
import { checkRoundReferences } from "./round-references.ts";

/** Section headings as the committee's report prints them (they vary between committees and years). */
export interface SectionHeadings {
  readonly assessments: string;
  readonly servingGoals: string;
  readonly beyondGoals: string;
  readonly budget: string;
}

/**
 * One committee's answer in one yearly round (redegørelse): the goals it was asked about, its
 * assessments, the initiatives with their status schemas, and the economic overview. Self-contained,
 * so validation and the report need nothing else.
 */
export interface ReportingRound {
  readonly id: string;
  readonly committeeCode: string;
  /** Administration that asked for the report (BIF in the seed). */
  readonly requestedByCode: string;
  readonly year: number;
  /** Date of the round: the report is checked against it (`04-03-2010` in the seed). */
  readonly requestDate: IsoDate;
  readonly caseNumber: string | null;
  readonly documentNumber: string | null;
  readonly caseworker: string | null;
  readonly title: string;
  /** The request as the report restates it, before the list of goals. */
  readonly introduction: RichText;
  readonly sectionHeadings: SectionHeadings;
  /** Text under section 1's heading, before the first goal. */
  readonly assessmentIntroduction: RichText;
  readonly goals: readonly PolicyGoal[];
  readonly assessments: readonly GoalAssessment[];
  readonly initiatives: readonly Initiative[];
  readonly budget: BudgetOverview;
}

/** Everything udsyn holds for policy follow-up: organisation units and rounds over years. */
export interface PolicyFollowUpData {
  readonly organisations: readonly OrganisationUnit[];
  readonly rounds: readonly ReportingRound[];
}

export const reportingRoundSchema = z
  .object({
    id: z.string().min(1),
    committeeCode: z.string().min(1),
    requestedByCode: z.string().min(1),
    year: z.number().int().min(1900).max(2200),
    requestDate: isoDateSchema,
    caseNumber: z.string().min(1).nullable(),
    documentNumber: z.string().min(1).nullable(),
    caseworker: z.string().min(1).nullable(),
    title: z.string().min(1),
    introduction: richTextSchema,
    sectionHeadings: z.object({
      assessments: z.string().min(1),
      servingGoals: z.string().min(1),
      beyondGoals: z.string().min(1),
      budget: z.string().min(1),
    }),
    assessmentIntroduction: richTextSchema,
    goals: z.array(policyGoalSchema),
    assessments: z.array(goalAssessmentSchema),
    initiatives: z.array(initiativeSchema),
    budget: budgetOverviewSchema,
  })
  .superRefine((round, ctx) => {
    for (const problem of checkRoundReferences(round)) {
      ctx.addIssue({ code: "custom", message: problem.message, path: [...problem.path] });
    }
  });

export const policyFollowUpDataSchema = z.object({
  organisations: z.array(organisationUnitSchema),
  rounds: z.array(reportingRoundSchema),
});
