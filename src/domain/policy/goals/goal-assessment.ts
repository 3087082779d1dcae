import { z } from "zod";
import { datedStatementSchema } from "./dated-statement.ts";
import { movingPatternTableSchema } from "./moving-pattern-table.ts";
import { richTextBlockSchema } from "./rich-text.ts";

export const assessmentStatusSchema = z.enum(["on_track", "at_risk", "not_reachable", "not_yet_assessable"]);
export type AssessmentStatus = z.infer<typeof assessmentStatusSchema>;

export const assessmentStatusLabels: Readonly<Record<AssessmentStatus, string>> = {
  on_track: "Målet forventes nået",
  at_risk: "Målet er i fare",
  not_reachable: "Målet kan ikke nås",
  not_yet_assessable: "Kan endnu ikke vurderes",
};

export const evidenceSchema = z
  .discriminatedUnion("kind", [
    z.object({
      kind: z.literal("measurement"),
      id: z.string().min(1),
      /** Indicator of the goal the measurement belongs to. */
      indicatorId: z.string().min(1),
      measurementId: z.string().min(1),
    }),
    z.object({
      kind: z.literal("moving_pattern_table"),
      id: z.string().min(1),
      table: movingPatternTableSchema,
    }),
    z.object({ kind: z.literal("statement"), id: z.string().min(1), text: z.string().min(1) }),
  ])
  .readonly();
export type Evidence = z.infer<typeof evidenceSchema>;

export const caveatKindSchema = z.enum([
  "rule_change",
  "economic_cycle",
  "data_not_yet_available",
  "external_factors",
]);
export type CaveatKind = z.infer<typeof caveatKindSchema>;

export const caveatSchema = z
  .object({
    kind: caveatKindSchema,
    /** The report's own words, verbatim. */
    text: z.string().min(1),
  })
  .readonly();
export type Caveat = z.infer<typeof caveatSchema>;

/** A block of the assessment's text, or the place where an evidence table stands in it. */
export const assessmentBlockSchema = z.union([
  richTextBlockSchema,
  z.object({ kind: z.literal("evidence"), evidenceId: z.string().min(1) }).readonly(),
]);
export type AssessmentBlock = z.infer<typeof assessmentBlockSchema>;

/** The committee's assessment of one goal in one reporting round. */
export const goalAssessmentSchema = z
  .object({
    goalCode: z.string().min(1),
    /** Heading as the report writes it, e.g. `Ad a. Der må ikke komme …` */
    heading: z.string().min(1),
    status: assessmentStatusSchema,
    /** The sentence of the text the status is read from, verbatim. */
    statusBasis: z.string().min(1),
    body: z.array(assessmentBlockSchema).readonly(),
    evidence: z.array(evidenceSchema).readonly(),
    caveats: z.array(caveatSchema).readonly(),
    recommendation: z.enum(["keep", "change"]),
    recommendationText: z.string().min(1),
    datedStatements: z.array(datedStatementSchema).readonly(),
  })
  .readonly();
export type GoalAssessment = z.infer<typeof goalAssessmentSchema>;
