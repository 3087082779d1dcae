import { z } from "zod";
import { datedStatementSchema } from "../goals/dated-statement.ts";
import { type RichText, richTextSchema } from "../goals/rich-text.ts";
import { amountLineSchema } from "./amount-line.ts";
import { beyondGoalsFieldKeys, type StatusFieldKey, servingGoalsFieldKeys } from "./status-report-layout.ts";
import { targetGroupSchema } from "./target-group.ts";

/** The fields of one layout, every one rich text, in the layout's order. */
function fieldsSchema<K extends StatusFieldKey>(keys: readonly K[]) {
  const shape = Object.fromEntries(keys.map((key) => [key, richTextSchema])) as Record<
    K,
    typeof richTextSchema
  >;
  return z.object(shape).readonly();
}

const common = {
  /** Structured reading of the Målgruppe field (the field itself stays verbatim in `fields`). */
  targetGroup: targetGroupSchema.nullable(),
  /** Amounts captured from the text fields. */
  amountLines: z.array(amountLineSchema).readonly(),
  /** Dates the text commits to, for the date checks. */
  datedStatements: z.array(datedStatementSchema).readonly(),
};

/**
 * The status schema (statusskema) of one initiative in one reporting round, in one of the
 * two layouts. Field values are the report's text, verbatim.
 */
export const statusReportSchema = z
  .discriminatedUnion("kind", [
    z.object({ kind: z.literal("serving_goals"), fields: fieldsSchema(servingGoalsFieldKeys), ...common }),
    z.object({ kind: z.literal("beyond_goals"), fields: fieldsSchema(beyondGoalsFieldKeys), ...common }),
  ])
  .readonly();
export type StatusReport = z.infer<typeof statusReportSchema>;

/** The value of a field whatever the layout; undefined when the layout has no such field. */
export function statusField(report: StatusReport, key: StatusFieldKey): RichText | undefined {
  return (report.fields as Readonly<Partial<Record<StatusFieldKey, RichText>>>)[key];
}
