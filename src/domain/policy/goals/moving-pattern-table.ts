import { z } from "zod";

/** The municipality's area typology as the letting-agreement evaluation groups it. */
export const evaluationAreaTypeSchema = z.enum([
  "tingbjerg",
  "other_vulnerable",
  "high_risk",
  "risk",
  "neutral",
  "all",
]);
export type EvaluationAreaType = z.infer<typeof evaluationAreaTypeSchema>;

/**
 * One row of the yearly evaluation of the letting agreement: change in persons on transfer
 * income between two years, split by moving pattern (DOMAIN.md §5).
 */
export const movingPatternRowSchema = z
  .object({
    areaType: evaluationAreaTypeSchema,
    /** Row label as the report writes it, e.g. `Tingbjerg m.v.` */
    label: z.string().min(1),
    /** Change caused by net moving, in fully vacated dwellings. */
    netMoving: z.number().int(),
    notFullyVacated: z.number().int(),
    total: z.number().int(),
    /** Change in the share, percentage points. */
    shareChangePp: z.number(),
  })
  .readonly();
export type MovingPatternRow = z.infer<typeof movingPatternRowSchema>;

export const movingPatternTableSchema = z
  .object({
    id: z.string().min(1),
    title: z.string().min(1),
    fromYear: z.number().int(),
    toYear: z.number().int(),
    rows: z.array(movingPatternRowSchema).min(1).readonly(),
  })
  .readonly();
export type MovingPatternTable = z.infer<typeof movingPatternTableSchema>;
