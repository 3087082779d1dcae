import { z } from "zod";
import { type DatedStatement, datedStatementSchema } from "./dated-statement.ts";
import { type MovingPatternTable, movingPatternTableSchema } from "./moving-pattern-table.ts";
import { type RichTextBlock, richTextBlockSchema } from "./rich-text.ts";

export type AssessmentStatus = "on_track" | "at_risk" | "not_reachable" | "not_yet_assessable";

export const assessmentStatusLabels: Readonly<Record<AssessmentStatus, string>> = {
  on_track: "Målet forventes nået",
  at_risk: "Målet er i fare",
  not_reachable: "Målet kan ikke nås",
  not_yet_assessable: "Kan endnu ikke vurderes",
};

export type Evidence =
  | {
      readonly kind: "measurement";
      readonly id: string;
      /** Indicator of the goal the measurement belongs to. */
      readonly indicatorId: string;
      readonly measurementId: string;
    }
  | { readonly kind: "moving_pattern_table"; readonly id: string; readonly table: MovingPatternTable }
  | { readonly kind: "statement"; readonly id: string; readonly text: string };

export type CaveatKind = "rule_change" | "economic_cycle" | "data_not_yet_available" | "external_factors";

export interface Caveat {
  readonly kind: CaveatKind;
  /** The report's own words, verbatim. */
  readonly text: string;
}

/** A block of the assessment's text, or the place where an evidence table stands in it. */
export type AssessmentBlock = RichTextBlock | { readonly kind: "evidence"; readonly evidenceId: string };

/** The committee's assessment of one goal in one reporting round. */
export interface GoalAssessment {
  readonly goalCode: string;
  /** Heading as the report writes it, e.g. `Ad a. Der må ikke komme …` */
  readonly heading: string;
  readonly status: AssessmentStatus;
  /** The sentence of the text the status is read from, verbatim. */
  readonly statusBasis: string;
  readonly body: readonly AssessmentBlock[];
  readonly evidence: readonly Evidence[];
  readonly caveats: readonly Caveat[];
  readonly recommendation: "keep" | "change";
  readonly recommendationText: string;
  readonly datedStatements: readonly DatedStatement[];
}

const evidenceSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("measurement"),
    id: z.string().min(1),
    indicatorId: z.string().min(1),
    measurementId: z.string().min(1),
  }),
  z.object({
    kind: z.literal("moving_pattern_table"),
    id: z.string().min(1),
    table: movingPatternTableSchema,
  }),
  z.object({ kind: z.literal("statement"), id: z.string().min(1), text: z.string().min(1) }),
]);

export const goalAssessmentSchema = z.object({
  goalCode: z.string().min(1),
  heading: z.string().min(1),
  status: z.enum(["on_track", "at_risk", "not_reachable", "not_yet_assessable"]),
  statusBasis: z.string().min(1),
  body: z.array(
    z.union([richTextBlockSchema, z.object({ kind: z.literal("evidence"), evidenceId: z.string().min(1) })]),
  ),
  evidence: z.array(evidenceSchema),
  caveats: z.array(
    z.object({
      kind: z.enum(["rule_change", "economic_cycle", "data_not_yet_available", "external_factors"]),
      text: z.string().min(1),
    }),
  ),
  recommendation: z.enum(["keep", "change"]),
  recommendationText: z.string().min(1),
  datedStatements: z.array(datedStatementSchema),
});
