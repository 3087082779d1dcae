import { z } from "zod";

/**
 * The municipality's letter settings (config/letter-settings.yaml): the sender block, the
 * signature and the complaint guidance per decision kind. Settings, not law: the sender is the
 * municipality's unit; the guidance carries its source and whether it is verified, so the
 * preview can warn the caseworker while it is not.
 */
const bilingual = z.object({ da: z.string().min(1), en: z.string().min(1) }).strict();
const complaintGuide = z
  .object({
    complaintBody: z.string().min(1).nullable(),
    text: z.object({ da: z.array(z.string().min(1)).min(1), en: z.array(z.string().min(1)).min(1) }).strict(),
    source: z.string().min(1),
    verify: z.boolean(),
  })
  .strict();

export const letterSettingsSchema = z
  .object({
    demo: z.boolean(),
    sender: z
      .object({
        municipality: z.string().min(1),
        unit: z.string().min(1),
        address: z.array(z.string().min(1)).min(1),
        phone: z.string().min(1),
        email: z.string().min(1),
        web: z.string().min(1),
        openingHours: bilingual.optional(),
      })
      .strict(),
    signature: z.object({ name: z.string().min(1), title: bilingual }).strict(),
    hearing: z.object({ answerDays: z.number().int().positive(), source: z.string().min(1) }).strict(),
    complaints: z
      .object({
        combined_letting: complaintGuide,
        relocation_grant: complaintGuide,
        flexible_letting: complaintGuide,
      })
      .strict(),
  })
  .strict();

export type LetterSettings = z.infer<typeof letterSettingsSchema>;
export type ComplaintGuide = z.infer<typeof complaintGuide>;
export type LetterLanguage = "da" | "en";
export const letterLanguages = ["da", "en"] as const;
