import { z } from "zod";

export type IndicatorDirection = "higher_is_better" | "lower_is_better";

/**
 * What is measured, described so that every number in a report can explain itself
 * (after DHIS2: a numerator and a denominator, each described, with a factor and decimals).
 */
export interface Indicator {
  readonly id: string;
  readonly name: string;
  readonly definition: string;
  /** Unit as shown to readers, e.g. `%`, `antal områder`. */
  readonly unit: string;
  readonly direction: IndicatorDirection;
  /** Who produces the figures, e.g. `Socialministeriet`. */
  readonly source: string;
  /** Null for a count that is not a ratio. */
  readonly numerator: string | null;
  readonly denominator: string | null;
  /** 100 for a percentage, 1 for a count or a ratio. */
  readonly factor: number;
  readonly decimals: number;
}

export const indicatorSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  definition: z.string().min(1),
  unit: z.string().min(1),
  direction: z.enum(["higher_is_better", "lower_is_better"]),
  source: z.string().min(1),
  numerator: z.string().min(1).nullable(),
  denominator: z.string().min(1).nullable(),
  factor: z.number().positive(),
  decimals: z.number().int().min(0).max(4),
});
