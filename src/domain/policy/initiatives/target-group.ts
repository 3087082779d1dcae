import { z } from "zod";

export type TargetGroupSex =
  | "female"
  | "male"
  | "predominantly_female"
  | "predominantly_male"
  | "mixed"
  | "unspecified";

/** A count the text gives for the target group, e.g. `30 kvinder … om året`, `29 udsatte skoler`. */
export interface TargetGroupCount {
  readonly value: number;
  /** Danish noun as written: `kvinder`, `børn`, `skoler`, `pladser`. */
  readonly unit: string;
  readonly perYear: boolean;
  readonly approximate: boolean;
}

/**
 * The structured reading of the Målgruppe field. The free text is the field itself
 * (`statusReport.fields.targetGroup`), kept verbatim; this is what can be counted and filtered.
 */
export interface TargetGroup {
  readonly counts: readonly TargetGroupCount[];
  readonly ageMin: number | null;
  readonly ageMax: number | null;
  readonly sex: TargetGroupSex;
  /** Nationality or other background as written, e.g. `fortrinsvis etnisk minoritetsunge`. */
  readonly background: string | null;
}

export const targetGroupSchema = z
  .object({
    counts: z.array(
      z.object({
        value: z.number().int().positive(),
        unit: z.string().min(1),
        perYear: z.boolean(),
        approximate: z.boolean(),
      }),
    ),
    ageMin: z.number().int().min(0).max(120).nullable(),
    ageMax: z.number().int().min(0).max(120).nullable(),
    sex: z.enum(["female", "male", "predominantly_female", "predominantly_male", "mixed", "unspecified"]),
    background: z.string().min(1).nullable(),
  })
  .refine((g) => g.ageMin === null || g.ageMax === null || g.ageMin <= g.ageMax, {
    message: "ageMin må ikke være større end ageMax",
    path: ["ageMin"],
  });
