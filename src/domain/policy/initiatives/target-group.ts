import { z } from "zod";

export const targetGroupSexSchema = z.enum([
  "female",
  "male",
  "predominantly_female",
  "predominantly_male",
  "mixed",
  "unspecified",
]);
export type TargetGroupSex = z.infer<typeof targetGroupSexSchema>;

/** A count the text gives for the target group, e.g. `30 kvinder … om året`, `29 udsatte skoler`. */
export const targetGroupCountSchema = z
  .object({
    value: z.number().int().positive(),
    /** Danish noun as written: `kvinder`, `børn`, `skoler`, `pladser`. */
    unit: z.string().min(1),
    perYear: z.boolean(),
    approximate: z.boolean(),
  })
  .readonly();
export type TargetGroupCount = z.infer<typeof targetGroupCountSchema>;

/**
 * The structured reading of the Målgruppe field. The free text is the field itself
 * (`statusReport.fields.targetGroup`), kept verbatim; this is what can be counted and filtered.
 */
export const targetGroupSchema = z
  .object({
    counts: z.array(targetGroupCountSchema).readonly(),
    ageMin: z.number().int().min(0).max(120).nullable(),
    ageMax: z.number().int().min(0).max(120).nullable(),
    sex: targetGroupSexSchema,
    /** Nationality or other background as written, e.g. `fortrinsvis etnisk minoritetsunge`. */
    background: z.string().min(1).nullable(),
  })
  .refine((g) => g.ageMin === null || g.ageMax === null || g.ageMin <= g.ageMax, {
    message: "ageMin må ikke være større end ageMax",
    path: ["ageMin"],
  })
  .readonly();
export type TargetGroup = z.infer<typeof targetGroupSchema>;
