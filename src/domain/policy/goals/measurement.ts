import { z } from "zod";
import { isoDateSchema, periodSchema } from "./period.ts";

/** One value of an indicator for a period, as a source reported it. */
export const measurementSchema = z
  .object({
    id: z.string().min(1),
    /** Null when the source does not say when (e.g. `før ordningen`). */
    period: periodSchema.nullable(),
    /** Null when the source's text does not give one unambiguous number (validation reports it). */
    value: z.number().nullable(),
    /** The figure as the source writes it, e.g. `33,2 %` or `ca. 180 200`. */
    statedText: z.string().min(1),
    approximate: z.boolean(),
    source: z.string().min(1),
    /** When the figure was measured or published; null when the source does not say. */
    date: isoDateSchema.nullable(),
    note: z.string().optional(),
    /**
     * The series (opgørelse) the figure belongs to: figures of one series are comparable over
     * time. Absent: the note names it (the seed's `Gamle kriterier` / `Nye kriterier`). Computed
     * measurements set it, since their note describes each figure.
     */
    series: z.string().min(1).optional(),
  })
  .readonly();
export type Measurement = z.infer<typeof measurementSchema>;

/** The series a measurement belongs to (see `series`); null when it names none. */
export function seriesOf(m: Pick<Measurement, "series" | "note">): string | null {
  return m.series ?? m.note ?? null;
}
