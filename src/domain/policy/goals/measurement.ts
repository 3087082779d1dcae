import { z } from "zod";
import { type IsoDate, isoDateSchema, type Period, periodSchema } from "./period.ts";

/** One value of an indicator for a period, as a source reported it. */
export interface Measurement {
  readonly id: string;
  /** Null when the source does not say when (e.g. `før ordningen`). */
  readonly period: Period | null;
  /** Null when the source's text does not give one unambiguous number (validation reports it). */
  readonly value: number | null;
  /** The figure as the source writes it, e.g. `33,2 %` or `ca. 180 200`. */
  readonly statedText: string;
  readonly approximate: boolean;
  readonly source: string;
  /** When the figure was measured or published; null when the source does not say. */
  readonly date: IsoDate | null;
  readonly note?: string;
}

export const measurementSchema = z.object({
  id: z.string().min(1),
  period: periodSchema.nullable(),
  value: z.number().nullable(),
  statedText: z.string().min(1),
  approximate: z.boolean(),
  source: z.string().min(1),
  date: isoDateSchema.nullable(),
  note: z.string().optional(),
});
