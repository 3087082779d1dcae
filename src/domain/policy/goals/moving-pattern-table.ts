import { z } from "zod";

/** The municipality's area typology as the letting-agreement evaluation groups it. */
export type EvaluationAreaType = "tingbjerg" | "other_vulnerable" | "high_risk" | "risk" | "neutral" | "all";

/**
 * One row of the yearly evaluation of the letting agreement: change in persons on transfer
 * income between two years, split by moving pattern (DOMAIN.md §5).
 */
export interface MovingPatternRow {
  readonly areaType: EvaluationAreaType;
  /** Row label as the report writes it, e.g. `Tingbjerg m.v.` */
  readonly label: string;
  /** Change caused by net moving, in fully vacated dwellings. */
  readonly netMoving: number;
  readonly notFullyVacated: number;
  readonly total: number;
  /** Change in the share, percentage points. */
  readonly shareChangePp: number;
}

export interface MovingPatternTable {
  readonly id: string;
  readonly title: string;
  readonly fromYear: number;
  readonly toYear: number;
  readonly rows: readonly MovingPatternRow[];
}

export const movingPatternTableSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  fromYear: z.number().int(),
  toYear: z.number().int(),
  rows: z
    .array(
      z.object({
        areaType: z.enum(["tingbjerg", "other_vulnerable", "high_risk", "risk", "neutral", "all"]),
        label: z.string().min(1),
        netMoving: z.number().int(),
        notFullyVacated: z.number().int(),
        total: z.number().int(),
        shareChangePp: z.number(),
      }),
    )
    .min(1),
});
