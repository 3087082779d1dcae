import { z } from "zod";
import { arrayOf, legalSource, positiveInteger } from "../../schemas.ts";

/** Response pieces the letting routes share, so a decision is described the same way everywhere. */

export { arrayOf };

export const decisionKind = z.enum(["combined_letting", "relocation_grant", "flexible_letting"]);

export const justification = z.object({
  legalBasis: z.string(),
  facts: arrayOf(z.string()),
  reasoning: arrayOf(z.string()),
  text: z.string(),
});

export const decisionSummary = z.object({
  id: z.number(),
  kind: decisionKind,
  decisionDate: z.string(),
  areaId: z.string(),
  subjectPseudonym: z.string(),
  result: z.string(),
  ruleVersion: z.string(),
  decidedBy: z.string(),
  decidedAt: z.string(),
  supersedes: z
    .object({ id: z.number(), kind: z.enum(["annulment", "correction"]), reason: z.string() })
    .nullable(),
  supersededBy: z.object({ id: z.number(), kind: z.enum(["annulment", "correction"]) }).nullable(),
});

export const decisionRecord = decisionSummary.extend({
  journalNumber: z.string().nullable(),
  hearing: z
    .object({
      sentOn: z.string(),
      answerBy: z.string(),
      answeredOn: z.string().optional(),
      comments: z.string().optional(),
    })
    .nullable(),
  inputFacts: z.unknown(),
  parametersUsed: arrayOf(z.object({ id: z.string(), value: z.unknown() }).passthrough()),
  justification,
  decision: z.record(z.string(), z.unknown()),
});

export const idParams = z.strictObject({ id: positiveInteger });

export const ruleVersionRef = z.object({
  id: z.string(),
  name: z.string(),
  source: legalSource,
});

export const payment = z.object({
  id: z.number(),
  decisionId: z.number(),
  amount: z.number(),
  paidOn: z.string(),
  recordedBy: z.string(),
  recordedAt: z.string(),
});

export const specialDwellingRow = z.object({
  id: z.number(),
  year: z.number(),
  dwellings: z.number(),
  areaId: z.string().nullable(),
  description: z.string(),
  municipalReferralShare: z.number(),
  recordedBy: z.string(),
  recordedAt: z.string(),
});

/** A letter as the citizen will read it, for the preview. */
export const sendableLetter = z.object({
  language: z.enum(["da", "en"]),
  title: z.string(),
  sender: arrayOf(z.string()),
  recipient: arrayOf(z.string()),
  meta: arrayOf(z.object({ label: z.string(), value: z.string() })),
  sections: arrayOf(
    z.object({ heading: z.string(), paragraphs: arrayOf(z.string()), items: arrayOf(z.string()).optional() }),
  ),
  closing: arrayOf(z.string()),
  footer: z.string(),
});

export const previewWarning = z.object({
  code: z.enum(["hearing_missing", "complaint_unverified", "demo_settings"]),
  message: z.string(),
});

/** "Se resultat": the decision as it would be stored, its letter and what stands before sending it. */
export const decisionPreview = z.object({
  result: z.string(),
  ruleVersion: ruleVersionRef,
  justification,
  letter: sendableLetter.nullable(),
  warnings: arrayOf(previewWarning),
});
