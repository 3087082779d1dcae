import { z } from "zod";
import { isoDateSchema } from "../../domain/law/iso-date-schema.ts";

/**
 * What the case record keeps beside a decision: the journal number, the partshøring
 * (forvaltningsloven § 19) the letter reports, and, for a correction, the decision it replaces
 * and why. Shared by every decision request (API body, CLI file).
 */
export const hearingSchema = z
  .strictObject({
    sentOn: isoDateSchema,
    answerBy: isoDateSchema,
    answeredOn: isoDateSchema.optional(),
    comments: z.string().trim().min(1).max(4000).optional(),
  })
  .refine((h) => h.answerBy >= h.sentOn, { path: ["answerBy"], message: "Svarfristen ligger før høringen" });

export const supersessionReason = z.string().trim().min(3, "Skriv en årsag (mindst 3 tegn)").max(2000);

export const caseRecordSchema = z.strictObject({
  journalNumber: z.string().trim().min(1).max(100).optional(),
  hearing: hearingSchema.optional(),
  corrects: z
    .strictObject({ decisionId: z.number().int().positive(), reason: supersessionReason })
    .optional(),
});

export type CaseRecord = z.infer<typeof caseRecordSchema>;
