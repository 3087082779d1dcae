import { z } from "zod";
import { arrayOf, isoDate, positiveInteger } from "../../schemas.ts";

/** Response pieces the case routes share. */
export const caseIdParams = z.strictObject({ id: positiveInteger });

export const ageGroup = z.enum(["under_15", "15_17", "18_23", "over_23"]).nullable();

export const caseAction = z.object({
  id: z.number(),
  key: z.string(),
  title: z.string(),
  responsible: z.string(),
  level: z.number(),
  createdOn: z.string(),
  dueOn: z.string(),
  status: z.enum(["open", "completed", "lapsed"]),
  completedOn: z.string().nullable(),
  overdue: z.boolean(),
});

export const caseView = z.object({
  id: z.number(),
  level: z.number(),
  levelName: z.string(),
  committee: z.string(),
  pseudonym: z.string(),
  ageGroup,
  birthYear: z.number(),
  name: z.string().nullable(),
  contact: z.string().nullable(),
  openedOn: z.string(),
  closedOn: z.string().nullable(),
  closeReason: z.string().nullable(),
  actions: arrayOf(caseAction),
});

export const caseEvent = z.object({
  id: z.string(),
  at: z.string(),
  onDate: z.string(),
  kind: z.enum([
    "opened",
    "action_completed",
    "escalated",
    "de-escalated",
    "closed",
    "assessment",
    "intervention",
  ]),
  level: z.number(),
  details: z.record(z.string(), z.unknown()),
  actorName: z.string(),
});

export const caseDetail = caseView.extend({
  timeline: arrayOf(caseEvent),
  assessments: arrayOf(
    z.object({ id: z.number(), assessedOn: z.string(), scores: z.record(z.string(), z.number()) }),
  ),
  interventions: arrayOf(
    z.object({ id: z.number(), type: z.string(), startedOn: z.string(), endedOn: z.string().nullable() }),
  ),
});

export const caseListItem = z.object({
  id: z.number(),
  pseudonym: z.string(),
  committee: z.string(),
  level: z.number(),
  openedOn: z.string(),
  closedOn: z.string().nullable(),
  openActions: z.number(),
  overdueActions: z.number(),
  nextDueOn: z.string().nullable(),
  ageGroup,
});

export const overdueAction = z.object({
  caseId: z.number(),
  committee: z.string(),
  level: z.number(),
  actionId: z.number(),
  action: z.string(),
  title: z.string(),
  responsible: z.string(),
  dueOn: z.string(),
});

export const sspCommittee = z.object({ code: z.string(), name: z.string(), leaderGroup: z.string() });

export const catalogue = z.object({
  version: z.number().nullable(),
  levels: arrayOf(
    z.object({
      level: z.number(),
      name: z.string(),
      characteristics: arrayOf(z.string()),
      responsible: z.string(),
      actions: arrayOf(
        z.object({ key: z.string(), title: z.string(), workingDays: z.number(), responsible: z.string() }),
      ),
      source: z.string(),
    }),
  ),
  parameters: arrayOf(
    z.object({
      key: z.string(),
      name: z.string(),
      min: z.number(),
      max: z.number(),
      higherIsBetter: z.boolean(),
    }),
  ),
  interventionTypes: arrayOf(z.object({ key: z.string(), name: z.string() })),
  outcomeGoals: arrayOf(z.string()),
});

export const optionalDate = isoDate.optional();
export const reason = z.string().min(1).max(2000);
