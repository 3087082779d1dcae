import { z } from "zod";
import { type DatedStatement, datedStatementSchema } from "../goals/dated-statement.ts";
import { type RichText, richTextSchema } from "../goals/rich-text.ts";
import { type AmountLine, amountLineSchema } from "./amount-line.ts";
import type { BeyondGoalsFieldKey, ServingGoalsFieldKey, StatusFieldKey } from "./status-report-layout.ts";
import { type TargetGroup, targetGroupSchema } from "./target-group.ts";

interface StatusReportCommon {
  /** Structured reading of the Målgruppe field (the field itself stays verbatim in `fields`). */
  readonly targetGroup: TargetGroup | null;
  /** Amounts captured from the text fields. */
  readonly amountLines: readonly AmountLine[];
  /** Dates the text commits to, for the date checks. */
  readonly datedStatements: readonly DatedStatement[];
}

/**
 * The status schema (statusskema) of one initiative in one reporting round, in one of the
 * two layouts. Field values are the report's text, verbatim.
 */
export type StatusReport =
  | (StatusReportCommon & {
      readonly kind: "serving_goals";
      readonly fields: Readonly<Record<ServingGoalsFieldKey, RichText>>;
    })
  | (StatusReportCommon & {
      readonly kind: "beyond_goals";
      readonly fields: Readonly<Record<BeyondGoalsFieldKey, RichText>>;
    });

/** The value of a field whatever the layout; undefined when the layout has no such field. */
export function statusField(report: StatusReport, key: StatusFieldKey): RichText | undefined {
  return (report.fields as Readonly<Partial<Record<StatusFieldKey, RichText>>>)[key];
}

const common = {
  targetGroup: targetGroupSchema.nullable(),
  amountLines: z.array(amountLineSchema),
  datedStatements: z.array(datedStatementSchema),
};

export const statusReportSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("serving_goals"),
    fields: z.object({
      economy: richTextSchema,
      targetGroup: richTextSchema,
      activities: richTextSchema,
      objective: richTextSchema,
      contribution: richTextSchema,
      plannedFollowUp: richTextSchema,
      status: richTextSchema,
    }),
    ...common,
  }),
  z.object({
    kind: z.literal("beyond_goals"),
    fields: z.object({
      economy: richTextSchema,
      targetGroup: richTextSchema,
      activity: richTextSchema,
      roundGoals: richTextSchema,
      status: richTextSchema,
    }),
    ...common,
  }),
]);
